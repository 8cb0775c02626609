import { browser } from 'wxt/browser';

export const WELCOME_PAGE = '/welcome.html' as const;

/** Only a first install welcomes: an update, a browser update or a re-enable must not open a tab. */
export function shouldWelcome(reason: string): boolean {
  return reason === 'install';
}

/**
 * Opens the welcome page once, when the extension is installed. The e2e build does not: every
 * other end-to-end test starts from a fresh install and expects only its own tabs
 * (tests/e2e/welcome.test.ts checks the production build).
 */
export function setupWelcome(): void {
  if (import.meta.env.MODE === 'e2e') return;
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (shouldWelcome(reason)) void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
  });
}
