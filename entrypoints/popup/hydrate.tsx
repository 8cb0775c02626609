import { hydrate, render } from 'preact';
import { App, type AppProps } from '@/components/App';
import { type Campaign, LANGS, type Lang } from '@/utils/campaign/schema';
import { loadStrings } from '@/utils/i18n/load-strings';
import { browserUiLanguage, chooseLang, readLangMirror, writeLangMirror } from '@/utils/i18n/ui-lang';
import { langSetting } from '@/utils/storage/items';
import { keepCopy } from './prerendered';

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
  return (await import('@/utils/campaign-in-use/load')).loadCampaign();
}

function showLang(lang: Lang) {
  document.documentElement.lang = lang;
  writeLangMirror(lang);
}

async function start(): Promise<ShowStored> {
  const html = document.documentElement;
  const lang = LANGS.includes(html.lang as Lang)
    ? (html.lang as Lang)
    : chooseLang(readLangMirror(), browserUiLanguage());
  const app = document.getElementById('app') as HTMLElement;
  let root = keepCopy(lang);
  root?.removeAttribute('data-prerender');

  const bundled = bundledCampaign();
  let shown: AppProps = {
    campaign: bundled,
    strings: await loadStrings(lang),
    loadStrings,
    onLangChosen: (chosen) => {
      showLang(chosen);
      void langSetting.setValue(chosen);
    },
  };
  if (root) hydrate(<App {...shown} />, root);
  else {
    // No prerendered copy (wxt dev): render on the client.
    root = app.appendChild(document.createElement('div'));
    render(<App {...shown} />, root);
  }
  const into = root;

  /**
   * What only extension storage knows: the campaign in use. Usually nothing changes; when it does, it
   * is one re-render of the same components, so nothing the user opened or typed is lost. (The cards
   * read their own change notices: components/ChangeNotice.tsx.)
   */
  async function showStored(patch: Partial<AppProps> = {}): Promise<void> {
    const campaign = await campaignInUse(bundled);
    const next = { ...shown, ...patch, campaign };
    const changed = campaign.version !== shown.campaign.version;
    if (changed || Object.keys(patch).some((key) => patch[key as keyof AppProps] !== shown[key as keyof AppProps])) {
      render(<App {...next} />, into);
    }
    shown = next;
  }

  const setting = await langSetting.getValue();
  // The setting is the truth; the mirror only lets the first paint guess right.
  const wanted = chooseLang(setting, browserUiLanguage());
  if (!setting) writeLangMirror(null);
  if (wanted !== lang) showLang(wanted);
  const explicitLang = wanted === setting;
  await showStored(wanted === lang ? { explicitLang } : { explicitLang, strings: await loadStrings(wanted) });
  return showStored;
}

type ShowStored = (patch?: Partial<AppProps>) => Promise<void>;

/**
 * Campaign data a day old (an hour after a failed check): ask the signed feed now. News shows in
 * this very popup: the same components re-render in place, the date line says "Updated just now"
 * (announced politely), and the browser's scroll anchoring keeps what the user reads where it was.
 */
async function showNewsOnArrival(started: Promise<ShowStored>) {
  const { refreshIfStale } = await import('@/utils/campaign-in-use/refresh');
  const outcome = await refreshIfStale();
  if (outcome.checked && outcome.changed) await (await started)({ updatedJustNow: true });
}

const started = start();
if (import.meta.env.FEED_URL) void showNewsOnArrival(started);
