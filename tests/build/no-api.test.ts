import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { NO_API_STEPS, NO_API_STYLESHEET, noApiSection } from '../../scripts/no-api-fallback';
import { CHOOSE_LANG_SCRIPT } from '../../scripts/prerender-popup';
import { LANGS } from '../../utils/campaign/schema';
import { extensionDir, ROOT } from '../support/paths';

const messages = (lang: string) =>
  JSON.parse(readFileSync(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8')) as Record<
    string,
    { message: string }
  >;

const parse = (html: string) => {
  const document = new Window().document;
  document.write(html);
  return document;
};

/**
 * The pages Firefox may open without the extension API (a private window the extension is not allowed in) explain,
 * in the built HTML itself, how to allow it; the head script and the stylesheet that show it come first.
 */
describe.each(['chrome', 'firefox'] as const)('%s build: pages that explain themselves without the API', (browser) => {
  for (const page of ['popup.html', 'options.html']) {
    it(`${page}: the explanation in every language, the head script first, the stylesheet shipped`, () => {
      const dir = extensionDir(browser, 'production');
      const document = parse(readFileSync(join(dir, page), 'utf8'));
      expect(document.head.firstElementChild?.getAttribute('src')).toBe(`/${CHOOSE_LANG_SCRIPT}`);
      expect(document.head.querySelector(`link[rel=stylesheet][href="/${NO_API_STYLESHEET}"]`)).not.toBeNull();
      expect(existsSync(join(dir, NO_API_STYLESHEET))).toBe(true);
      for (const lang of LANGS) {
        const section = document.querySelector(`#no-api > section[lang="${lang}"]`);
        const name = messages(lang).extName?.message ?? '';
        expect(section?.querySelector('[role=heading][aria-level="1"]')?.textContent, lang).toContain(name);
        expect(section?.querySelectorAll('ol > li').length, lang).toBe(NO_API_STEPS.length);
        expect(section?.textContent, lang).toContain('about:addons');
        expect(section?.textContent, lang).not.toContain('$1');
      }
      // Nothing to click, and no <h1>: the working page's own h1 stays the first one.
      expect(document.querySelectorAll('#no-api a, #no-api button, #no-api input, #no-api h1').length).toBe(0);
    });
  }
});

describe('noApiSection', () => {
  it('escapes what it quotes from the messages', () => {
    const html = noApiSection('en', { extName: { message: 'A <b>&' } }, messages('en'));
    expect(html).toContain('A &lt;b&gt;&amp;');
    expect(html).not.toContain('<b>');
  });
});
