import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledMessages } from '@/utils/campaign/bundled';
import { LANGS, type Lang } from '@/utils/campaign/schema';
import { noticeStrings } from '@/utils/i18n/notice-strings';
import { makeStrings } from '@/utils/i18n/strings';
import { renderPrepared } from '@/utils/insert/background/prepare';
import { renderMessage } from '@/utils/message/render';

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
