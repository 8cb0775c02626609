import { describe, expect, it } from 'vitest';
import { localize } from '@/utils/campaign/localize';
import { pickLang } from '@/utils/i18n/pick-lang';

describe('pickLang', () => {
  it.each([
    ['ru-RU', 'ru'],
    ['ru', 'ru'],
    ['de-AT', 'de'],
    ['de_CH', 'de'],
    ['nl', 'nl'],
    ['nl-BE', 'nl'],
    ['NL-nl', 'nl'],
    ['en-GB', 'en'],
    ['uk-UA', 'en'],
    ['fr', 'en'],
    ['', 'en'],
    [undefined, 'en'],
    [null, 'en'],
  ])('%s → %s', (uiLanguage, lang) => {
    expect(pickLang(uiLanguage)).toBe(lang);
  });
});

describe('localize', () => {
  const text = { en: 'Solidarity', ru: 'Солидарность' };
  it.each([
    ['en', 'Solidarity'],
    ['ru', 'Солидарность'],
    ['de', 'Solidarity'],
    ['nl', 'Solidarity'],
  ] as const)('%s → %s', (lang, expected) => {
    expect(localize(text, lang)).toBe(expected);
  });
});
