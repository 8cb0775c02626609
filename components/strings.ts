import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type en from '@/public/_locales/en/messages.json';
import type { Lang } from '@/utils/campaign/schema';

/**
 * The popup's UI strings come from the same _locales/<lang>/messages.json files
 * browser.i18n reads, but are loaded by us: browser.i18n is fixed to the browser's
 * UI language and cannot follow the popup's language switch.
 */
export type MessageKey = keyof typeof en;
export type MessagesFile = Partial<Record<string, { message?: string }>>;

export interface Strings {
  lang: Lang;
  /** The message for `key` with `$1`…`$9` replaced by `subs`; English where the language lacks it. */
  t(key: MessageKey, ...subs: string[]): string;
}

export function makeStrings(lang: Lang, messages: MessagesFile, fallback: MessagesFile = {}): Strings {
  return {
    lang,
    t(key, ...subs) {
      const template = messages[key]?.message ?? fallback[key]?.message ?? key;
      return template.replace(/\$(\d|\$)/g, (_, n: string) => (n === '$' ? '$' : (subs[Number(n) - 1] ?? '')));
    },
  };
}

const StringsContext = createContext<Strings>(makeStrings('en', {}));
export const StringsProvider = StringsContext.Provider;
export const useStrings = () => useContext(StringsContext);
