import type { Campaign } from '@/utils/campaign/schema';
import type { CheckReason } from './check-reason';
import { parseFeed, type SignedFeed } from './feed-format';
import { openSignedCampaign } from './open-signed-campaign';
import { sameContent } from './same-content';

export type Verdict =
  | { kind: 'accepted'; campaign: Campaign; feed: SignedFeed }
  | { kind: 'unchanged' }
  | { kind: 'rejected'; code: CheckReason; reason: string };

/**
 * The acceptance rules for a feed's text, against the campaign in use: signed
 * by the campaign's key, valid content, and strictly newer. An older version is
 * a rollback, the same version with other content a replay or a signing
 * mistake; both are refused. The same document again is simply "unchanged".
 */
export async function checkUpdate(text: string, publicKey: Uint8Array, current: Campaign): Promise<Verdict> {
  const feed = parseFeed(text);
  if (!feed.ok) return { kind: 'rejected', code: feed.code, reason: feed.reason };
  const opened = await openSignedCampaign(feed.value, publicKey);
  if (!opened.ok) return { kind: 'rejected', code: opened.code, reason: opened.reason };
  const campaign = opened.value;
  if (campaign.version < current.version) {
    return {
      kind: 'rejected',
      code: 'rollback',
      reason: `version ${campaign.version} is older than the one in use (${current.version}): rollback refused`,
    };
  }
  if (campaign.version === current.version) {
    return sameContent(campaign, current)
      ? { kind: 'unchanged' }
      : {
          kind: 'rejected',
          code: 'replay',
          reason: `version ${campaign.version} is already in use with other content: refused`,
        };
  }
  return { kind: 'accepted', campaign, feed: feed.value };
}
