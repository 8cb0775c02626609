import { describe, expect, it } from 'vitest';
import { type Counter, measure } from '@/utils/place';

const URL_ = 'https://rupression.com/en/how-the-fsb-is-manufacturing-a-terrorism-case-against-antifascists-in-russia/';

describe('measure: each network counts its own way', () => {
  it.each([
    // X: weighted; every URL 23; Cyrillic 1, emoji 2, CJK 2.
    ['x', 'Солидарность', 12],
    ['x', `Read ${URL_}`, 5 + 23],
    ['x', '✊🏽', 2],
    ['x', '日本', 4],
    // Bluesky: grapheme clusters, links as written.
    ['graphemes', '✊🏽', 1],
    ['graphemes', `Read ${URL_}`, 5 + URL_.length],
    ['graphemes', '🇷🇺', 1],
    // Mastodon: graphemes, every link 23.
    ['mastodon', `Read ${URL_}`, 5 + 23],
    ['mastodon', '👨‍👩‍👧 Солидарность', 1 + 1 + 12],
    // UTF-16 code units, as maxlength counts.
    ['utf16', '✊🏽', 3], // U+270A, then a skin tone outside the BMP
    ['utf16', '👨‍👩‍👧', 8],
    ['utf16', `Read ${URL_}`, 5 + URL_.length],
  ] as const)('%s counts %j as %i', (counter: Counter, text, expected) => {
    expect(measure(text, counter)).toBe(expected);
  });

  it('UTF-16 never counts less than graphemes, so it is the safe count where a network does not say', () => {
    for (const text of ['Солидарность ✊🏽', URL_, '👨‍👩‍👧🇷🇺e\u0301', '日本語']) {
      expect(measure(text, 'utf16')).toBeGreaterThanOrEqual(measure(text, 'graphemes'));
    }
  });
});
