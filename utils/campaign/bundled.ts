import data from '@/assets/campaign.json';
import type { Campaign } from '@/utils/campaign/schema';

// Placeholder until the build validates the file and CAMPAIGN can pick another one (issue 3).
export const bundledCampaign = data as Campaign;
