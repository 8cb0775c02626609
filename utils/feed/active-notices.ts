/**
 * The change notices as stored, read and dismissed through whichever store the page has: the
 * background's @wxt-dev/storage item (utils/feed/change-notices.ts) or the popup's plain
 * storage.local value (utils/storage-lite/popup-settings.ts), which keeps @wxt-dev/storage out of
 * the popup's 20 KB. No storage import here, so both can share it.
 */

/**
 * What a signed update changed that moves money or sends people somewhere: a
 * donation account, the donation page, a link. Each change stays flagged on its
 * card for a week, with the value before it, unless the user dismisses it; so a
 * user who opens the popup once a month still sees that the address changed.
 */
export interface ChangeNotice {
  /** `donation:<id>`, `donatePage` or `link:<id>`. */
  subject: string;
  /** The value before the update; null when the update added it. */
  before: string | null;
  after: string;
  /** The update's own date (the campaign's `updated`). */
  on: string;
  /** When the update was accepted, ms since epoch: the week counts from here. */
  at: number;
}

export const NOTICE_MS = 7 * 24 * 60 * 60 * 1000;

/** Where the list lives; storage may hold anything, so it reads as unknown. */
export interface NoticeStore {
  getValue(): Promise<unknown>;
  setValue(value: ChangeNotice[]): Promise<void>;
}

function isNotice(value: unknown): value is ChangeNotice {
  if (!value || typeof value !== 'object') return false;
  const n = value as Record<string, unknown>;
  return (
    typeof n.subject === 'string' &&
    (n.before === null || typeof n.before === 'string') &&
    typeof n.after === 'string' &&
    typeof n.on === 'string' &&
    typeof n.at === 'number'
  );
}

/** The notices still inside their week, by subject (a Map: a subject named "constructor" is just a key). */
export function activeNotices(stored: unknown, now: number): Map<string, ChangeNotice> {
  const list = Array.isArray(stored) ? stored.filter(isNotice) : [];
  return new Map(list.filter((n) => now - n.at < NOTICE_MS).map((n) => [n.subject, n]));
}

export async function readNotices(store: NoticeStore, now: number): Promise<Map<string, ChangeNotice>> {
  return activeNotices(await store.getValue().catch(() => []), now);
}

/** The user has read it: the notice goes before its week is over. */
export async function dismissNotice(store: NoticeStore, subject: string, now: number): Promise<void> {
  const active = await readNotices(store, now);
  if (!active.delete(subject)) return;
  await store.setValue([...active.values()]);
}
