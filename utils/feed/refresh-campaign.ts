import { recordAddressChanges } from '@/utils/campaign/address-changes';
import { loadCampaign } from '@/utils/campaign/current';
import { lastCheck } from '@/utils/storage';
import { saveAcceptedCampaign } from './accepted-campaign';
import { changedDonations } from './changed-donations';
import { checkUpdate } from './check-update';
import { feedConfig } from './feed-config';
import { FEED_LIMITS, fetchFeed } from './fetch-feed';
import { isStale, type LastCheck, loadLastCheck, loadUpdatesEnabled } from './update-status';

/** What a check did; `changed` is true when a new campaign is now in use. */
export type CheckOutcome = { checked: false } | ({ checked: true; changed: boolean } & LastCheck);

/**
 * Fetches the feed and applies the acceptance rules. A rejected feed changes
 * nothing but the recorded reason: the last good campaign (or the bundled one)
 * stays in use. No feed in this build, or updates turned off: no request.
 */
export async function refreshCampaign(limits = FEED_LIMITS): Promise<CheckOutcome> {
  if (!import.meta.env.FEED_URL) return { checked: false };
  // Install, startup and an opening popup can ask at once: one request answers them all.
  inFlight ??= checkFeed(limits).finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}

let inFlight: Promise<CheckOutcome> | undefined;

async function checkFeed(limits: typeof FEED_LIMITS): Promise<CheckOutcome> {
  const config = feedConfig();
  if (!config || !(await loadUpdatesEnabled())) return { checked: false };
  const fetched = await fetchFeed(config.url, limits);
  let result: Omit<LastCheck, 'at'> & { changed: boolean };
  if (!fetched.ok) {
    result = { ok: false, code: fetched.code, reason: fetched.reason, changed: false };
  } else {
    const current = await loadCampaign();
    const verdict = await checkUpdate(fetched.value, config.publicKey, current);
    if (verdict.kind === 'accepted') {
      await saveAcceptedCampaign(verdict.feed);
      await recordAddressChanges(changedDonations(current, verdict.campaign), verdict.campaign.updated);
      result = { ok: true, code: 'updated', reason: `updated to version ${verdict.campaign.version}`, changed: true };
    } else if (verdict.kind === 'unchanged') {
      result = { ok: true, code: 'upToDate', reason: `up to date (version ${current.version})`, changed: false };
    } else {
      result = { ok: false, code: verdict.code, reason: verdict.reason, changed: false };
    }
  }
  const record: LastCheck = { at: Date.now(), ok: result.ok, code: result.code, reason: result.reason };
  await lastCheck.setValue(record);
  return { checked: true, changed: result.changed, ...record };
}

/** For the popup: check only if the last check is old (a day, or an hour after a failure). */
export async function refreshIfStale(now = Date.now()): Promise<CheckOutcome> {
  if (!import.meta.env.FEED_URL) return { checked: false };
  if (!isStale(await loadLastCheck(), now)) return { checked: false };
  return refreshCampaign();
}
