// The popup's look (colours, cards, buttons, dark mode), shared rather than copied; options.css adds the page layout.
import '@/entrypoints/popup/popup.css';
import './options.css';
import { render } from 'preact';
import { loadSettings, OptionsApp } from '@/components/options/OptionsApp';
import { StringsProvider } from '@/components/strings';
import { loadStrings } from '@/utils/i18n/load-strings';
import { pickLang } from '@/utils/i18n/pick-lang';
import { browserUiLanguage } from '@/utils/i18n/ui-lang';

// The options page speaks the browser's language, as the browser's own settings pages do.
async function start() {
  const [strings, settings] = await Promise.all([loadStrings(pickLang(browserUiLanguage())), loadSettings()]);
  document.documentElement.lang = strings.lang;
  document.title = strings.t('optionsTitle');
  render(
    <StringsProvider value={strings}>
      <OptionsApp initial={settings} />
    </StringsProvider>,
    document.getElementById('app') as HTMLElement,
  );
}

void start();
