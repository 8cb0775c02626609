import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import de from '@/public/_locales/de/messages.json';
import en from '@/public/_locales/en/messages.json';
import nl from '@/public/_locales/nl/messages.json';
import ru from '@/public/_locales/ru/messages.json';

type Messages = Record<string, { message: string }>;
const english = en as Messages;
const optionKeys = Object.keys(english).filter((key) => key.startsWith('options'));
const holes = (text: string) => [...text.matchAll(/\$\d/g)].map((m) => m[0]).sort();

describe('options page strings', () => {
  it('exist in English', () => {
    expect(optionKeys.length).toBeGreaterThan(30);
  });

  it.each([
    ['ru', ru],
    ['nl', nl],
    ['de', de],
  ])('%s has every one, with the same $n placeholders as English', (_lang, messages) => {
    for (const key of optionKeys) {
      const message = (messages as Messages)[key]?.message;
      expect(message, key).toBeTruthy();
      expect(holes(message ?? ''), key).toEqual(holes(english[key]?.message ?? ''));
    }
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
