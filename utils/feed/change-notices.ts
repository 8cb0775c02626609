import type { Campaign } from '@/utils/campaign/schema';
import { type ChangeNotice, changeNotices } from '@/utils/storage/items';
import { dismissNotice, readNotices } from './active-notices';

export { type ChangeNotice, NOTICE_MS } from './active-notices';

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
