import { describe, expect, it } from 'vitest';
import de from '@/public/_locales/de/messages.json';
import en from '@/public/_locales/en/messages.json';
import nl from '@/public/_locales/nl/messages.json';
import ru from '@/public/_locales/ru/messages.json';

const FILES = { en, ru, nl, de } as Record<string, Record<string, { message: string }>>;

describe('the extension’s name in each language', () => {
  it.each(['ru', 'nl', 'de'])('%s messages never name it in another language', (lang) => {
    const own = FILES[lang]?.extName?.message ?? '';
    const others = Object.entries(FILES)
      .filter(([l]) => l !== lang)
      .map(([, file]) => file.extName?.message ?? '')
      .filter((name) => !own.includes(name));
    for (const [key, { message }] of Object.entries(FILES[lang] ?? {}))
      for (const name of others) expect(message, `${lang}/${key}`).not.toContain(name);
  });

  it.each(['ru', 'nl', 'de'])('%s: the password refusal names the extension as that language does', (lang) => {
    const file = FILES[lang] ?? {};
    expect(file.insertRefused_password?.message.toLowerCase()).toContain(file.extName?.message.toLowerCase());
  });

  it('Russian writes ABC Moscow one way (АЧК-Москва) and uses “—”, not a spaced en dash', () => {
    for (const { message } of Object.values(ru as Record<string, { message: string }>)) {
      expect(message).not.toMatch(/АЧК(?!-Москва)/);
      expect(message).not.toContain(' – ');
    }
  });
});
