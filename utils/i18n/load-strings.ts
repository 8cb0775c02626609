// Without the webextension-polyfill (about 3 KB gzipped): MV3's chrome.* and Firefox's browser.* both return promises.
import { browser } from '@wxt-dev/browser';
import type { Lang } from '@/utils/campaign/langs';
import { type MessagesFile, makeStrings, type Strings } from '@/utils/i18n/strings';

/** One language's file from the extension's own _locales, the very file browser.i18n reads. */
export async function loadMessages(lang: Lang): Promise<MessagesFile> {
  const url = browser.runtime.getURL(`/_locales/${lang}/messages.json` as '/_locales/en/messages.json');
  return (await fetch(url)).json();
}

/** The UI strings of `lang`, English where a key lacks a translation: popup, welcome, options and background alike. */
export async function loadStrings(lang: Lang): Promise<Strings> {
  const [messages, english] = await Promise.all([loadMessages(lang), lang === 'en' ? undefined : loadMessages('en')]);
  return makeStrings(lang, messages, english);
}
