import { LANGS, type Lang } from '@/utils/campaign/schema';
import { pickLang } from '@/utils/i18n/pick-lang';

/**
 * A synchronous copy of `langSetting` in the extension's localStorage: the
 * blocking head script must pick the prerendered language before the first
 * paint, and extension storage is only asynchronous.
 */
export const LANG_MIRROR_KEY = 'solidarity-call.lang';

const isLang = (value: unknown): value is Lang => LANGS.includes(value as Lang);

/** The remembered choice if any, else the browser's UI language (English when we don't speak it). */
export function chooseLang(mirror: string | null, uiLanguage: string | undefined): Lang {
  return isLang(mirror) ? mirror : pickLang(uiLanguage);
}

export function readLangMirror(): string | null {
  try {
    return localStorage.getItem(LANG_MIRROR_KEY);
  } catch {
    return null;
  }
}

export function writeLangMirror(lang: Lang | null): void {
  try {
    if (lang) localStorage.setItem(LANG_MIRROR_KEY, lang);
    else localStorage.removeItem(LANG_MIRROR_KEY);
  } catch {
    // Storage disabled (some hardened profiles): the choice still lives in langSetting.
  }
}

export function browserUiLanguage(): string | undefined {
  // biome-ignore lint/suspicious/noExplicitAny: read before any module loads, from whichever global the browser has
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  try {
    return api?.i18n?.getUILanguage?.() ?? navigator.language;
  } catch {
    return navigator.language;
  }
}
