import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import de from '@/public/_locales/de/messages.json';
import en from '@/public/_locales/en/messages.json';
import nl from '@/public/_locales/nl/messages.json';
import ru from '@/public/_locales/ru/messages.json';
import type { MessagesFile } from '@/utils/i18n/strings';

/**
 * Code names its keys as `MessageKey`, the keys of the English file, so `tsc` refuses a key English lacks;
 * these tests make every other language carry each of them, with the same holes.
 */
const english = en as MessagesFile;
const keys = Object.keys(english);
const TRANSLATIONS = { ru, nl, de } as Record<string, MessagesFile>;

/** The `$1`… a message fills, once its named placeholders are resolved to their content. */
function holes(messages: MessagesFile, key: string): string[] {
  const entry = messages[key];
  const text = (entry?.message ?? '').replace(
    /\$([a-z]\w*)\$/gi,
    (all, name: string) => entry?.placeholders?.[name.toLowerCase()]?.content ?? all,
  );
  return [...text.matchAll(/\$\d/g)].map((m) => m[0]).sort();
}

describe('the UI strings of every context (popup, options, welcome, menu, notices, manifest)', () => {
  it('are in English', () => {
    for (const context of ['popup', 'options', 'welcome', 'menu', 'insert', 'noApi'])
      expect(keys.filter((key) => key.startsWith(context)).length, context).toBeGreaterThan(3);
    expect(keys.filter((key) => key.startsWith('options')).length).toBeGreaterThan(30);
  });

  it.each(Object.keys(TRANSLATIONS))('%s has every one, with the same $n placeholders as English', (lang) => {
    const messages = TRANSLATIONS[lang] ?? {};
    for (const key of keys) {
      expect(messages[key]?.message, key).toBeTruthy();
      expect(holes(messages, key), key).toEqual(holes(english, key));
      expect(Object.keys(messages[key]?.placeholders ?? {}), key).toEqual(
        Object.keys(english[key]?.placeholders ?? {}),
      );
    }
  });

  it.each(Object.keys(TRANSLATIONS))('%s has no key English lacks (code could never ask for it)', (lang) => {
    expect(Object.keys(TRANSLATIONS[lang] ?? {}).filter((key) => !(key in english))).toEqual([]);
  });
});

describe('the _locales files', () => {
  // JSON.parse keeps the last of two equal keys, so a doubled block from a merge would pass unseen.
  it.each(['en', 'ru', 'nl', 'de'])('%s has each key once', (lang) => {
    const text = readFileSync(`${import.meta.dirname}/../../../public/_locales/${lang}/messages.json`, 'utf8');
    const keys = [...text.matchAll(/^ {2}"([^"]+)": \{/gm)].map((m) => m[1]);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    expect(keys.length).toBe(Object.keys(JSON.parse(text)).length);
  });
});
