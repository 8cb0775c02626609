import { openFirefox } from './insert-drivers';
import { describeHostile } from './insert-hostile';

// A Russian interface (Debian's firefox-esr-l10n-ru) while pages are told en-US, as in Tor Browser.
describeHostile('firefox', { pageLang: 'en', uiLang: 'ru' }, (url) =>
  openFirefox(url, { prefs: { 'intl.locale.requested': 'ru', 'intl.accept_languages': 'en-US, en' } }),
);
