import { bundledCampaign } from '@/utils/campaign/bundled';
import type { Campaign } from '@/utils/campaign/schema';

/**
 * The campaign in use: the bundled one, or the last signed update that passed
 * every check. Everything that shows or inserts campaign content reads it here.
 */
export async function loadCampaign(): Promise<Campaign> {
  return bundledCampaign;
}
