import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { validateCampaign } from '../utils/campaign/validate';
import { oneLine } from './one-line-error';

/** The import specifier of the bundled campaign (utils/campaign/bundled.ts). */
export const CAMPAIGN_ALIAS = '#campaign';

/** The campaign file to bundle, relative to the repo root unless absolute: CAMPAIGN, or the one in assets/. */
export function campaignFile(): string {
  return process.env.CAMPAIGN || 'assets/campaign.json';
}

/** Throws one line naming the file and the field, so `npm run build` stops on a campaign that isn't right. */
export function assertValidCampaign(file: string, root: string): void {
  const inRoot = relative(root, file);
  const name = inRoot && !inRoot.startsWith('..') && !isAbsolute(inRoot) ? inRoot : file;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw oneLine(`Invalid campaign ${name}: ${(error as Error).message}`);
  }
  const result = validateCampaign(data);
  if (!result.ok) throw oneLine(`Invalid campaign ${name}: ${result.error}`);
}
