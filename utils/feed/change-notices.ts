import { storage } from 'wxt/utils/storage';
import type { Campaign } from '@/utils/campaign/schema';

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

export const changeNotices = /* @__PURE__ */ storage.defineItem<ChangeNotice[]>('local:changeNotices', {
  fallback: [],
  version: 1,
});

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

export async function loadChangeNotices(now = Date.now()): Promise<Map<string, ChangeNotice>> {
  return activeNotices(await changeNotices.getValue().catch(() => []), now);
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
export async function dismissChangeNotice(subject: string, now = Date.now()): Promise<void> {
  const active = await loadChangeNotices(now);
  if (!active.delete(subject)) return;
  await changeNotices.setValue([...active.values()]);
}
