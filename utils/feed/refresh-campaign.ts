import { bundledCampaign } from '@/utils/campaign/bundled';
import { loadCampaign } from '@/utils/campaign/current';
import { lastCheck } from '@/utils/storage/update-state';
import { saveAcceptedCampaign } from './accepted-campaign';
import { campaignChanges, recordChangeNotices } from './change-notices';
import { belowFloor, checkUpdate } from './check-update';
import { feedConfig } from './feed-config';
import { FEED_LIMITS, fetchFeed } from './fetch-feed';
import { withUpdateLock } from './update-lock';
import { isStale, type LastCheck, loadLastCheck, loadUpdatesEnabled } from './update-status';
import { loadVersionFloor, raiseVersionFloor } from './version-floor';

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
    const verdict = await checkUpdate(text, publicKey, current, { now, floor });
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
    await saveAcceptedCampaign(verdict.feed);
    await raiseVersionFloor(version, verdict.digest);
    await recordChangeNotices(campaignChanges(current, verdict.campaign, now), now);
    return { ok: true, code: 'updated', reason: `updated to version ${version}`, changed: true };
  });
}

/** For the popup: check only if the last check is old (a day, or an hour after a failure). */
export async function refreshIfStale(now = Date.now()): Promise<CheckOutcome> {
  if (!import.meta.env.FEED_URL) return { checked: false };
  if (!isStale(await loadLastCheck(), now)) return { checked: false };
  return refreshCampaign();
}
