import * as file from '#campaign';
import type { Campaign, MessageCampaign } from '@/utils/campaign/schema';

// '#campaign' is the validated campaign the build re-serialised (scripts/campaign.ts: shippedCampaignFile),
// never the raw file, so here it is trusted as it is.
const campaign = file as unknown as Campaign;

/** The campaign built into the extension: assets/campaign.json, or the file named by CAMPAIGN at build time. */
export const bundledCampaign = file.default as Campaign;

/**
 * Only what messages need. Read field by field from the JSON module, so a bundle
 * that uses this alone (the background) leaves the timeline and summaries out.
 */
export const bundledMessages: MessageCampaign = {
  version: campaign.version,
  messages: campaign.messages,
  links: campaign.links,
  donations: campaign.donations,
  donatePage: campaign.donatePage,
  noteLabel: campaign.noteLabel,
  shareLink: campaign.shareLink,
  hashtags: campaign.hashtags,
  // A literal in a build (wxt.config.ts): the bundler then drops the status, names, sources and all, from the
  // background. Unit tests have no build, and read the numbers from the status itself.
  ...(import.meta.env.CAMPAIGN_COUNTS
    ? { counts: JSON.parse(import.meta.env.CAMPAIGN_COUNTS) as Record<string, number> }
    : { status: campaign.status }),
};
