import { browser } from 'wxt/browser';
import type { Lang } from '@/utils/campaign/langs';
import { popupPath } from '@/utils/i18n/ui-lang';
import { langSetting } from '@/utils/storage/items';

/**
 * The popup's language survives private browsing: the page's localStorage mirror is emptied when a private
 * session ends (every session, in Tor Browser), storage.local is not. The background names the saved language
 * in the popup's URL, which the head script reads before the first paint. Browsers do not keep setPopup
 * across a restart, so it is set again whenever the background starts (onStartup wakes it at browser start).
 */
export function setupPopupLanguage(): void {
  const apply = (lang: Lang | null) => browser.action.setPopup({ popup: popupPath(lang) }).catch(() => {});
  const fromStorage = () => langSetting.getValue().then(apply);
  browser.runtime.onStartup.addListener(() => void fromStorage());
  void fromStorage();
  langSetting.watch(apply);
}
