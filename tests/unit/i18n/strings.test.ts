import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import ru from '@/public/_locales/ru/messages.json';
import { makeStrings } from '@/utils/i18n/strings';
import { chooseLang } from '@/utils/i18n/ui-lang';

describe('makeStrings: the one translation function', () => {
  it('fills $1 and falls back to English for a missing key', () => {
    const strings = makeStrings('ru', { popupSource: { message: 'Источник: $1' } }, { popupCopy: { message: 'Copy' } });
    expect(strings.t('popupSource', 'Meduza')).toBe('Источник: Meduza');
    expect(strings.t('popupCopy')).toBe('Copy');
  });

  it('resolves named placeholders as browser.i18n does, then $1', () => {
    const strings = makeStrings('ru', ru, en);
    const sentence = strings.t('insertRefused_cross_origin_frame', 'example.org');
    expect(sentence).toContain('example.org');
    expect(sentence).not.toMatch(/\$/);
    expect(makeStrings('en', { popupSource: { message: 'Costs $$5: $1' } }).t('popupSource', 'x')).toBe('Costs $5: x');
  });

  it('knows only the keys of the English file', () => {
    const { t } = makeStrings('en', en);
    // @ts-expect-error: a key the English file lacks fails tsc, in every context.
    expect(t('popupNoSuchKey')).toBe('popupNoSuchKey');
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
