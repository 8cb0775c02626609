import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANGS, type Lang } from '@/utils/campaign/langs';
import { loadNoticeStrings, noticeStrings } from '@/utils/i18n/notice-strings';
import { makeStrings } from '@/utils/i18n/strings';
import { REFUSALS } from '@/utils/insert/protocol';

const localeText = (lang: string) =>
  readFileSync(join(import.meta.dirname, `../../../public/_locales/${lang}/messages.json`), 'utf8');
const locale = (lang: Lang) => JSON.parse(localeText(lang));
const NOTICES = Object.fromEntries(
  LANGS.map((l) => [l, noticeStrings(makeStrings(l, locale(l), locale('en')))]),
) as Record<Lang, ReturnType<typeof noticeStrings>>;

afterEach(() => vi.unstubAllGlobals());

describe('noticeStrings: the notice in the language of the message, from that language’s own file', () => {
  it.each(LANGS)('%s has a sentence for every refusal, the site as {site}', (lang) => {
    const notice = NOTICES[lang];
    for (const reason of REFUSALS) {
      expect(notice.reasons[reason], reason).not.toBe('');
      expect(notice.reasons[reason], reason).not.toMatch(/^insertRefused_/);
    }
    expect(notice.reasons['cross-origin-frame']).toContain('{site}');
    expect(notice.reasons['cross-origin-frame']).not.toMatch(/\$/);
    expect(notice.crossOriginUnknown).not.toBe('');
    expect(notice.copy).toBe(locale(lang).insertCopy.message);
  });
  it('the Russian notice is Russian', () => {
    expect(NOTICES.ru.reasons.password).toMatch(/[а-я]/);
  });
  it('loads every language from the extension’s own _locales files', async () => {
    vi.stubGlobal('fetch', async (url: string) => {
      const lang = /_locales\/(\w+)\/messages\.json$/.exec(url)?.[1] ?? '';
      return new Response(localeText(lang));
    });
    expect(await loadNoticeStrings()).toEqual(NOTICES);
  });
});
