import { describe, expect, it } from 'vitest';
import de from '@/public/_locales/de/messages.json';
import en from '@/public/_locales/en/messages.json';
import nl from '@/public/_locales/nl/messages.json';
import ru from '@/public/_locales/ru/messages.json';
import { CHECK_REASONS } from '@/utils/feed/check-reason';
import { lastCheck } from '@/utils/storage/update-state';

type Messages = Record<string, { message: string }>;
const LOCALES = { en, ru, nl, de } as Record<string, Messages>;

describe('check reason codes', () => {
  it.each(Object.keys(LOCALES))('%s says every code in its own words, with no placeholder left to fill', (lang) => {
    const messages = LOCALES[lang] as Messages;
    for (const code of CHECK_REASONS) {
      const text = messages[`optionsReason_${code}`]?.message;
      expect(text, code).toBeTruthy();
      expect(text, code).not.toMatch(/\$\d/);
      if (lang !== 'en')
        expect(text, `${lang} ${code} is translated`).not.toBe(en[`optionsReason_${code}` as keyof typeof en]?.message);
    }
    expect(messages.optionsCheckDetail?.message).toBeTruthy();
  });

  it('no locale has a reason string for a code that does not exist', () => {
    for (const messages of Object.values(LOCALES)) {
      const keys = Object.keys(messages).filter((key) => key.startsWith('optionsReason_'));
      expect(keys.map((key) => key.slice('optionsReason_'.length)).sort()).toEqual([...CHECK_REASONS].sort());
    }
  });

  it('a stored check keeps its code; an unknown or missing code leaves only the English reason', async () => {
    await lastCheck.setValue({ at: 1, ok: false, code: 'rollback', reason: 'version 1 is older' });
    expect(await lastCheck.getValue()).toEqual({ at: 1, ok: false, code: 'rollback', reason: 'version 1 is older' });
    await lastCheck.setValue({ at: 1, ok: false, code: 'fromTheFuture' as never, reason: 'something new' });
    expect(await lastCheck.getValue()).toEqual({ at: 1, ok: false, reason: 'something new' });
    await lastCheck.setValue({ at: 1, ok: true, reason: 'up to date (version 3)' });
    expect(await lastCheck.getValue()).toEqual({ at: 1, ok: true, reason: 'up to date (version 3)' });
  });
});
