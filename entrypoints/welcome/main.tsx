// The popup's look (colours, cards, buttons, dark mode), shared; welcome.css adds the page layout.
import '@/entrypoints/popup/popup.css';
import './welcome.css';
import { browser } from '@wxt-dev/browser';
import { render } from 'preact';
import { WelcomeApp } from '@/components/welcome/WelcomeApp';
import { bundledCampaign } from '@/utils/campaign/bundled';
import { loadStrings } from '@/utils/i18n/load-strings';
import { browserUiLanguage, chooseLang } from '@/utils/i18n/ui-lang';
import { langSetting } from '@/utils/storage/items';

async function start() {
  const setting = await langSetting.getValue();
  const lang = chooseLang(setting, browserUiLanguage());
  document.documentElement.lang = lang;
  const strings = await loadStrings(lang);
  document.title = strings.t('welcomeTitle');
  const browserName = import.meta.env.FIREFOX ? 'firefox' : 'chromium';
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  render(
    <WelcomeApp
      campaign={bundledCampaign}
      strings={strings}
      browserName={browserName}
      tabId={tab?.id}
      onLangChosen={(next) => {
        document.documentElement.lang = next;
        void langSetting.setValue(next);
      }}
    />,
    document.getElementById('app') as HTMLElement,
  );
}

void start();
