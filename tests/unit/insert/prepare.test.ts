import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledMessages } from '@/utils/campaign/bundled';
import { LANGS, type Lang } from '@/utils/campaign/schema';
import { noticeStrings } from '@/utils/i18n/notice-strings';
import { makeStrings } from '@/utils/i18n/strings';
import { chooseText } from '@/utils/insert/choose-text';
import { insertLang, pageLang } from '@/utils/insert/page-lang';
import { renderPrepared } from '@/utils/insert/prepare';
import { renderMessage } from '@/utils/message/render';
import { placeFor, UNKNOWN_PLACE } from '@/utils/place';

const locale = (lang: Lang) =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../../public/_locales/${lang}/messages.json`), 'utf8'));
const NOTICES = Object.fromEntries(
  LANGS.map((l) => [l, noticeStrings(makeStrings(l, locale(l), locale('en')))]),
) as Record<Lang, ReturnType<typeof noticeStrings>>;

describe('renderPrepared', () => {
  const prepared = renderPrepared(
    bundledMessages,
    { savedLang: null, savedVariant: null, own: 'Mine: {link:campaign}' },
    NOTICES,
  );
  it('renders every version in every language, as the renderer does', () => {
    for (const lang of LANGS) {
      expect(prepared.langs[lang].texts.short).toBe(
        renderMessage(bundledMessages, { lang, variant: 'short', format: 'text' }),
      );
      expect(prepared.langs[lang].notice).toBe(NOTICES[lang]);
    }
  });
  it('renders the user’s own wording', () => {
    expect(prepared.langs.en.own).toMatch(/^Mine: https:\/\//);
  });
});

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

describe('chooseText: the place module’s choice on texts made fit for the field', () => {
  const texts = { short: 's'.repeat(200), standard: 'm'.repeat(450), long: 'l'.repeat(1200) };
  const prepared = { texts, hashtags: [], notice: NOTICES.en };
  const place = UNKNOWN_PLACE;
  it.each([
    [{ kind: 'textarea', room: null }, undefined, 'long'],
    [{ kind: 'rich', room: null }, undefined, 'standard'],
    [{ kind: 'textarea', room: 500 }, undefined, 'standard'],
    [{ kind: 'input', room: null }, undefined, 'short'],
    [{ kind: 'input', room: 100 }, undefined, undefined],
    [{ kind: 'rich', room: null }, 'long', 'long'],
    [{ kind: 'input', room: 100 }, 'long', undefined],
  ] as const)('%o, explicit %s → %s', (field, explicit, variant) => {
    expect(chooseText({ prepared, place, field, explicit })?.variant).toBe(variant);
  });
  it('X: the short version, whatever the field', () => {
    const x = placeFor({ host: 'x.com' });
    const real = {
      texts: { short: 'Short. https://example.org/a', standard: 'm'.repeat(450), long: 'l'.repeat(1200) },
      hashtags: [],
      notice: NOTICES.en,
    };
    expect(chooseText({ prepared: real, place: x, field: { kind: 'rich', room: null } })?.variant).toBe('short');
  });
  it('the saved default where it fits, else the place’s choice', () => {
    expect(chooseText({ prepared, place, field: { kind: 'rich', room: null }, saved: 'long' })?.variant).toBe('long');
    expect(chooseText({ prepared, place, field: { kind: 'textarea', room: 300 }, saved: 'long' })?.variant).toBe(
      'short',
    );
  });
  it('own wording where it fits, else the campaign’s', () => {
    const own = { ...prepared, own: 'o'.repeat(300) };
    expect(chooseText({ prepared: own, place, field: { kind: 'textarea', room: null } })?.variant).toBe('own');
    expect(chooseText({ prepared: own, place, field: { kind: 'textarea', room: 250 } })?.variant).toBe('short');
  });
  it('an <input> gets one line', () => {
    const lines = { ...prepared, texts: { ...texts, short: 'a\nb' } };
    expect(chooseText({ prepared: lines, place, field: { kind: 'input', room: null } })?.text).toBe('a b');
  });
});
