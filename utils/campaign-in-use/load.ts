// The campaign in use, for the popup, the options page and the background alike: the bundled one or a newer signed update.
import { bundledCampaign, bundledMessages } from '@/utils/campaign/bundled';
import type { Campaign, MessageCampaign } from '@/utils/campaign/schema';
import { type FeedConfig, feedConfig } from '@/utils/feed/fetch';
import { loadAcceptedFeed } from '@/utils/feed/store';
import { openSignedCampaign } from './signed-campaign';

/**
 * The stored signed update, verified again; undefined if there is none or it no longer passes (corrupt, foreign,
 * another key). Its validity window is not asked again: it held when the update arrived, and falling back to
 * an older campaign when it ends would be the rollback the window exists to prevent.
 */
export async function loadAcceptedCampaign(config: FeedConfig): Promise<Campaign | undefined> {
  const feed = await loadAcceptedFeed();
  if (!feed) return undefined;
  const opened = await openSignedCampaign(feed, config.publicKey);
  return opened.ok ? opened.value.campaign : undefined;
}

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
