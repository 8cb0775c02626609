import { lastCheck, updatesEnabled } from '@/utils/storage';
import { type CheckReason, isCheckReason } from './check-reason';

export interface LastCheck {
  at: number;
  ok: boolean;
  /** Absent in a record written before codes existed: then only the English reason is known. */
  code?: CheckReason;
  /** The detail in English, for maintainers. */
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
  const { at, ok, code, reason } = value as Record<string, unknown>;
  if (typeof at !== 'number' || typeof ok !== 'boolean' || typeof reason !== 'string') return null;
  // A code this version does not know (a newer one wrote it) is dropped: the English reason still says it.
  return isCheckReason(code) ? { at, ok, code, reason } : { at, ok, reason };
}

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

/** Due for a check: never checked, a day since the last one, or an hour since a failed one. */
export function isStale(last: LastCheck | null, now: number): boolean {
  if (!last || last.at > now) return true;
  return now - last.at > (last.ok ? DAY : HOUR);
}
