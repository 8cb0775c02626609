import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { signedDocument } from '../../utils/feed/format';
import { generateCampaignKeys, importPrivateKey, signFeed } from '../../utils/feed/sign';
import { ROOT } from './harness/paths';

/** Another valid mainnet P2PKH address (the genesis block's), for an update that changes the Bitcoin card. */
export const OTHER_BITCOIN = '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa';

// biome-ignore lint/suspicious/noExplicitAny: a campaign file edited as plain JSON
export type CampaignJson = any;

/** The campaign the default build bundles, as JSON to derive updates from. */
export function bundledCampaignJson(): CampaignJson {
  return JSON.parse(readFileSync(join(ROOT, process.env.CAMPAIGN || 'assets/campaign.json'), 'utf8'));
}

const DAY = 24 * 60 * 60 * 1000;

/** A campaign key pair, and a signer for campaign objects, as `npm run campaign -- sign` makes feeds: valid since yesterday, for 90 days. */
export async function campaignSigner() {
  const keys = await generateCampaignKeys();
  const { key } = await importPrivateKey(keys.privatePem);
  return {
    publicKey: keys.publicKey,
    sign: (campaign: CampaignJson, notBefore = Date.now() - DAY, expires = Date.now() + 90 * DAY) =>
      signFeed(key, signedDocument(JSON.stringify(campaign), notBefore, expires)),
  };
}

/**
 * An e2e build of one browser with a feed, into a temporary folder: the feed's
 * port is only known once the test's server listens, so the build happens here.
 */
export async function buildWithFeed(browser: 'chrome' | 'firefox', feedUrl: string, publicKey: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'sc-feed-build-'));
  const args = ['wxt', 'build', '--mode', 'e2e', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])];
  await promisify(execFile)('npx', args, {
    cwd: ROOT,
    env: { ...process.env, WXT_OUT_DIR: outDir, FEED_URL: feedUrl, FEED_PUBLIC_KEY: publicKey },
  });
  return join(outDir, `${browser}-mv3-e2e`);
}
