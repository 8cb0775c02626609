import { describe, expect, it } from 'vitest';
import { countChars, firstLang, firstVariant, roomFor } from '@/components/message-choice';

const lengths = { short: 230, standard: 470, long: 1200 };

describe('the first version shown (and sent by Insert)', () => {
  it('the user’s setting wins', () => {
    expect(firstVariant({ place: 'x', limit: 280, fieldKind: 'input' }, lengths, 'long')).toBe('long');
  });
  it('no probe (no tab, no answer, an older background): standard', () => {
    expect(firstVariant(null, lengths, null)).toBe('standard');
  });
  it('a single-line field: short', () => {
    expect(firstVariant({ place: 'unknown', limit: null, fieldKind: 'input' }, lengths, null)).toBe('short');
  });
  it('a textarea with no limit: the whole message', () => {
    expect(firstVariant({ place: 'unknown', limit: null, fieldKind: 'textarea' }, lengths, null)).toBe('long');
    expect(firstVariant({ place: 'unknown', limit: null, fieldKind: 'rich' }, lengths, null)).toBe('standard');
  });
  it('a limit: the longest that fits it, and the field’s maxlength when smaller', () => {
    expect(firstVariant({ place: 'mastodon', limit: 500, fieldKind: 'rich' }, lengths, null)).toBe('standard');
    expect(firstVariant({ place: 'x', limit: 280, fieldKind: 'rich' }, lengths, null)).toBe('short');
    expect(firstVariant({ place: 'unknown', limit: null, fieldKind: 'textarea', room: 2000 }, lengths, null)).toBe(
      'long',
    );
    expect(roomFor({ place: 'mastodon', limit: 500, room: 300 })).toBe(300);
    expect(firstVariant({ place: 'x', limit: 100, fieldKind: 'rich' }, lengths, null)).toBe('short');
  });
});

describe('the message language', () => {
  it('follows what the page is told, unless the user chose one', () => {
    expect(firstLang('ru', false, { place: 'x', limit: 280, pageLang: 'en' })).toBe('en');
    expect(firstLang('ru', true, { place: 'x', limit: 280, pageLang: 'en' })).toBe('ru');
    expect(firstLang('nl', false, null)).toBe('nl');
  });
});

it('counts what a reader sees as one character as one', () => {
  expect(countChars('Penza 👩🏽‍⚖️ é')).toBe(9);
});
