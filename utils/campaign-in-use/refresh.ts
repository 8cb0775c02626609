// Keeping the campaign in use current: fetch the feed, apply the acceptance rules, save what passes; daily in the background.
import { browser } from 'wxt/browser';
import { bundledCampaign } from '@/utils/campaign/bundled';
import { belowFloor, withUpdateLock } from '@/utils/feed/accept';
import { FEED_LIMITS, feedConfig, fetchFeed } from '@/utils/feed/fetch';
import { isStale, loadVersionFloor, raiseVersionFloor, saveAcceptedFeed } from '@/utils/feed/store';
import { type LastCheck, lastCheck, updatesEnabled } from '@/utils/storage/update-state';
import { campaignChanges, recordChangeNotices } from './change-notices';
import { loadCampaign } from './load';
import { checkCampaignUpdate } from './signed-campaign';

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
  if (!config || !(await updatesEnabled.getValue())) return { checked: false };
  const fetched = await fetchFeed(config.url, limits);
  let result: Applied;
  if (!fetched.ok) {
    result = { ok: false, code: fetched.code, reason: fetched.reason, changed: false };
  } else {
    result = await applyFeed(fetched.value, config.publicKey);
  }
  const record: LastCheck = { at: Date.now(), ok: result.ok, code: result.code, reason: result.reason };
  await lastCheck.setValue(record);
  return { checked: true, changed: result.changed, ...record };
}

type Applied = Omit<LastCheck, 'at'> & { changed: boolean };

/**
 * The feed's verdict and, if accepted, the save: one step under the update lock,
 * so a popup's check and the background's cannot interleave their read of the
 * version in use with their write. The version is read again right before the
 * save all the same (`beforeSave` lets the tests widen that gap).
 */
export function applyFeed(
  text: string,
  publicKey: Uint8Array,
  { now = Date.now(), beforeSave }: { now?: number; beforeSave?: () => Promise<void> } = {},
): Promise<Applied> {
  return withUpdateLock(async (): Promise<Applied> => {
    const current = await loadCampaign();
    const floor = await loadVersionFloor(bundledCampaign.version);
    const verdict = await checkCampaignUpdate(text, publicKey, current, { now, floor });
    if (verdict.kind === 'unchanged') {
      return { ok: true, code: 'upToDate', reason: `up to date (version ${current.version})`, changed: false };
    }
    if (verdict.kind === 'rejected') return { ok: false, code: verdict.code, reason: verdict.reason, changed: false };
    await beforeSave?.();
    const { version } = verdict.campaign;
    const [inUse, floorNow] = await Promise.all([loadCampaign(), loadVersionFloor(bundledCampaign.version)]);
    const late =
      version <= inUse.version
        ? { code: 'rollback' as const, reason: `version ${version} is no newer than the one in use (${inUse.version})` }
        : belowFloor(version, verdict.digest, floorNow);
    if (late) return { ok: false, code: late.code, reason: late.reason, changed: false };
    await saveAcceptedFeed(verdict.feed);
    await raiseVersionFloor(version, verdict.digest);
    await recordChangeNotices(campaignChanges(current, verdict.campaign, now), now);
    return { ok: true, code: 'updated', reason: `updated to version ${version}`, changed: true };
  });
}

/** For the popup: check only if the last check is old (a day, or an hour after a failure). */
export async function refreshIfStale(now = Date.now()): Promise<CheckOutcome> {
  if (!import.meta.env.FEED_URL) return { checked: false };
  if (!isStale(await lastCheck.getValue(), now)) return { checked: false };
  return refreshCampaign();
}

const ALARM = 'campaign-update';

/** Daily, and on install and browser start; only called in builds made with a feed (background.ts). */
export function setupCampaignUpdates(): void {
  const start = () => {
    // Chrome keeps alarms across restarts, Firefox does not: create it only when missing.
    void browser.alarms.get(ALARM).then((alarm) => {
      if (!alarm) browser.alarms.create(ALARM, { periodInMinutes: 24 * 60 });
    });
    void refreshCampaign();
  };
  browser.runtime.onInstalled.addListener(start);
  browser.runtime.onStartup.addListener(start);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void refreshCampaign();
  });
}
