import { lastCheck, updatesEnabled } from '@/utils/storage';

export interface LastCheck {
  at: number;
  ok: boolean;
  reason: string;
}

/** Whether the user lets the extension check for updates; anything but `false` in storage means yes. */
export async function loadUpdatesEnabled(): Promise<boolean> {
  return (await updatesEnabled.getValue().catch(() => true)) !== false;
}

/** The last check's result, or null if there was none or storage holds something else. */
export async function loadLastCheck(): Promise<LastCheck | null> {
  const value: unknown = await lastCheck.getValue().catch(() => null);
  if (!value || typeof value !== 'object') return null;
  const { at, ok, reason } = value as Record<string, unknown>;
  return typeof at === 'number' && typeof ok === 'boolean' && typeof reason === 'string' ? { at, ok, reason } : null;
}

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

/** Due for a check: never checked, a day since the last one, or an hour since a failed one. */
export function isStale(last: LastCheck | null, now: number): boolean {
  if (!last || last.at > now) return true;
  return now - last.at > (last.ok ? DAY : HOUR);
}
