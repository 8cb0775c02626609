import { describe, expect, it } from 'vitest';
import { hashtagsFor, linkUrl, localize } from '@/utils/campaign/localize';
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

describe('linkUrl', () => {
  const link = { url: 'https://example.org/en/', urls: { ru: 'https://example.org/' } };
  it.each([
    ['en', 'https://example.org/en/'],
    ['ru', 'https://example.org/'],
    ['nl', 'https://example.org/en/'],
    ['de', 'https://example.org/en/'],
  ] as const)('%s → %s', (lang, expected) => {
    expect(linkUrl(link, lang)).toBe(expected);
  });
  it('is the one url of a link without translations', () => {
    expect(linkUrl({ url: 'https://example.org/' }, 'ru')).toBe('https://example.org/');
  });
});

describe('hashtagsFor', () => {
  const campaign = { hashtags: { en: ['#NetworkCase', '#ДелоСети'], ru: ['#ДелоСети', '#NetworkCase'] } };
  it('gives a language its own, else English’s, else none', () => {
    expect(hashtagsFor(campaign, 'ru')).toEqual(['#ДелоСети', '#NetworkCase']);
    expect(hashtagsFor(campaign, 'de')).toEqual(['#NetworkCase', '#ДелоСети']);
    expect(hashtagsFor({}, 'en')).toEqual([]);
  });
});
