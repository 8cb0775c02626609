import type en from '@/public/_locales/en/messages.json';
import type { Lang } from '@/utils/campaign/langs';

/** Every UI string's name: the keys of the English file, so a key that does not exist fails `tsc`. */
export type MessageKey = keyof typeof en;

/** A `_locales/<lang>/messages.json` file as the browser reads it. */
export type MessagesFile = Partial<
  Record<string, { message?: string; placeholders?: Partial<Record<string, { content?: string }>> }>
>;

/** The UI strings of one language: the one translation function every context uses. */
export interface Strings {
  lang: Lang;
  /** The message for `key` with `$1`…`$9` replaced by `subs`; English where the language lacks it. */
  t(key: MessageKey, ...subs: string[]): string;
}

/**
 * Strings from the same files browser.i18n reads, resolved as browser.i18n does (named `$NAME$` placeholders,
 * then `$1`…, `$$`), but for any language: browser.i18n is fixed to the browser's and cannot follow the user's
 * choice. https://developer.chrome.com/docs/extensions/reference/api/i18n#placeholders
 */
export function makeStrings(lang: Lang, messages: MessagesFile, english: MessagesFile = {}): Strings {
  return {
    lang,
    t(key, ...subs) {
      const entry = messages[key]?.message === undefined ? english[key] : messages[key];
      return (entry?.message ?? key)
        .replace(/\$([a-z]\w*)\$/gi, (all, name: string) => entry?.placeholders?.[name.toLowerCase()]?.content ?? all)
        .replace(/\$(\d|\$)/g, (_, n: string) => (n === '$' ? '$' : (subs[Number(n) - 1] ?? '')));
    },
  };
}
