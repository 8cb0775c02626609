import { afterEach, describe, expect, it } from 'vitest';
import { LANGS } from '@/utils/campaign/schema';
import { browserUiLanguage, chooseLang, hasExtensionApi, langFromUrl, popupPath } from '@/utils/i18n/ui-lang';

describe('the head script’s inputs', () => {
  const global = globalThis as { browser?: unknown; chrome?: unknown };
  afterEach(() => {
    delete global.browser;
    delete global.chrome;
  });

  it('the popup URL carries the saved language, and only a language we speak is read back', () => {
    for (const lang of LANGS) expect(langFromUrl(new URL(popupPath(lang), 'https://x/').search)).toBe(lang);
    expect(popupPath(null)).toBe('popup.html');
    expect(langFromUrl('?lang=fr')).toBeNull();
    expect(langFromUrl('')).toBeNull();
  });

  it('the URL wins over the UI language; a page without either falls back as before', () => {
    expect(chooseLang(langFromUrl('?lang=de'), 'ru')).toBe('de');
    expect(chooseLang(langFromUrl(''), 'ru-RU')).toBe('ru');
  });

  it('the extension API counts only with a runtime id (a bare chrome.runtime is not ours)', () => {
    expect(hasExtensionApi()).toBe(false);
    global.chrome = { runtime: {} };
    expect(hasExtensionApi()).toBe(false);
    global.browser = { runtime: { id: 'solidarity-call@solidarity-call.extension' } };
    expect(hasExtensionApi()).toBe(true);
  });

  it('without the API, the UI language is Intl’s locale, not navigator.language (what pages are told)', () => {
    expect(browserUiLanguage()).toBe(Intl.DateTimeFormat().resolvedOptions().locale);
    global.browser = { runtime: { id: 'x' }, i18n: { getUILanguage: () => 'nl' } };
    expect(browserUiLanguage()).toBe('nl');
  });
});
