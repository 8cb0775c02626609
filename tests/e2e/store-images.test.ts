import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import campaign from '../../assets/campaign.json';
import { type ChromiumSession, launchChromium } from '../support/chromium-session';
import { type FixtureServer, startServer } from '../support/local-server';
import { extensionDir, ROOT } from '../support/paths';
import { buildFixtures } from './fixtures/build-fixtures';

// Store images, 1280 × 800 (the Chrome Web Store takes only that or 640 × 400; AMO recommends it): each is a page
// of our own showing real screenshots of the extension in Chromium, with a caption from the locale files.
// Tracked images are rewritten only when asked: `UPDATE_SCREENSHOTS=1`. Otherwise every image is still made and
// checked in memory, and the committed one must exist at the store's size.
const OUT = join(ROOT, 'docs/store-images');
const UPDATE = process.env.UPDATE_SCREENSHOTS === '1';
const SIZE = { width: 1280, height: 800 };
const LANGS = ['en', 'ru'] as const;
type Lang = (typeof LANGS)[number];
type Name = 'popup' | 'insert' | 'options' | 'welcome';

/** Headline and line under it, each a key of public/_locales: what the extension itself says, not a new claim. */
const CAPTIONS: Record<Name, [string, string]> = {
  popup: ['actionTitle', 'extDescription'],
  insert: ['menuInsert', 'welcomePrivacy2'],
  options: ['optionsTitle', 'optionsTemplateHeading'],
  welcome: ['welcomeTitle', 'welcomePrivacy1'],
};

function messages(lang: Lang): Record<string, string> {
  const file = join(ROOT, `public/_locales/${lang}/messages.json`);
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  return Object.fromEntries(Object.entries(json).map(([key, value]) => [key, value.message]));
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** Whether a picture shows something: a blank or single-colour one has only a handful of colours. */
function colours(png: Uint8Array): { width: number; height: number; count: number } {
  const image = PNG.sync.read(Buffer.from(png));
  const seen = new Set<number>();
  for (let i = 0; i < image.data.length; i += 4 * 7)
    seen.add(((image.data[i] ?? 0) << 16) | ((image.data[i + 1] ?? 0) << 8) | (image.data[i + 2] ?? 0));
  return { width: image.width, height: image.height, count: seen.size };
}

/**
 * The canvas: our own page at 1280 × 800, the caption beside (a portrait shot) or above (a landscape one) the
 * screenshot, rendered and screenshotted by the browser. Screenshots are never enlarged, so text stays sharp.
 */
async function compose(
  context: BrowserContext,
  lang: Lang,
  name: Name,
  shot: Uint8Array,
  layout: 'side' | 'top',
): Promise<Uint8Array> {
  const strings = messages(lang);
  const [headline, line] = CAPTIONS[name].map((key) => {
    const text = strings[key];
    if (!text) throw new Error(`no ${key} in ${lang}`);
    return escapeHtml(text);
  });
  const page = await context.newPage();
  await page.setViewportSize(SIZE);
  await page.setContent(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
    html, body { margin: 0; width: ${SIZE.width}px; height: ${SIZE.height}px; overflow: hidden; }
    body { box-sizing: border-box; padding: 48px 56px; display: flex; gap: 40px;
      flex-direction: ${layout === 'side' ? 'row' : 'column'}; align-items: ${layout === 'side' ? 'center' : 'stretch'};
      background: linear-gradient(135deg, #1a1a1a 0%, #2a1414 60%, #b71c1c 160%); color: #fff;
      font-family: system-ui, "DejaVu Sans", sans-serif; }
    .caption { flex: ${layout === 'side' ? '1 1 0' : '0 0 auto'}; }
    .mark { width: 56px; height: 6px; background: #b71c1c; margin-bottom: 20px; }
    h1 { margin: 0 0 14px; font-size: ${layout === 'side' ? 44 : 38}px; line-height: 1.15; font-weight: 700; }
    p { margin: 0; font-size: ${layout === 'side' ? 24 : 22}px; line-height: 1.4; color: #e6e0df; max-width: 1100px; }
    .shot { flex: 1 1 0; min-height: 0; display: flex; align-items: center; justify-content: center; }
    .shot img { max-width: 100%; max-height: 100%; border-radius: 10px; box-shadow: 0 18px 50px rgba(0,0,0,.55); }
  </style></head><body>
    <div class="caption"><div class="mark"></div><h1>${headline}</h1><p>${line}</p></div>
    <div class="shot"><img alt="" src="data:image/png;base64,${Buffer.from(shot).toString('base64')}"></div>
  </body></html>`);
  await page.locator('.shot img').evaluate((img: HTMLImageElement) => img.decode());
  const png = await page.screenshot();
  await page.close();
  return png;
}

/** The checks every image passes, and the only place one is written. */
function keep(name: Name, lang: Lang, png: Uint8Array): void {
  const made = colours(png);
  expect({ width: made.width, height: made.height }).toEqual(SIZE);
  expect(made.count, `${name}-${lang} has too few colours to show anything`).toBeGreaterThan(200);
  const file = join(OUT, `${name}-${lang}.png`);
  if (UPDATE) {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(file, png);
  }
  expect(existsSync(file), `${file} is missing: run with UPDATE_SCREENSHOTS=1`).toBe(true);
  const committed = PNG.sync.read(readFileSync(file));
  expect({ width: committed.width, height: committed.height }).toEqual(SIZE);
}

/** A real screenshot of the extension is not blank either. */
function real(png: Uint8Array): Uint8Array {
  expect(colours(png).count).toBeGreaterThan(20);
  return png;
}

/** Only the Lexical fixture page (page.html), bundled with the real editor: quicker than every fixture. */
const lexicalFixture = () =>
  buildFixtures({ pages: ['page.html'], outdir: mkdtempSync(join(tmpdir(), 'sc-store-fixture-')) });

/** A page's screenshot at the size the canvas shows it, so that it is not scaled. */
const PAGE_SHOT = { width: 1100, height: 540 };
const SWITCH: Record<Lang, string> = { en: 'EN English', ru: 'RU Русский' };
const LOCALES: Record<Lang, string> = { en: 'en-US', ru: 'ru' };

describe('store images, 1280 × 800, from the real extension in Chromium', () => {
  let server: FixtureServer;
  let fixtureDir: string;
  beforeAll(async () => {
    fixtureDir = await lexicalFixture();
    server = await startServer({ root: fixtureDir });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(fixtureDir, { recursive: true, force: true });
  });

  for (const lang of LANGS) {
    describe(lang, () => {
      let chromium: ChromiumSession;
      let popup: Page;
      beforeAll(async () => {
        // The browser in that language: the popup and the options page follow it, as for a new user.
        chromium = await launchChromium({ locale: LOCALES[lang] });
      });
      afterAll(() => chromium?.close());

      it('the popup', async () => {
        popup = await chromium.context.newPage();
        await popup.setViewportSize({ width: 380, height: 600 });
        await popup.goto(`chrome-extension://${chromium.extensionId}/popup.html`);
        await popup.locator('.popup:not([data-prerender])').first().waitFor();
        await expect(popup.locator('h1').textContent()).resolves.toBe(campaign.title[lang]);
        keep('popup', lang, await compose(chromium.context, lang, 'popup', real(await popup.screenshot()), 'side'));
      });

      it('an insertion into a composer (Lexical), through the runtime message the popup sends', async () => {
        const page = await chromium.context.newPage();
        await page.setViewportSize({ width: 900, height: 900 });
        await page.goto(`${server.url}/page.html?case=lexical`);
        await expect.poll(() => page.evaluate('Boolean(window.fixture?.ready)')).toBe(true);
        const point = (await page.evaluate('window.fixture.clickPoint()')) as { x: number; y: number };
        await page.mouse.click(point.x, point.y);
        const tabId = await popup.evaluate(async (url) => {
          // biome-ignore lint/suspicious/noExplicitAny: the extension API in an extension page
          const tabs: { id: number; url?: string }[] = await (globalThis as any).chrome.tabs.query({});
          return tabs.find((t) => t.url?.startsWith(url))?.id;
        }, server.url);
        await page.bringToFront();
        const outcome = (await popup.evaluate(
          // biome-ignore lint/suspicious/noExplicitAny: the extension API in an extension page
          (message) => (globalThis as any).chrome.runtime.sendMessage(message),
          // Standard, the version for Mastodon-sized composers: the whole of it fits in the picture.
          { type: 'insert-call', tabId, lang, variant: 'standard' },
        )) as { inserted: boolean };
        expect(outcome, JSON.stringify(outcome)).toMatchObject({ inserted: true });
        // The editor's own model has the call, links included.
        const model = String(await page.evaluate('window.fixture.model()'));
        expect(model).toMatch(/https:\/\/\S+/);
        const editor = page.locator('[contenteditable]').first();
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        const box = await editor.boundingBox();
        if (!box) throw new Error('no editor on the page');
        const pad = 20;
        const shot = await page.screenshot({
          clip: { x: box.x - pad, y: box.y - pad, width: box.width + 2 * pad, height: box.height + 2 * pad },
        });
        keep('insert', lang, await compose(chromium.context, lang, 'insert', real(shot), 'top'));
        await page.close();
      });

      it('the options page', async () => {
        const page = await chromium.context.newPage();
        await page.setViewportSize(PAGE_SHOT);
        await page.goto(`chrome-extension://${chromium.extensionId}/options.html`);
        await page.locator('#template').waitFor();
        // Down to the user's own wording, which the caption names.
        await page.locator('#template').evaluate((el) => (el.closest('.card, section') ?? el).scrollIntoView());
        await expect(page.title()).resolves.toBe(messages(lang).optionsTitle);
        keep('options', lang, await compose(chromium.context, lang, 'options', real(await page.screenshot()), 'top'));
        await page.close();
      });
    });
  }

  it('the welcome page, opened on install by the production build, in each language', async () => {
    // One launch for both languages, quicker than two: the page follows its own language switch at once.
    const production = await launchChromium({ dir: extensionDir('chrome', 'production'), locale: LOCALES.en });
    try {
      const find = () => production.context.pages().find((p) => p.url().endsWith('/welcome.html'));
      await expect.poll(() => Boolean(find()), { timeout: 15_000 }).toBe(true);
      const page = find() as Page;
      await page.setViewportSize(PAGE_SHOT);
      await page.locator('h1').waitFor();
      for (const lang of LANGS) {
        // The page's own language choice, as a reader would use it.
        await page.getByRole('button', { name: SWITCH[lang] }).click();
        await expect.poll(() => page.locator('h1').textContent()).toBe(messages(lang).welcomeTitle);
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        const shot = real(await page.screenshot());
        keep('welcome', lang, await compose(production.context, lang, 'welcome', shot, 'top'));
      }
    } finally {
      await production.close();
    }
  });
});
