import { describe, expect, it } from 'vitest';
import { bundledCampaign } from '@/utils/campaign/bundled';
import { blueskyLength, mastodonLength, pickVariant, xLength } from '@/utils/message/fit';
import { renderMessage } from '@/utils/message/render';

const LONG_URL = 'https://example.org/a/rather/long/path/to/a/page/about/the/case';

describe('xLength (twitter-text v3 weighting)', () => {
  it.each([
    ['Latin', 'Solidarity', 10],
    ['Cyrillic', 'Солидарность', 12],
    ['German umlauts and ß', 'Straße für', 10],
    ['typographic quotes and dashes', '„x“ – «y» ‘z’', 13],
    ['an ellipsis (outside the light ranges)', '…', 2],
    ['CJK', '日本語', 6],
    ['an emoji', '✊', 2],
    ['an emoji with a skin tone', '✊🏽', 2],
    ['a ZWJ family emoji', '👨‍👩‍👧', 2],
    ['a flag', '🇺🇦', 2],
    ['a long URL', LONG_URL, 23],
    ['a short URL', 'https://a.io', 23],
    ['text around a URL', `See ${LONG_URL} now`, 4 + 23 + 4],
    ['a URL ending a sentence', `${LONG_URL}.`, 24],
    ['two URLs', `${LONG_URL}\n${LONG_URL}`, 47],
    ['a decomposed é (NFC)', 'e\u0301', 1],
  ])('%s', (_, text, expected) => {
    expect(xLength(text)).toBe(expected);
  });
});

describe('blueskyLength (grapheme clusters)', () => {
  it.each([
    ['Latin', 'Solidarity', 10],
    ['Cyrillic', 'Солидарность', 12],
    ['a ZWJ family emoji', '👨‍👩‍👧', 1],
    ['a flag', '🇺🇦', 1],
    ['a decomposed é', 'e\u0301', 1],
    ['a URL, counted as written', LONG_URL, LONG_URL.length],
  ])('%s', (_, text, expected) => {
    expect(blueskyLength(text)).toBe(expected);
  });
});

describe('mastodonLength (graphemes, every URL 23)', () => {
  it.each([
    ['Cyrillic', 'Солидарность', 12],
    ['an emoji', '✊🏽', 1],
    ['a long URL', LONG_URL, 23],
    ['text and a URL', `More: ${LONG_URL}`, 6 + 23],
  ])('%s', (_, text, expected) => {
    expect(mastodonLength(text)).toBe(expected);
  });
});

describe('pickVariant', () => {
  const length = (variant: 'short' | 'standard' | 'long', format: 'text' | 'html' = 'text') =>
    renderMessage(bundledCampaign, { lang: 'ru', variant, format }).length;

  it.each([
    ['no limit to speak of', () => 100_000, 'long'],
    ['exactly the long one', () => length('long'), 'long'],
    ['one less than the long one', () => length('long') - 1, 'standard'],
    ['exactly the short one', () => length('short'), 'short'],
    ['less than the short one', () => length('short') - 1, undefined],
    ['zero', () => 0, undefined],
  ])('%s', (_, maxLength, expected) => {
    expect(pickVariant(bundledCampaign, 'ru', maxLength())).toBe(expected);
  });

  it('measures the format it is asked for', () => {
    const between = length('standard', 'html') - 1;
    expect(pickVariant(bundledCampaign, 'ru', between, 'html')).toBe('short');
    expect(pickVariant(bundledCampaign, 'ru', between, 'text')).toBe('standard');
  });
});
