// What signed updates changed that moves money or sends people somewhere, flagged for a week (the popup reads these too).
import type { Campaign } from '@/utils/campaign/schema';
import { type ChangeNotice, changeNotices } from '@/utils/storage/items';
import type { LocalItem } from '@/utils/storage/local-item';

export type { ChangeNotice };

/** A notice stays on its card for a week, so a user who opens the popup once a month still sees that an address changed. */
export const NOTICE_MS = 7 * 24 * 60 * 60 * 1000;

/** The changes from `previous` to `next`, accepted at `at`. */
export function campaignChanges(previous: Campaign, next: Campaign, at: number): ChangeNotice[] {
  const notices: ChangeNotice[] = [];
  const add = (subject: string, before: string | undefined, after: string) => {
    if (before !== after) notices.push({ subject, before: before ?? null, after, on: next.updated, at });
  };
  const accounts = new Map(previous.donations.map((d) => [d.id, d.account]));
  for (const d of next.donations) add(`donation:${d.id}`, accounts.get(d.id), d.account);
  add('donatePage', previous.donatePage.url, next.donatePage.url);
  const urls = new Map(previous.links.map((l) => [l.id, l.url]));
  for (const l of next.links) add(`link:${l.id}`, urls.get(l.id), l.url);
  return notices;
}

/** The notices still inside their week, by subject (a Map: a subject named "constructor" is just a key). */
export async function readNotices(store: LocalItem<ChangeNotice[]>, now: number): Promise<Map<string, ChangeNotice>> {
  const list = await store.getValue();
  return new Map(list.filter((n) => now - n.at < NOTICE_MS).map((n) => [n.subject, n]));
}

/** The user has read it: the notice goes before its week is over. */
export async function dismissNotice(store: LocalItem<ChangeNotice[]>, subject: string, now: number): Promise<void> {
  const active = await readNotices(store, now);
  if (!active.delete(subject)) return;
  await store.setValue([...active.values()]);
}

export function loadChangeNotices(now = Date.now()): Promise<Map<string, ChangeNotice>> {
  return readNotices(changeNotices, now);
}

/**
 * Adds `notices`, dropping the ones whose week is over. A second change within
 * the week keeps the first "before": the value the user may still remember.
 * The new notice's date restarts the week.
 */
export async function recordChangeNotices(notices: ChangeNotice[], now = Date.now()): Promise<void> {
  if (notices.length === 0) return;
  const active = await loadChangeNotices(now);
  for (const notice of notices) {
    const earlier = active.get(notice.subject)?.before;
    // Changed back within the week: still a change, shown against the value it replaced.
    const before = earlier !== undefined && earlier !== notice.after ? earlier : notice.before;
    active.set(notice.subject, { ...notice, before });
  }
  await changeNotices.setValue([...active.values()]);
}

/** The user has read it: the notice goes before its week is over. */
export function dismissChangeNotice(subject: string, now = Date.now()): Promise<void> {
  return dismissNotice(changeNotices, subject, now);
}
