import '@/entrypoints/popup/popup.css';
// Without the webextension-polyfill (about 3 KB gzipped): MV3's chrome.* and Firefox's browser.* both return promises.
import { browser } from '@wxt-dev/browser';
import { hydrate, render } from 'preact';
import { App, type AppProps } from '@/components/App';
import { type MessagesFile, makeStrings, type Strings } from '@/components/strings';
import { browserUiLanguage, chooseLang, readLangMirror, writeLangMirror } from '@/entrypoints/popup/lang-choice';
import { loadAddressChanges, markAddressChangesSeen } from '@/utils/campaign/address-changes';
import { type Campaign, LANGS, type Lang } from '@/utils/campaign/schema';
import { pickLang } from '@/utils/i18n/pick-lang';
import { langSetting } from '@/utils/storage';

/**
 * The bundled campaign, from the JSON block the build wrote beside the prerendered
 * markup (scripts/prerender-popup.ts, in `wxt dev` too): the same validated file
 * `bundledCampaign` holds, parsed as JSON instead of shipped as JavaScript.
 */
function bundledCampaign(): Campaign {
  const island = document.getElementById('bundled-campaign');
  if (!island?.textContent) throw new Error('popup.html lacks the bundled campaign: build it with wxt');
  return JSON.parse(island.textContent) as Campaign;
}

/** The campaign in use: only a build with a signed-update feed can have a newer one than the bundled. */
async function campaignInUse(bundled: Campaign): Promise<Campaign> {
  if (!import.meta.env.FEED_URL) return bundled;
  return (await import('@/utils/campaign/current')).loadCampaign();
}

async function fetchMessages(lang: Lang): Promise<MessagesFile> {
  const url = browser.runtime.getURL(`/_locales/${lang}/messages.json` as '/_locales/en/messages.json');
  return (await fetch(url)).json();
}

async function loadStrings(lang: Lang): Promise<Strings> {
  const [messages, english] = await Promise.all([fetchMessages(lang), lang === 'en' ? undefined : fetchMessages('en')]);
  return makeStrings(lang, messages, english);
}

function showLang(lang: Lang) {
  document.documentElement.lang = lang;
  writeLangMirror(lang);
}

async function start() {
  const html = document.documentElement;
  const lang = LANGS.includes(html.lang as Lang)
    ? (html.lang as Lang)
    : chooseLang(readLangMirror(), browserUiLanguage());
  const app = document.getElementById('app') as HTMLElement;
  // Keep the copy the head script chose; the others were hidden by CSS and go now.
  let root = app.querySelector<HTMLElement>(`[data-prerender="${lang}"]`);
  for (const other of app.querySelectorAll(`[data-prerender]:not([data-prerender="${lang}"])`)) other.remove();
  root?.removeAttribute('data-prerender');

  const bundled = bundledCampaign();
  const props: AppProps = {
    campaign: bundled,
    strings: await loadStrings(lang),
    loadStrings,
    onLangChosen: (chosen) => {
      showLang(chosen);
      void langSetting.setValue(chosen);
    },
  };
  if (root) hydrate(<App {...props} />, root);
  else {
    // No prerendered copy (wxt dev): render on the client.
    root = app.appendChild(document.createElement('div'));
    render(<App {...props} />, root);
  }

  // What only extension storage knows. Usually nothing changes; when it does, it's one re-render.
  const [campaign, addressChanges, setting] = await Promise.all([
    campaignInUse(bundled),
    loadAddressChanges(),
    langSetting.getValue().catch(() => null),
  ]);
  // The setting is the truth; the mirror only lets the first paint guess right.
  const wanted = LANGS.includes(setting as Lang) ? (setting as Lang) : pickLang(browserUiLanguage());
  if (!setting) writeLangMirror(null);
  const strings = wanted === lang ? props.strings : await loadStrings(wanted);
  if (wanted !== lang) showLang(wanted);
  if (campaign.version !== bundled.version || Object.keys(addressChanges).length > 0 || wanted !== lang) {
    render(<App {...props} campaign={campaign} strings={strings} addressChanges={addressChanges} />, root);
  }
  // Shown once: the notice stays on screen now and is gone the next time.
  if (Object.keys(addressChanges).length > 0) await markAddressChangesSeen();
}

void start();
// Campaign data a day old (an hour after a failed check): ask the signed feed now; news shows at the next opening.
if (import.meta.env.FEED_URL) void import('@/utils/feed/refresh-campaign').then((feed) => feed.refreshIfStale());
