// The update check's records that need more than a plain read: the signed update as bytes, the version floor that only rises.
// The switch and the last check are read and written as they are (utils/storage/update-state.ts).
import { base64 } from '@scure/base';
import { acceptedCampaign, type LastCheck, versionFloor } from '@/utils/storage/update-state';
import type { VersionFloor } from './accept';
import type { SignedFeed } from './format';

/** The stored signed update, as signed; undefined if there is none or it is not base64. The caller verifies it again. */
export async function loadAcceptedFeed(): Promise<SignedFeed | undefined> {
  const stored = await acceptedCampaign.getValue();
  if (!stored) return undefined;
  try {
    return { payload: base64.decode(stored.payload), signature: base64.decode(stored.signature) };
  } catch {
    return undefined;
  }
}

export async function saveAcceptedFeed(feed: SignedFeed): Promise<void> {
  await acceptedCampaign.setValue({ payload: base64.encode(feed.payload), signature: base64.encode(feed.signature) });
}

/** The floor for `bundledVersion`: the stored one if it is higher, else the bundled version. */
export async function loadVersionFloor(bundledVersion: number): Promise<VersionFloor> {
  const stored = await versionFloor.getValue();
  return stored && stored.version >= bundledVersion ? stored : { version: bundledVersion, digest: null };
}

/** Raises the floor to `version`; never lowers it, whatever a concurrent writer stored meanwhile. */
export async function raiseVersionFloor(version: number, digest: string): Promise<void> {
  const current = await loadVersionFloor(0);
  if (current.version >= version) return;
  await versionFloor.setValue({ version, digest });
}

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

/** Due for a check: never checked, a day since the last one, or an hour since a failed one. */
export function isStale(last: LastCheck | null, now: number): boolean {
  if (!last || last.at > now) return true;
  return now - last.at > (last.ok ? DAY : HOUR);
}
