import { openChromium } from './insert-drivers';
import { describeHostile } from './insert-hostile';

// A German interface while pages are told en-US, as Tor Browser tells every page.
describeHostile('chromium', { pageLang: 'en', uiLang: 'de' }, (url) =>
  openChromium(url, { locale: 'de-DE', pageLanguage: 'en-US' }),
);
