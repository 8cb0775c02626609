// The acceptance rules for a signed update: newer than the one in use and than any accepted before, one at a time.
import type { CheckReason, Parsed } from './check-reason';
import { outsideWindow, parseFeed, payloadDigest, type SignedDocument, type SignedFeed } from './format';

/** What the rules need of a campaign: its version, and content comparable as JSON. */
export interface Versioned {
  version: number;
}

/**
 * The highest campaign version ever accepted, with the digest of the signed bytes
 * that carried it. Kept apart from the update itself, so losing or clearing the
 * stored update does not let an older signed feed in again; the bundled version
 * is the floor below it. Only a feed with exactly those bytes may bring that
 * version back (the update the user had, restored after a loss).
 */
export interface VersionFloor {
  version: number;
  /** SHA-256 of the accepted signed document, base64; null for the bundled floor (no feed carries it). */
  digest: string | null;
}

export type Verdict<T> =
  | { kind: 'accepted'; campaign: T; feed: SignedFeed; digest: string }
  | { kind: 'unchanged' }
  | { kind: 'rejected'; code: CheckReason; reason: string };

export interface CheckContext {
  /** The time to judge the feed's validity window by (ms since epoch). */
  now: number;
  /** The highest version ever accepted; none means the campaign in use is the only floor. */
  floor?: VersionFloor;
}

/**
 * The acceptance rules for a feed's text, against the campaign in use: opened by
 * `open` (signed by the campaign's key, valid content), inside its validity window,
 * and strictly newer than both the campaign in use and the highest version ever
 * accepted. An older version is a rollback, the same version with other content a
 * replay or a signing mistake; both are refused. The same document again is simply
 * "unchanged", and the very update accepted before comes back after the stored copy was lost.
 */
export async function checkUpdate<T extends Versioned>(
  text: string,
  current: T,
  open: (feed: SignedFeed) => Promise<Parsed<SignedDocument<T>>>,
  { now, floor }: CheckContext = { now: Date.now() },
): Promise<Verdict<T>> {
  const feed = parseFeed(text);
  if (!feed.ok) return { kind: 'rejected', code: feed.code, reason: feed.reason };
  const opened = await open(feed.value);
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
): { kind: 'rejected'; code: CheckReason; reason: string } | undefined {
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

/** Whether two JSON values are equal whatever the order of their keys. */
export function sameContent(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const LOCK = 'solidarity-call:campaign-update';

let chain: Promise<unknown> = Promise.resolve();

/**
 * Runs `task` alone: no other check-then-save of the campaign runs meanwhile. The popup and the background
 * both check the feed, in separate contexts, so a promise chain inside one cannot order the two; the Web
 * Locks API can, held per origin, which every page and worker of the extension shares
 * (https://developer.mozilla.org/docs/Web/API/Web_Locks_API). The chain is the fallback where
 * `navigator.locks` is missing (the unit tests' DOM); there only the version check repeated just before
 * saving stands in the way of a second context.
 */
export function withUpdateLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (locks) return locks.request(LOCK, task) as Promise<T>;
  const run = chain.then(task, task);
  chain = run.catch(() => undefined);
  return run;
}
