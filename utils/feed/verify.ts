// Checking a signature with the key bundled at build time; WebCrypto does the Ed25519.
import { base64 } from '@scure/base';

/** The raw 32-byte Ed25519 public key from its base64 form; undefined if it is not one. */
export function decodePublicKey(text: string | undefined): Uint8Array | undefined {
  if (!text) return undefined;
  try {
    const key = base64.decode(text.trim());
    return key.length === 32 ? key : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Ed25519 through WebCrypto (https://developer.mozilla.org/docs/Web/API/SubtleCrypto/verify): no crypto of our own.
 * Any failure (wrong length, unsupported, malformed) is a failed verification.
 */
export async function verifySignature(
  publicKey: Uint8Array,
  payload: Uint8Array,
  signature: Uint8Array,
): Promise<boolean> {
  if (signature.length !== 64) return false;
  try {
    const key = await crypto.subtle.importKey('raw', bytes(publicKey), { name: 'Ed25519' }, false, ['verify']);
    return await crypto.subtle.verify({ name: 'Ed25519' }, key, bytes(signature), bytes(payload));
  } catch {
    return false;
  }
}

// WebCrypto's types want an ArrayBuffer-backed view, not a SharedArrayBuffer one.
const bytes = (view: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(view);
