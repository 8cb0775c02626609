import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Campaign } from '../utils/campaign/schema';
import { checkCampaignBytes } from '../utils/campaign/validate';
import { oneLine } from './one-line-error';

/** The import specifier of the bundled campaign (utils/campaign/bundled.ts). */
export const CAMPAIGN_ALIAS = '#campaign';

/** The campaign file to bundle, relative to the repo root unless absolute: CAMPAIGN, or the one in assets/. */
export function campaignFile(): string {
  return process.env.CAMPAIGN || 'assets/campaign.json';
}

function displayName(file: string, root: string): string {
  const inRoot = relative(root, resolve(root, file));
  return inRoot && !inRoot.startsWith('..') && !isAbsolute(inRoot) ? inRoot : file;
}

/** The campaign in `file`, checked by every rule; throws one line naming the file and the field. */
export function readValidCampaign(file: string, root: string): Campaign {
  const name = displayName(file, root);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(root, file));
  } catch (error) {
    throw oneLine(`Invalid campaign ${name}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
  const result = checkCampaignBytes(bytes);
  if (!result.ok) throw oneLine(`Invalid campaign ${name}: ${result.error}`);
  return result.campaign;
}

/** Throws one line naming the file and the field, so `npm run build` stops on a campaign that isn't right. */
export function assertValidCampaign(file: string, root: string): void {
  readValidCampaign(file, root);
}

/**
 * The file the build bundles in place of `file`: the validated campaign, re-serialised
 * from the checked value, so the background, the popup's JSON island and the prerendered
 * HTML ship exactly what passed (no field the schema does not know, no byte unchecked).
 * Named by its content, so parallel builds of different campaigns never share one.
 * A file that fails comes back as it is: `build:before` then stops the build with
 * its one-line reason, while `wxt prepare` (typecheck, postinstall) still works.
 */
export function shippedCampaignFile(file: string, root: string): string {
  let campaign: Campaign;
  try {
    campaign = readValidCampaign(file, root);
  } catch {
    return file;
  }
  const json = JSON.stringify(campaign);
  const dir = join(root, '.wxt', 'campaign');
  const out = join(dir, `${createHash('sha256').update(json).digest('hex').slice(0, 16)}.json`);
  mkdirSync(dir, { recursive: true });
  const temp = `${out}.${process.pid}.tmp`;
  writeFileSync(temp, json);
  renameSync(temp, out);
  return out;
}
