import data from '#campaign';
import type { Campaign } from '@/utils/campaign/schema';

/**
 * The campaign built into the extension: assets/campaign.json, or the file named
 * by CAMPAIGN at build time. The build refuses a file that fails validateCampaign,
 * so here it is trusted as it is.
 */
export const bundledCampaign = data as Campaign;
