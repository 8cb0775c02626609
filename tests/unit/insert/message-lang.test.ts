import { describe, expect, it } from 'vitest';
import { insertLang, pageLang } from '@/utils/insert/message-lang';

describe('the language of what goes into the page', () => {
  it.each([
    [['en-US', 'en'], ['ru-RU'], 'en'],
    [['ru-RU'], ['en-US'], 'ru'],
    [[], ['de-DE'], 'de'],
    [undefined, [], 'en'],
    [['fr-FR'], ['ru'], 'en'],
  ] as const)('page told %o (Accept-Language %o) → %s', (nav, accept, lang) => {
    expect(pageLang(nav, accept)).toBe(lang);
  });
  it('an explicit pick, then the saved setting, then the page’s language; never the UI language', () => {
    expect(insertLang('nl', 'ru', 'en')).toBe('nl');
    expect(insertLang(undefined, 'ru', 'en')).toBe('ru');
    expect(insertLang(undefined, null, 'de')).toBe('de');
  });
});
