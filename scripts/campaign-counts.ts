import { readFileSync } from 'node:fs';
import { messageCounts } from '../utils/campaign/status-counts';

/**
 * import.meta.env.CAMPAIGN_COUNTS: the bundled campaign's numbers, derived at build
 * time (utils/campaign/bundled.ts), so the background need not bundle the status.
 * A file that does not parse yields none: the build's validation reports it.
 */
export function campaignCountsDefines(file: string): Record<string, string> {
  let counts: Record<string, number> = {};
  try {
    counts = messageCounts(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    counts = {};
  }
  return { 'import.meta.env.CAMPAIGN_COUNTS': JSON.stringify(JSON.stringify(counts)) };
}
