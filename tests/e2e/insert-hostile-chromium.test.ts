import { openChromium } from './insert-drivers';
import { describeHostile } from './insert-hostile';

// Debian's Chromium ships only its en-US interface: the page is told German instead.
describeHostile('chromium', { pageLang: 'de', uiLang: 'en' }, (url) =>
  // Playwright tells pages de-DE; the interface stays en-US (the later --lang wins).
  openChromium(url, { locale: 'de-DE', args: ['--lang=en-US'] }),
);
