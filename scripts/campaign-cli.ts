/**
 * The maintainers' tool for signed campaign updates (README: "Signed updates").
 *
 *   npm run campaign -- keygen [--out campaign-key.pem]
 *   npm run campaign -- sign <campaign.json> [--key campaign-key.pem] [--out feed.json]
 *   npm run campaign -- verify <feed.json | https://…/feed.json> [--key <public key>]
 *
 * Node's WebCrypto does the Ed25519; the checks in `sign` and `verify` are the
 * extension's own (openSignedCampaign), so what passes here passes there.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseFeed } from '../utils/feed/feed-format';
import { fetchFeed } from '../utils/feed/fetch-feed';
import { openSignedCampaign } from '../utils/feed/open-signed-campaign';
import { generateCampaignKeys, importPrivateKey, signFeed } from '../utils/feed/sign-feed';
import { decodePublicKey } from '../utils/feed/verify-signature';

const USAGE = `usage:
  npm run campaign -- keygen [--out campaign-key.pem]
  npm run campaign -- sign <campaign.json> [--key campaign-key.pem] [--out feed.json]
  npm run campaign -- verify <feed.json | https://…> [--key <public key, base64>]   (default: $FEED_PUBLIC_KEY)`;

async function keygen(out: string): Promise<void> {
  if (existsSync(out)) throw new Error(`${out} exists: refusing to overwrite a key (move it away first)`);
  const keys = await generateCampaignKeys();
  writeFileSync(out, keys.privatePem, { mode: 0o600 });
  console.log(`private key written to ${out} — keep it offline, never commit it, never put it on the feed's host.`);
  console.log(`public key, for the build:\n\nFEED_PUBLIC_KEY=${keys.publicKey}`);
}

async function sign(file: string, keyFile: string, out: string): Promise<void> {
  const { key, publicKey } = await importPrivateKey(readFileSync(keyFile, 'utf8'));
  // The exact bytes of the file are what gets signed and what the extension will parse.
  const payload = new Uint8Array(readFileSync(file));
  const text = await signFeed(key, payload);
  const campaign = await check(text, decodePublicKey(publicKey)!);
  writeFileSync(out, text);
  console.log(`${out}: campaign version ${campaign.version} (${campaign.updated}), signed by ${publicKey}`);
  console.log('Publish it only if its version is higher than the last one you published.');
}

async function verify(source: string, publicKey: string | undefined): Promise<void> {
  const key = decodePublicKey(publicKey);
  if (!key) throw new Error('give the public key with --key or FEED_PUBLIC_KEY (32 bytes, base64)');
  let text: string;
  if (/^https?:\/\//.test(source)) {
    const fetched = await fetchFeed(source);
    if (!fetched.ok) throw new Error(`${source}: ${fetched.reason}`);
    text = fetched.value;
  } else {
    text = readFileSync(source, 'utf8');
  }
  const campaign = await check(text, key);
  console.log(`${source}: valid, campaign version ${campaign.version} (${campaign.updated})`);
}

async function check(text: string, key: Uint8Array) {
  const feed = parseFeed(text);
  if (!feed.ok) throw new Error(feed.reason);
  const opened = await openSignedCampaign(feed.value, key);
  if (!opened.ok) throw new Error(opened.reason);
  return opened.value;
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { out: { type: 'string' }, key: { type: 'string' } },
  });
  const [command, file] = positionals;
  if (command === 'keygen') return keygen(values.out ?? 'campaign-key.pem');
  if (command === 'sign' && file) return sign(file, values.key ?? 'campaign-key.pem', values.out ?? 'feed.json');
  if (command === 'verify' && file) return verify(file, values.key ?? process.env.FEED_PUBLIC_KEY);
  throw new Error(USAGE);
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
