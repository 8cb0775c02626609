// What the update check keeps between runs, read and written through the stored items (utils/storage/update-state.ts).
import { base64 } from '@scure/base';
import {
  acceptedCampaign,
  type LastCheck,
  lastCheck,
  updatesEnabled,
  versionFloor,
} from '@/utils/storage/update-state';
import type { VersionFloor } from './accept';
import type { SignedFeed } from './format';

export type { LastCheck };

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

/** Whether the user lets the extension check for updates. */
export function loadUpdatesEnabled(): Promise<boolean> {
  return updatesEnabled.getValue();
}

/** The last check's result, or null if there was none or storage holds something else. */
export function loadLastCheck(): Promise<LastCheck | null> {
  return lastCheck.getValue();
}

export async function saveLastCheck(record: LastCheck): Promise<void> {
  await lastCheck.setValue(record);
}

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

/** Due for a check: never checked, a day since the last one, or an hour since a failed one. */
export function isStale(last: LastCheck | null, now: number): boolean {
  if (!last || last.at > now) return true;
  return now - last.at > (last.ok ? DAY : HOUR);
}
