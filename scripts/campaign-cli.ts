/**
 * The maintainers' tool for signed campaign updates (docs/signed-updates.md).
 *
 *   npm run campaign -- keygen [--out <private key>]
 *   npm run campaign -- sign <campaign.json> [--key <private key>] [--out feed.json] [--days 90] [--not-before <time>]
 *   npm run campaign -- verify <feed.json | https://…/feed.json> [--key <public key>]
 *
 * The private key lives outside the repository by default (~/.config/solidarity-call/),
 * so no `git add .` can publish it. Node's WebCrypto does the Ed25519; everything else
 * is the extension's own code: the byte path (size limit, strict UTF-8), the campaign
 * rules and the feed's opening, so what passes here passes there.
 */
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkCampaignBytes } from '../utils/campaign/validate';
import { openSignedCampaign } from '../utils/campaign-in-use/signed-campaign';
import { FEED_LIMITS, feedText, fetchFeed } from '../utils/feed/fetch';
import { outsideWindow, parseFeed, signedDocument, toTimestamp } from '../utils/feed/format';
import { generateCampaignKeys, importPrivateKey, signFeed } from '../utils/feed/sign';
import { decodePublicKey } from '../utils/feed/verify';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const CONFIG = join(process.env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'solidarity-call');
const DEFAULT_KEY = join(CONFIG, 'campaign-key.pem');
const DAY = 24 * 60 * 60 * 1000;
const MAX_DAYS = 366;

const USAGE = `usage:
  npm run campaign -- keygen [--out <private key>]            (default: ${DEFAULT_KEY})
  npm run campaign -- sign <campaign.json> [--key <private key>] [--out feed.json] [--days 90] [--not-before 2026-12-01T00:00:00Z]
  npm run campaign -- verify <feed.json | https://…> [--key <public key, base64>]   (default: $FEED_PUBLIC_KEY)`;

/** Every error names the file it is about. */
const fail = (file: string, message: string) => new Error(`${file}: ${message}`);

function readBytes(file: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(file));
  } catch (error) {
    throw fail(file, `cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

const real = (file: string) => (existsSync(file) ? realpathSync(file) : resolve(file));
const insideRepo = (file: string) => !relative(REPO, real(dirname(resolve(file)))).startsWith('..');

async function keygen(out: string): Promise<void> {
  if (insideRepo(out))
    throw fail(out, `is inside the repository: keep the private key outside it (default ${DEFAULT_KEY})`);
  if (existsSync(out)) throw fail(out, 'exists: refusing to overwrite a key (move it away first)');
  const keys = await generateCampaignKeys();
  mkdirSync(dirname(out), { recursive: true, mode: 0o700 });
  writeFileSync(out, keys.privatePem, { mode: 0o600, flag: 'wx' });
  console.log(`private key written to ${out} — keep it offline, never commit it, never put it on the feed's host.`);
  console.log(`public key, for the build:\n\nFEED_PUBLIC_KEY=${keys.publicKey}`);
}

function validityWindow(days: string | undefined, notBefore: string | undefined): [number, number] {
  const count = Number(days ?? 90);
  if (!Number.isInteger(count) || count < 1 || count > MAX_DAYS) {
    throw new Error(`--days: a whole number of days from 1 to ${MAX_DAYS}`);
  }
  const from = notBefore === undefined ? Date.now() : Date.parse(notBefore);
  if (Number.isNaN(from)) throw new Error(`--not-before: not a time (${notBefore}); e.g. 2026-12-01T00:00:00Z`);
  // Whole seconds: the signed document keeps no more.
  const start = Math.floor(from / 1000) * 1000;
  return [start, start + count * DAY];
}

async function sign(file: string, keyFile: string, out: string, window: [number, number]): Promise<void> {
  for (const other of [file, keyFile]) {
    if (real(out) === real(other))
      throw fail(out, `is also the ${other === file ? 'input' : 'key'}: refusing to overwrite it`);
  }
  const pem = new TextDecoder().decode(readBytes(keyFile));
  const imported = await importPrivateKey(pem).catch(() => undefined);
  if (!imported) throw fail(keyFile, 'is not an Ed25519 private key (PKCS#8 PEM from `npm run campaign -- keygen`)');
  const bytes = readBytes(file);
  const checked = checkCampaignBytes(bytes);
  if (!checked.ok) throw fail(file, checked.error);
  // The campaign's exact text goes inside the signed document; it was just checked as UTF-8.
  const text = await signFeed(imported.key, signedDocument(new TextDecoder().decode(bytes), ...window));
  const campaign = await check(file, text, decodePublicKey(imported.publicKey) as Uint8Array, window[0]);
  writeFileSync(out, text);
  console.log(`${out}: campaign version ${campaign.version} (${campaign.updated}), signed by ${imported.publicKey}`);
  console.log(`valid from ${toTimestamp(window[0])} until ${toTimestamp(window[1])}: sign it again before then.`);
  console.log('Publish it only if its version is higher than the last one you published.');
}

async function verify(source: string, publicKey: string | undefined): Promise<void> {
  const key = decodePublicKey(publicKey);
  if (!key) throw fail(source, 'give the public key with --key or FEED_PUBLIC_KEY (32 bytes, base64)');
  const read = /^https?:\/\//.test(source) ? await fetchFeed(source) : feedText(readBytes(source));
  if (!read.ok) throw fail(source, read.reason);
  const campaign = await check(source, read.value, key, Date.now());
  console.log(`${source}: valid, campaign version ${campaign.version} (${campaign.updated})`);
}

/** The extension's own checks on a feed's text, at time `now`. */
async function check(file: string, text: string, key: Uint8Array, now: number) {
  const size = new TextEncoder().encode(text).length;
  if (size > FEED_LIMITS.maxBytes) {
    throw fail(
      file,
      `the feed is ${Math.ceil(size / 1024)} KB; the extension refuses feeds over ${FEED_LIMITS.maxBytes / 1024} KB`,
    );
  }
  const feed = parseFeed(text);
  if (!feed.ok) throw fail(file, feed.reason);
  const opened = await openSignedCampaign(feed.value, key);
  if (!opened.ok) throw fail(file, opened.reason);
  const outside = outsideWindow(opened.value.notBefore, opened.value.expires, now);
  if (outside) throw fail(file, outside.reason);
  return opened.value.campaign;
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      key: { type: 'string' },
      days: { type: 'string' },
      'not-before': { type: 'string' },
    },
  });
  const [command, file] = positionals;
  if (command === 'keygen') return keygen(values.out ?? DEFAULT_KEY);
  if (command === 'sign' && file) {
    const window = validityWindow(values.days, values['not-before']);
    return sign(file, values.key ?? DEFAULT_KEY, values.out ?? 'feed.json', window);
  }
  if (command === 'verify' && file) return verify(file, values.key ?? process.env.FEED_PUBLIC_KEY);
  throw new Error(USAGE);
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
