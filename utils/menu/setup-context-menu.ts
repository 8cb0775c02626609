import { browser } from 'wxt/browser';

export const INSERT_MENU_ID = 'insert-call';

/** (Re)creates our menu; removeAll first because Chrome keeps menus across restarts and a second create throws. */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: INSERT_MENU_ID,
    title: browser.i18n.getMessage('menuInsert'),
    contexts: ['editable'],
  });
}

/** Firefox forgets menus on browser restart, so they are made on install and on every startup. */
export function setupContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => void createMenus());
  browser.runtime.onStartup.addListener(() => void createMenus());
}
