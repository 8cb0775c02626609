import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { LANGS, type Lang } from '../utils/campaign/langs';
import { type MessageKey, type MessagesFile, makeStrings } from '../utils/i18n/strings';
import { CHOOSE_LANG_SCRIPT } from './prerender-popup';

/**
 * Firefox opens our pages without the extension API in a private window until the user allows the extension
 * there (in Tor Browser every window is private): our scripts cannot run, so the page must explain itself.
 * A page that carries the placeholder gets, at build time, the explanation in every language, the head script
 * (choose-lang.js: picks the language, marks <html data-api> when the API is there) and no-api.css (shows the
 * explanation and hides the rest unless marked). Nothing that needs the API stays clickable.
 */
export const NO_API_PLACEHOLDER = '<div id="no-api"></div>';
export const NO_API_STYLESHEET = 'no-api.css';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The message keys of the explanation, in reading order; the welcome page can show the same steps. */
export const NO_API_STEPS: readonly MessageKey[] = [
  'noApiStepOpen',
  'noApiStepChoose',
  'noApiStepAllow',
  'noApiStepReopen',
];

/** The explanation in one language: the extension's name as about:addons shows it, in that language. */
export function noApiSection(lang: Lang, messages: MessagesFile, english: MessagesFile): string {
  const strings = makeStrings(lang, messages, english);
  const t = (key: MessageKey) => escapeHtml(strings.t(key, strings.t('extName')));
  const steps = NO_API_STEPS.map((key) => `<li>${t(key)}</li>`).join('');
  // A heading by role, not an <h1>: hidden in the working page, it must not be the first h1 a script or test finds.
  const title = `<p class="no-api-title" role="heading" aria-level="1">${t('noApiTitle')}</p>`;
  return `<section lang="${lang}">${title}<p>${t('noApiWhy')}</p><ol>${steps}</ol></section>`;
}

/** The explanation in every language; no-api.css shows the one <html lang> names. */
export function noApiMarkup(root = ROOT): string {
  const read = (lang: string): MessagesFile =>
    JSON.parse(readFileSync(join(root, `public/_locales/${lang}/messages.json`), 'utf8'));
  const english = read('en');
  return `<div id="no-api">${LANGS.map((lang) => noApiSection(lang, read(lang), english)).join('')}</div>`;
}

/** Fills the placeholder of any page that has one, and puts the head script and the stylesheet first in <head>. */
export function noApiFallbackPlugin(root = ROOT): Plugin {
  return {
    name: 'solidarity-call:no-api-fallback',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!html.includes(NO_API_PLACEHOLDER)) return html;
        const tags: HtmlTagDescriptor[] = [
          { tag: 'script', attrs: { src: `/${CHOOSE_LANG_SCRIPT}` }, injectTo: 'head-prepend' },
          { tag: 'link', attrs: { rel: 'stylesheet', href: `/${NO_API_STYLESHEET}` }, injectTo: 'head' },
        ];
        return { html: html.replace(NO_API_PLACEHOLDER, () => noApiMarkup(root)), tags };
      },
    },
  };
}
