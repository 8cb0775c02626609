import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledMessages } from '@/utils/campaign/bundled';
import { LANGS, type Lang } from '@/utils/campaign/schema';
import { noticeStrings, renderPrepared } from '@/utils/insert/background/prepare';
import { REFUSALS } from '@/utils/insert/protocol';
import { renderMessage } from '@/utils/message/render';

const locale = (lang: Lang) =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../../public/_locales/${lang}/messages.json`), 'utf8'));
const NOTICES = Object.fromEntries(LANGS.map((l) => [l, noticeStrings(locale(l))])) as Record<
  Lang,
  ReturnType<typeof noticeStrings>
>;

describe('noticeStrings: the notice in the language of the message, from that language’s own file', () => {
  it.each(LANGS)('%s has a sentence for every refusal, the site as {site}', (lang) => {
    const notice = NOTICES[lang];
    for (const reason of REFUSALS) expect(notice.reasons[reason], reason).not.toBe('');
    expect(notice.reasons['cross-origin-frame']).toContain('{site}');
    expect(notice.reasons['cross-origin-frame']).not.toMatch(/\$/);
    expect(notice.crossOriginUnknown).not.toBe('');
    expect(notice.copy).toBe(locale(lang).insertCopy.message);
  });
  it('the Russian notice is Russian', () => {
    expect(NOTICES.ru.reasons.password).toMatch(/[а-я]/);
  });
});

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
