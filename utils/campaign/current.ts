import { bundledCampaign, bundledMessages } from '@/utils/campaign/bundled';
import type { Campaign, MessageCampaign } from '@/utils/campaign/schema';
import { loadAcceptedCampaign } from '@/utils/feed/accepted-campaign';
import { feedConfig } from '@/utils/feed/feed-config';

/**
 * The campaign in use: the last signed update that passed every check (verified
 * again on each read), or the bundled one — whichever is newer, so an extension
 * update that ships a newer campaign wins over an older signed update.
 */
export async function loadCampaign(): Promise<Campaign> {
  return newerThan(bundledCampaign);
}

/** The same choice for the background, which carries only what messages need of the bundled campaign. */
export async function loadMessageCampaign(): Promise<MessageCampaign> {
  return newerThan(bundledMessages);
}

async function newerThan<T extends MessageCampaign>(bundled: T): Promise<T | Campaign> {
  // A literal test: in a build without a feed, the bundler drops everything below.
  if (!import.meta.env.FEED_URL) return bundled;
  const config = feedConfig();
  const accepted = config && (await loadAcceptedCampaign(config).catch(() => undefined));
  return accepted && accepted.version > bundled.version ? accepted : bundled;
}
