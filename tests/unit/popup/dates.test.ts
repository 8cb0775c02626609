import { describe, expect, it } from 'vitest';
import { formatDate } from '@/components/dates';

describe('formatDate: as precise as the campaign’s source, in the popup’s language', () => {
  it.each([
    ['2018', 'en', '2018'],
    ['2018-02', 'en', 'February 2018'],
    ['2018-02', 'de', 'Februar 2018'],
    ['2019-01-17', 'en', '17 January 2019'],
    ['2019-01-17', 'nl', '17 januari 2019'],
    ['2019-01-17', 'ru', '17 января 2019 г.'],
  ] as const)('%s in %s → %s', (date, lang, shown) => {
    expect(formatDate(date, lang)).toBe(shown);
  });
});
