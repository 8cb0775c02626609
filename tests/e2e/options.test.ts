import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Campaign } from '@/utils/campaign/schema';
import { xLength } from '@/utils/message/fit';
import { renderMessage } from '@/utils/message/render';
import { AXE_RUN, serious, tabThrough } from '../support/a11y';
import { type ChromiumSession, launchChromium } from '../support/chromium-session';
import { type EitherPage, readStorage, writeStorage } from '../support/either-page';
import { type FirefoxSession, launchFirefox } from '../support/firefox-session';
import { type FixtureServer, startServer } from '../support/local-server';
import { ROOT } from '../support/paths';
import { pollFor } from '../support/poll-for';

interface Driver {
  openExtensionPage(path: string, selector: string): Promise<EitherPage>;
  openWebPage(url: string): Promise<EitherPage>;
  /** Switches a page to the dark scheme, where the browser can (Chromium); Firefox reads it only at start. */
  dark?(page: EitherPage): Promise<void>;
}

const campaign = JSON.parse(readFileSync(join(ROOT, 'assets/campaign.json'), 'utf8')) as Campaign;
const TEMPLATE = 'Free the antifascists of Penza and Petersburg! Свободу! {link:campaign}\nDonate:\n{donations}';
const render = (format: 'text' | 'html' | 'markdown', template = TEMPLATE) =>
  renderMessage(campaign, { lang: 'en', variant: 'standard', format, template });

/** Hostile HTML and what may be left of it. */
const HOSTILE_HTML: [string, string][] = [
  ['<p>hi<script>fired = true</script></p>', '<p>hi</p>'],
  ['<img src="x" onerror="fired = true">', '<img src="x">'],
  ['<a href="javascript:fired=true">x</a>', '<a>x</a>'],
  ['<a href="http://example.org/">x</a>', '<a>x</a>'],
  ['<a href="https://rupression.com/en/">x</a>', '<a href="https://rupression.com/en/">x</a>'],
  ['<svg><g onload="fired = true"></g></svg>', '<svg><g></g></svg>'],
  ['<iframe src="https://example.org/"></iframe><b>bold</b>', '<b>bold</b>'],
];

const text = (page: EitherPage, selector: string) =>
  page.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector);
const value = (page: EitherPage, selector: string) =>
  page.evaluate((s) => (document.querySelector(s) as HTMLTextAreaElement | null)?.value ?? '', selector);

function optionsStory(name: string, setup: (server: FixtureServer) => Promise<Driver>, close: () => unknown) {
  describe(`${name}: the options page's own wording`, () => {
    let server: FixtureServer;
    let driver: Driver;

    beforeAll(async () => {
      // utils/options/safe-fragment.ts on its own, for a plain page: DOMPurify judged by a real engine, not happy-dom.
      const sanitizer = await build({
        entryPoints: [join(ROOT, 'utils/options/safe-fragment.ts')],
        bundle: true,
        format: 'iife',
        globalName: 'SafeFragment',
        write: false,
        logLevel: 'error',
      });
      server = await startServer({
        routes: [
          (req: IncomingMessage, res: ServerResponse) => {
            if (req.url === '/safe-fragment.js') {
              res.writeHead(200, { 'content-type': 'text/javascript' });
              res.end(sanitizer.outputFiles[0]?.text);
              return true;
            }
            if (req.url !== '/sanitize.html') return false;
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
            res.end('<!doctype html><title>sanitize</title><script src="/safe-fragment.js"></script>');
            return true;
          },
          (req: IncomingMessage, res: ServerResponse) => {
            if (req.url !== '/field.html') return false;
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
            res.end('<!doctype html><title>field</title><textarea id="field" rows="12" cols="80"></textarea>');
            return true;
          },
        ],
      });
      driver = await setup(server);
    });
    afterAll(async () => {
      await close();
      await server?.close();
    });

    it('HTML we did not write becomes a fragment with no script, no handler, no non-https link', async () => {
      const page = await driver.openWebPage(`${server.url}/sanitize.html`);
      const results = await page.evaluate(
        async (cases) => {
          // biome-ignore lint/suspicious/noExplicitAny: the bundle's global
          const { toSafeFragment } = (globalThis as any).SafeFragment;
          (globalThis as unknown as { fired: boolean }).fired = false;
          const out = cases.map((html: string) => {
            const holder = document.createElement('div');
            document.body.append(holder);
            const fragment = toSafeFragment(html);
            holder.append(fragment);
            return { isFragment: fragment instanceof DocumentFragment, html: holder.innerHTML };
          });
          await new Promise((r) => setTimeout(r, 300));
          return { out, fired: (globalThis as unknown as { fired: boolean }).fired };
        },
        HOSTILE_HTML.map(([html]) => html),
      );
      expect(results.fired).toBe(false);
      expect(results.out).toEqual(HOSTILE_HTML.map(([, html]) => ({ isFragment: true, html })));
      await page.close();
    });

    it('typed wording is saved, comes back on a new page, and previews as the renderer makes it', async () => {
      const options = await driver.openExtensionPage('options.html', '#template');
      await options.type('#template', TEMPLATE);
      await pollFor(
        async () => (await options.evaluate(readStorage, ['customTemplate'])).customTemplate === TEMPLATE,
        'the template in storage',
      );
      await options.close();

      const again = await driver.openExtensionPage('options.html', '#template');
      await pollFor(async () => (await value(again, '#template')) === TEMPLATE, 'the template back in the editor');
      expect(await text(again, 'pre[data-format="text"]')).toBe(render('text'));
      expect(await text(again, 'pre[data-format="markdown"]')).toBe(render('markdown'));
      // The HTML preview is rendered (a sanitised fragment), its links the campaign's https links.
      const hrefs = await again.evaluate(
        () => [...document.querySelectorAll('.preview-html a')].map((a) => a.getAttribute('href')),
        undefined,
      );
      expect(hrefs).toContain(campaign.links.find((l) => l.id === 'campaign')?.url);
      expect(hrefs.every((href) => href?.startsWith('https://'))).toBe(true);
      expect(await again.evaluate(() => document.querySelectorAll('.preview-html script').length, undefined)).toBe(0);
      // X's count, shown as the user types, is the count of what would be posted.
      expect(await text(again, 'li[data-network="x"] strong')).toBe(String(xLength(render('text'))));
      await again.close();
    });

    it('inserting into a field puts exactly the previewed text there', async () => {
      const options = await driver.openExtensionPage('options.html', 'pre[data-format="text"]');
      await pollFor(async () => (await value(options, '#template')) === TEMPLATE, 'the saved template');
      const preview = await text(options, 'pre[data-format="text"]');
      const web = await driver.openWebPage(`${server.url}/field.html`);
      await web.click('#field');
      const tabId = await options.evaluate(async (url) => {
        // biome-ignore lint/suspicious/noExplicitAny: the page's own extension global
        const g = globalThis as any;
        const tabs = await (g.browser ?? g.chrome).tabs.query({});
        return tabs.find((t: { url?: string }) => t.url?.startsWith(url))?.id as number;
      }, server.url);
      await web.bringToFront();
      const outcome = await options.evaluate((id) => {
        // biome-ignore lint/suspicious/noExplicitAny: the page's own extension global
        const g = globalThis as any;
        return (g.browser ?? g.chrome).runtime.sendMessage({ type: 'insert-call', tabId: id });
      }, tabId);
      expect(outcome).toMatchObject({ inserted: true });
      expect(await value(web, '#field')).toBe(preview);
      await web.close();
      await options.close();
    });

    it('warns when no link is left, refuses an unknown placeholder without saving, and resets', async () => {
      const options = await driver.openExtensionPage('options.html', '#template');
      await options.click('#template');
      await options.type('#template', ' {oops}');
      await pollFor(
        async () => /\{oops\} is not a placeholder/.test(await text(options, '#template-status')),
        'the error',
      );
      // Saved as typed while it was valid (up to "{oops"); the invalid wording never reaches storage.
      expect((await options.evaluate(readStorage, ['customTemplate'])).customTemplate).not.toMatch(/\{oops\}/);

      await options.click('#template-clear');
      await options.type('#template', 'Solidarity with the Network case defendants.');
      await pollFor(async () => /has no link/.test(await text(options, '#template-status')), 'the no-link warning');

      await options.click('#reset');
      await pollFor(
        async () => (await options.evaluate(readStorage, ['customTemplate'])).customTemplate === undefined,
        'the template gone from storage',
      );
      // Storage is cleared first, then the page renders what it says: wait for the field, not only for storage.
      await pollFor(async () => (await value(options, '#template')) === '', 'the field emptied');
      expect(await text(options, 'pre[data-format="text"]')).toBe(
        renderMessage(campaign, { lang: 'en', variant: 'standard', format: 'text' }),
      );
      await options.close();
    });

    it('keyboard only: every control in order with a visible focus ring; axe-core finds nothing serious', async () => {
      const options = await driver.openExtensionPage('options.html', 'pre[data-format="text"]');
      const { names, unseen } = await tabThrough(options);
      const previewLinks = await options.evaluate(
        () => [...document.querySelectorAll('.preview-html a')].map((a) => a.textContent?.trim() ?? ''),
        undefined,
      );
      expect(previewLinks.length).toBeGreaterThan(0);
      // "Clear" is disabled while the campaign's own text is in use, so it is no stop.
      expect(names).toEqual([
        '#lang',
        '#variant',
        '#template',
        "Start from the campaign's text",
        ...previewLinks,
        '#mastodon',
        'Reset to defaults',
        'Welcome page: try the insertion, set a shortcut',
      ]);
      expect(unseen).toEqual([]);
      // A link followed from the preview opens beside the page, never in its place.
      expect(
        await options.evaluate(
          () => [...document.querySelectorAll('.preview-html a')].every((a) => a.getAttribute('target') === '_blank'),
          undefined,
        ),
      ).toBe(true);
      expect(serious(await options.evaluate(AXE_RUN))).toBe('');
      if (driver.dark) {
        await driver.dark(options);
        expect(await options.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches, undefined)).toBe(true);
        expect(serious(await options.evaluate(AXE_RUN))).toBe('');
      }
      await options.close();
    });

    it('speaks the language the user chose (here or in the popup), and switches in place when it changes', async () => {
      const title = (lang: string) =>
        (
          JSON.parse(readFileSync(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8')) as Record<
            string,
            { message: string }
          >
        ).optionsTitle?.message;
      const shows = async (page: EitherPage, lang: string) =>
        (await text(page, 'h1')) === title(lang) &&
        (await page.evaluate(() => `${document.documentElement.lang} ${document.title}`, undefined)) ===
          `${lang} ${title(lang)}`;
      const options = await driver.openExtensionPage('options.html', '#lang');
      await pollFor(() => shows(options, 'en'), 'the page in the browser language, English');
      // The popup's language switch writes the same setting.
      await options.evaluate(writeStorage, { lang: 'ru' });
      await pollFor(() => shows(options, 'ru'), 'the page in Russian');
      expect(await value(options, '#lang')).toBe('ru');
      await options.evaluate(() => {
        const select = document.querySelector('#lang') as HTMLSelectElement;
        select.value = 'de';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }, undefined);
      await pollFor(() => shows(options, 'de'), 'the page in German');
      expect((await options.evaluate(readStorage, ['lang'])).lang).toBe('de');
      await options.close();

      const again = await driver.openExtensionPage('options.html', '#lang');
      await pollFor(() => shows(again, 'de'), 'a new options page in German');
      await again.click('#reset');
      await pollFor(() => shows(again, 'en'), 'back to the browser language after a reset');
      await again.close();
    });
  });
}

let chromium: ChromiumSession | undefined;
optionsStory(
  'Chromium',
  async () => {
    const session = await launchChromium();
    chromium = session;
    return {
      async openExtensionPage(path, selector) {
        const page = await session.openExtensionPage(path);
        await page.waitForSelector(selector, { state: 'attached' });
        return page as unknown as EitherPage;
      },
      async openWebPage(url) {
        const page = await session.context.newPage();
        await page.goto(url);
        return page as unknown as EitherPage;
      },
      dark: (page) => (page as unknown as import('playwright-core').Page).emulateMedia({ colorScheme: 'dark' }),
    };
  },
  () => chromium?.close(),
);

let firefox: FirefoxSession | undefined;
optionsStory(
  'Firefox',
  async () => {
    const session = await launchFirefox();
    firefox = session;
    return {
      openExtensionPage: (path, selector) =>
        session.openExtensionPage(path, selector) as unknown as Promise<EitherPage>,
      async openWebPage(url) {
        const page = await session.browser.newPage();
        await page.goto(url);
        return page as unknown as EitherPage;
      },
    };
  },
  () => firefox?.close(),
);
