import type { ChangeNotice } from '@/utils/storage/items';
import type { LocalItem } from '@/utils/storage/local-item';

// Shared by the popup and the background: no campaign, no feed code here, only the stored list.

export type { ChangeNotice };

export const NOTICE_MS = 7 * 24 * 60 * 60 * 1000;

/** The notices still inside their week, by subject (a Map: a subject named "constructor" is just a key). */
export function activeNotices(list: readonly ChangeNotice[], now: number): Map<string, ChangeNotice> {
  return new Map(list.filter((n) => now - n.at < NOTICE_MS).map((n) => [n.subject, n]));
}

export async function readNotices(store: LocalItem<ChangeNotice[]>, now: number): Promise<Map<string, ChangeNotice>> {
  return activeNotices(await store.getValue(), now);
}

/** The user has read it: the notice goes before its week is over. */
export async function dismissNotice(store: LocalItem<ChangeNotice[]>, subject: string, now: number): Promise<void> {
  const active = await readNotices(store, now);
  if (!active.delete(subject)) return;
  await store.setValue([...active.values()]);
}
