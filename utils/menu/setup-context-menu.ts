import { type Browser, browser } from 'wxt/browser';
import { LANGS, type Lang, VARIANTS, type Variant } from '@/utils/campaign/langs';
import { LANGUAGE_NAMES } from '@/utils/i18n/language-names';
import { loadStrings } from '@/utils/i18n/load-strings';
import { pickLang } from '@/utils/i18n/pick-lang';
import type { MessageKey } from '@/utils/i18n/strings';
import { insertCall } from '@/utils/insert/background/insert-call';
import { requestSiteAccess, sitePattern } from '@/utils/insert/background/site-access';

export const INSERT_MENU_ID = 'insert-call';
const CHOOSE_MENU_ID = 'insert-call-choose';
const VARIANT_PREFIX = 'insert-call:variant:';
const LANG_PREFIX = 'insert-call:lang:';

const VARIANT_KEYS: Record<Variant, MessageKey> = {
  short: 'menuVariantShort',
  standard: 'menuVariantStandard',
  long: 'menuVariantLong',
};

/**
 * (Re)creates our menu; removeAll first because Chrome keeps menus across restarts and a second create throws.
 * An item with a submenu cannot be clicked, so the default insertion and the choices are two items;
 * the browser groups them under the extension's name. The titles are in the browser's language, like the menu around them.
 */
export async function createMenus(): Promise<void> {
  const { t } = await loadStrings(pickLang(browser.i18n.getUILanguage()));
  await browser.contextMenus.removeAll();
  const contexts: ['editable'] = ['editable'];
  browser.contextMenus.create({ id: INSERT_MENU_ID, title: t('menuInsert'), contexts });
  browser.contextMenus.create({ id: CHOOSE_MENU_ID, title: t('menuInsertChoose'), contexts });
  for (const variant of VARIANTS) {
    const id = VARIANT_PREFIX + variant;
    browser.contextMenus.create({ id, parentId: CHOOSE_MENU_ID, title: t(VARIANT_KEYS[variant]), contexts });
  }
  browser.contextMenus.create({ id: 'insert-call-sep', parentId: CHOOSE_MENU_ID, type: 'separator', contexts });
  for (const lang of LANGS) {
    const id = LANG_PREFIX + lang;
    browser.contextMenus.create({ id, parentId: CHOOSE_MENU_ID, title: LANGUAGE_NAMES[lang], contexts });
  }
}

/** What a click on one of our items asks for; undefined for anyone else's item. */
export function choiceOf(menuItemId: string | number): { variant?: Variant; lang?: Lang } | undefined {
  const id = String(menuItemId);
  if (id === INSERT_MENU_ID) return {};
  const variant = VARIANTS.find((v) => id === VARIANT_PREFIX + v);
  if (variant) return { variant };
  const lang = LANGS.find((l) => id === LANG_PREFIX + l);
  return lang ? { lang } : undefined;
}

/** The origin of a cross-origin iframe the user clicked in, which activeTab does not reach. */
export function otherFrameOrigin(info: { frameUrl?: string; pageUrl?: string }): string | undefined {
  try {
    const frame = info.frameUrl ? new URL(info.frameUrl).origin : undefined;
    const page = info.pageUrl ? new URL(info.pageUrl).origin : undefined;
    return frame && page && frame !== page && /^https?:/.test(frame) ? frame : undefined;
  } catch {
    return undefined;
  }
}

// Firefox's menus.getTargetElement(info.targetElementId) would name the right-clicked element exactly, but it
// exists only in a content script's (isolated) world and only with the `menus` permission: with `contextMenus`
// alone it is undefined there (Firefox's schema: menus_child.json), and asking for one more permission for this is not
// worth it, nor could any test here click a menu item to prove it. A right-click focuses the field it lands on,
// so the page script takes the focused field (utils/insert/isolated-world/find-field.ts).
function onClicked(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): void {
  const choice = choiceOf(info.menuItemId);
  if (!choice || tab?.id === undefined) return;
  // The frame's origin as the browser reports it, never as the page says. Asked for synchronously, while
  // the click still counts as the user's gesture; never at install. Refused or not, insertCall then either
  // reaches the frame or explains beside it.
  const origin = otherFrameOrigin(info);
  const pattern = sitePattern(origin ?? '');
  const otherSite = origin && pattern ? { site: new URL(origin).host, access: requestSiteAccess(pattern) } : undefined;
  void insertCall({ tabId: tab.id, frameId: info.frameId, ...choice, otherSite }).catch(() => undefined);
}

/** Firefox forgets menus on browser restart, so they are made on install and on every startup. */
export function setupContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => void createMenus());
  browser.runtime.onStartup.addListener(() => void createMenus());
  browser.contextMenus.onClicked.addListener(onClicked);
}
