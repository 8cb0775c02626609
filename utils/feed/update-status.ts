import { type LastCheck, lastCheck, updatesEnabled } from '@/utils/storage/update-state';

export type { LastCheck };

/** Whether the user lets the extension check for updates. */
export function loadUpdatesEnabled(): Promise<boolean> {
  return updatesEnabled.getValue();
}

/** The last check's result, or null if there was none or storage holds something else. */
export function loadLastCheck(): Promise<LastCheck | null> {
  return lastCheck.getValue();
}

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

/** Due for a check: never checked, a day since the last one, or an hour since a failed one. */
export function isStale(last: LastCheck | null, now: number): boolean {
  if (!last || last.at > now) return true;
  return now - last.at > (last.ok ? DAY : HOUR);
}
