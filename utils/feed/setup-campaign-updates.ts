import { browser } from 'wxt/browser';
import { refreshCampaign } from './refresh-campaign';

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
