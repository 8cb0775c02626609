import type { Campaign } from '@/utils/campaign/schema';
import type { CheckReason } from './check-reason';
import { outsideWindow, parseFeed, payloadDigest, type SignedFeed } from './feed-format';
import { openSignedCampaign } from './open-signed-campaign';
import { sameContent } from './same-content';
import type { VersionFloor } from './version-floor';

export type Verdict =
  | { kind: 'accepted'; campaign: Campaign; feed: SignedFeed; digest: string }
  | { kind: 'unchanged' }
  | { kind: 'rejected'; code: CheckReason; reason: string };

export interface CheckContext {
  /** The time to judge the feed's validity window by (ms since epoch). */
  now: number;
  /** The highest version ever accepted (version-floor.ts); none means the campaign in use is the only floor. */
  floor?: VersionFloor;
}

/**
 * The acceptance rules for a feed's text, against the campaign in use: signed
 * by the campaign's key, valid content, inside its validity window, and strictly
 * newer than both the campaign in use and the highest version ever accepted. An
 * older version is a rollback, the same version with other content a replay or a
 * signing mistake; both are refused. The same document again is simply "unchanged",
 * and the very update accepted before comes back after the stored copy was lost.
 */
export async function checkUpdate(
  text: string,
  publicKey: Uint8Array,
  current: Campaign,
  { now, floor }: CheckContext = { now: Date.now() },
): Promise<Verdict> {
  const feed = parseFeed(text);
  if (!feed.ok) return { kind: 'rejected', code: feed.code, reason: feed.reason };
  const opened = await openSignedCampaign(feed.value, publicKey);
  if (!opened.ok) return { kind: 'rejected', code: opened.code, reason: opened.reason };
  const { campaign, notBefore, expires } = opened.value;
  const outside = outsideWindow(notBefore, expires, now);
  if (outside) return { kind: 'rejected', ...outside };
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
  const digest = await payloadDigest(feed.value.payload);
  const refused = belowFloor(campaign.version, digest, floor);
  if (refused) return refused;
  return { kind: 'accepted', campaign, feed: feed.value, digest };
}

/** Why a version is refused by the highest one ever accepted, or undefined if it is not. */
export function belowFloor(
  version: number,
  digest: string,
  floor: VersionFloor | undefined,
): Extract<Verdict, { kind: 'rejected' }> | undefined {
  if (!floor || version > floor.version) return undefined;
  if (version < floor.version) {
    return {
      kind: 'rejected',
      code: 'rollback',
      reason: `version ${version} is older than version ${floor.version}, accepted before: rollback refused`,
    };
  }
  if (digest !== floor.digest) {
    return {
      kind: 'rejected',
      code: 'replay',
      reason: `version ${version} was accepted before with other content: refused`,
    };
  }
  return undefined;
}
