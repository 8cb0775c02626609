import { browser } from 'wxt/browser';

type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/** A UI string in the browser's language (English where a translation is missing), $1… filled from `subs`. */
export function t(key: string, ...subs: string[]): string {
  return browser.i18n.getMessage(key as MessageKey, subs) || key;
}
