import { describe, expect, it } from 'vitest';
import { chooseLang } from '@/entrypoints/popup/lang-choice';
import { makeStrings } from '@/utils/i18n/strings';
import { MESSAGES } from './render-popup';

const popupKeys = Object.keys(MESSAGES.en).filter((key) => key.startsWith('popup'));

describe('popup UI strings', () => {
  it.each(['ru', 'nl', 'de'] as const)(
    '%s has every popup string, with the same $n placeholders as English',
    (lang) => {
      const messages = MESSAGES[lang] as Record<string, { message: string }>;
      for (const key of popupKeys) {
        expect(messages[key]?.message, key).toBeTruthy();
        const holes = (s: string) => [...s.matchAll(/\$\d/g)].map((m) => m[0]).sort();
        expect(holes(messages[key]?.message ?? ''), key).toEqual(
          holes((MESSAGES.en as Record<string, { message: string }>)[key]?.message ?? ''),
        );
      }
    },
  );

  it('fills $1 and falls back to English for a missing key', () => {
    const strings = makeStrings('ru', { popupSource: { message: 'Источник: $1' } }, { popupCopy: { message: 'Copy' } });
    expect(strings.t('popupSource', 'Meduza')).toBe('Источник: Meduza');
    expect(strings.t('popupCopy')).toBe('Copy');
  });
});

describe('chooseLang (the head script’s choice before first paint)', () => {
  it.each([
    [null, 'ru-RU', 'ru'],
    [null, 'de', 'de'],
    [null, 'fr-FR', 'en'],
    [null, undefined, 'en'],
    ['nl', 'ru-RU', 'nl'],
    ['xx', 'de-AT', 'de'],
  ])('mirror %j, UI %j → %s', (mirror, ui, lang) => {
    expect(chooseLang(mirror, ui)).toBe(lang);
  });
});
