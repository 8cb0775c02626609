import { LANGS, type Lang } from '@/utils/campaign/langs';
import { pickLang } from '@/utils/i18n/pick-lang';

/*
 * The language our own pages speak (popup, welcome): the user's saved choice (`langSetting`), else the
 * browser's. The background names the choice in the popup's URL (utils/i18n/popup-language.ts), the popup keeps
 * a synchronous mirror of it, and the head script reads both before the first paint.
 */

/**
 * A synchronous copy of `langSetting` in the extension's localStorage: the
 * blocking head script must pick the prerendered language before the first
 * paint, and extension storage is only asynchronous. Private browsing empties
 * this storage when the browser closes (every window of Tor Browser is private),
 * so the background also names the language in the popup's URL (popupPath).
 */
export const LANG_MIRROR_KEY = 'solidarity-call.lang';

/** The query parameter that carries the saved language in the popup's URL. */
export const LANG_PARAM = 'lang';

const isLang = (value: unknown): value is Lang => LANGS.includes(value as Lang);

/** The popup page for a saved language: the head script reads it before the first paint, no storage needed. */
export function popupPath(lang: Lang | null): string {
  return lang ? `popup.html?${LANG_PARAM}=${lang}` : 'popup.html';
}

/** The language named in a page's query string, if it is one we speak. */
export function langFromUrl(search: string): Lang | null {
  const value = new URLSearchParams(search).get(LANG_PARAM);
  return isLang(value) ? value : null;
}

/** The remembered choice if any, else the browser's UI language (English when we don't speak it). */
export function chooseLang(saved: string | null, uiLanguage: string | undefined): Lang {
  return isLang(saved) ? saved : pickLang(uiLanguage);
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

// biome-ignore lint/suspicious/noExplicitAny: read before any module loads, from whichever global the browser has
const extensionApi = (): any => (globalThis as any).browser ?? (globalThis as any).chrome;

/**
 * Whether this page has the extension API. Firefox loads our pages without it in a private window until the user
 * allows the extension there; `runtime.id` is checked because Chromium gives some web pages a bare `chrome.runtime`.
 */
export function hasExtensionApi(): boolean {
  try {
    return typeof extensionApi()?.runtime?.id === 'string';
  } catch {
    return false;
  }
}

/**
 * The browser's interface language. Without the API, Intl's default locale: it follows the interface in extension
 * pages, while navigator.language is what pages are told (en-US under Tor Browser's spoof_english).
 */
export function browserUiLanguage(): string | undefined {
  try {
    const ui = extensionApi()?.i18n?.getUILanguage?.();
    if (ui) return ui;
  } catch {
    // No API in this page: see below.
  }
  try {
    return Intl.DateTimeFormat().resolvedOptions().locale || navigator.language;
  } catch {
    return navigator.language;
  }
}

/**
 * The head script of the popup and the options page (choose-lang.js, bundled alone by scripts/prerender-popup.ts;
 * a blocking classic script, external because MV3's CSP forbids inline ones). It runs before the body is parsed,
 * so the first paint already shows the prerendered copy in the right language and, where the page has no extension
 * API, only the explanation of how to allow it (public/no-api.css: shown unless <html data-api> is set here).
 */
export function markPageBeforePaint(): void {
  const html = document.documentElement;
  html.lang = chooseLang(langFromUrl(location.search) ?? readLangMirror(), browserUiLanguage());
  if (hasExtensionApi()) html.setAttribute('data-api', '');
}
