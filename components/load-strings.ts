// Without the webextension-polyfill (about 3 KB gzipped): MV3's chrome.* and Firefox's browser.* both return promises.
import { browser } from '@wxt-dev/browser';
import { type MessagesFile, makeStrings, type Strings } from '@/components/strings';
import type { Lang } from '@/utils/campaign/schema';

async function fetchMessages(lang: Lang): Promise<MessagesFile> {
  const url = browser.runtime.getURL(`/_locales/${lang}/messages.json` as '/_locales/en/messages.json');
  return (await fetch(url)).json();
}

/** The UI strings of `lang` from the extension's own _locales files, English where a key lacks a translation. */
export async function loadStrings(lang: Lang): Promise<Strings> {
  const [messages, english] = await Promise.all([fetchMessages(lang), lang === 'en' ? undefined : fetchMessages('en')]);
  return makeStrings(lang, messages, english);
}
