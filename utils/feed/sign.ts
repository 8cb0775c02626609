// The maintainers' side (scripts/campaign-cli.ts and the tests); the extension never signs.
import { base64, base64urlnopad } from '@scure/base';
import { encodeFeed } from './format';

export interface CampaignKeys {
  /** PKCS#8 PEM: the secret the maintainers keep offline. */
  privatePem: string;
  /** Raw 32 bytes in base64: FEED_PUBLIC_KEY for the build. */
  publicKey: string;
}

export async function generateCampaignKeys(): Promise<CampaignKeys> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const lines = base64.encode(pkcs8).match(/.{1,64}/g) ?? [];
  return {
    privatePem: `-----BEGIN PRIVATE KEY-----\n${lines.join('\n')}\n-----END PRIVATE KEY-----\n`,
    publicKey: base64.encode(raw),
  };
}

/** The private key from its PEM, with the public key that goes with it (read off its JWK form). */
export async function importPrivateKey(pem: string): Promise<{ key: CryptoKey; publicKey: string }> {
  const body = pem.replace(/-----(BEGIN|END) PRIVATE KEY-----/g, '').replace(/\s+/g, '');
  const key = await crypto.subtle.importKey('pkcs8', new Uint8Array(base64.decode(body)), { name: 'Ed25519' }, true, [
    'sign',
  ]);
  const jwk = await crypto.subtle.exportKey('jwk', key);
  return { key, publicKey: base64.encode(base64urlnopad.decode(jwk.x ?? '')) };
}

/** The feed text for `payload`, the exact bytes of a campaign file. */
export async function signFeed(key: CryptoKey, payload: Uint8Array): Promise<string> {
  const signature = new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, key, new Uint8Array(payload)));
  return encodeFeed({ payload, signature });
}
