import { base64 } from '@scure/base';
import type { Campaign } from '@/utils/campaign/schema';
import { acceptedCampaign } from '@/utils/storage/update-state';
import type { FeedConfig } from './feed-config';
import type { SignedFeed } from './feed-format';
import { openSignedCampaign } from './open-signed-campaign';

/**
 * The stored signed update, verified again; undefined if there is none or it no longer passes (corrupt, foreign,
 * another key). Its validity window is not asked again: it held when the update arrived, and falling back to
 * an older campaign when it ends would be the rollback the window exists to prevent.
 */
export async function loadAcceptedCampaign(config: FeedConfig): Promise<Campaign | undefined> {
  const feed = decodeStored(await acceptedCampaign.getValue());
  if (!feed) return undefined;
  const opened = await openSignedCampaign(feed, config.publicKey);
  return opened.ok ? opened.value.campaign : undefined;
}

export async function saveAcceptedCampaign(feed: SignedFeed): Promise<void> {
  await acceptedCampaign.setValue({ payload: base64.encode(feed.payload), signature: base64.encode(feed.signature) });
}

function decodeStored(stored: { payload: string; signature: string } | null): SignedFeed | undefined {
  if (!stored) return undefined;
  const { payload, signature } = stored;
  try {
    return { payload: base64.decode(payload), signature: base64.decode(signature) };
  } catch {
    return undefined;
  }
}
