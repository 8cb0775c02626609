// The popup's look (colours, cards, buttons, dark mode), shared rather than copied; options.css adds the page layout.
import '@/entrypoints/popup/popup.css';
import './options.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { loadSettings, OptionsApp } from '@/components/options/OptionsApp';
import { t } from '@/components/options/t';

document.documentElement.lang = browser.i18n.getUILanguage().split('-')[0] ?? 'en';
document.title = t('optionsTitle');
void loadSettings().then((settings) => render(<OptionsApp initial={settings} />, document.getElementById('app')!));
