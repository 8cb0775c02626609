// The popup's look (colours, cards, buttons, dark mode), shared rather than copied; options.css adds the page layout.
import '@/entrypoints/popup/popup.css';
import './options.css';
import { render } from 'preact';
import { loadSettings, OptionsApp, type Settings } from '@/components/options/OptionsApp';
import { StringsProvider } from '@/components/strings';
import type { Lang } from '@/utils/campaign/schema';
import { loadStrings } from '@/utils/i18n/load-strings';
import { browserUiLanguage, chooseLang } from '@/utils/i18n/ui-lang';
import { langSetting } from '@/utils/storage/items';

const app = document.getElementById('app') as HTMLElement;
let shown = 0;

/**
 * The options page speaks the user's language, as the popup and the welcome page do: the saved choice, else the
 * browser's. Choosing another one here (or in the popup, while this page is open) re-renders it in place.
 */
async function show(setting: Lang | null, settings: Settings) {
  const call = ++shown;
  const strings = await loadStrings(chooseLang(setting, browserUiLanguage()));
  // Two quick changes: the later one wins, whichever language file loads first.
  if (call !== shown) return;
  document.documentElement.lang = strings.lang;
  document.title = strings.t('optionsTitle');
  render(
    <StringsProvider value={strings}>
      <OptionsApp initial={settings} />
    </StringsProvider>,
    app,
  );
}

async function start() {
  const settings = await loadSettings();
  await show(settings.lang, settings);
  langSetting.watch((setting) => void show(setting, settings));
}

void start();
