import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBrowser } from '../support/browsers';
import { type FixtureServer, startServer } from '../support/local-server';
import { buildFixtures } from './fixtures/build-fixtures';
import type { InputPath } from './fixtures/src/editor-page';
import { EDITOR_CASES } from './insert-editors';

/** How each editor's focused element takes typing, per browser: what its fixture is there to cover. */
const PATHS: Record<string, { chromium: InputPath; firefox: InputPath }> = {
  draft: { chromium: 'contenteditable', firefox: 'contenteditable' },
  slate: { chromium: 'contenteditable', firefox: 'contenteditable' },
  // Firefox has no EditContext: Monaco falls back to its hidden textarea there.
  monaco: { chromium: 'edit-context', firefox: 'textarea' },
  ace: { chromium: 'textarea', firefox: 'textarea' },
  ckeditor5: { chromium: 'contenteditable', firefox: 'contenteditable' },
  // In its iframe's document.
  tinymce: { chromium: 'contenteditable', firefox: 'contenteditable' },
  trix: { chromium: 'contenteditable', firefox: 'contenteditable' },
};

/** A page of the browser under test, as these checks use it (Playwright and Puppeteer agree on these calls). */
interface Tab {
  goto(url: string): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
  mouse: { click(x: number, y: number): Promise<void> };
  keyboard: { type(text: string): Promise<void> };
}

async function wait(tab: Tab, expression: string) {
  for (let i = 0; i < 100 && !(await tab.evaluate(expression)); i++) await new Promise((r) => setTimeout(r, 100));
}

/**
 * The editor fixtures without the extension: each editor mounts, takes typing into its own model, and takes it
 * the way it is here to cover (an EditContext, a hidden textarea, a contenteditable it rebuilds).
 */
describe.each(['chromium', 'firefox'] as const)('%s: the editor fixtures', (browser) => {
  let server: FixtureServer;
  let tab: Tab;
  let close: () => Promise<void>;

  beforeAll(async () => {
    server = await startServer({ root: await buildFixtures() });
    if (browser === 'chromium') {
      const b = await chromium.launch({ executablePath: requireBrowser('chromium'), args: ['--no-sandbox'] });
      tab = (await b.newPage()) as unknown as Tab;
      close = () => b.close();
    } else {
      const b = await puppeteer.launch({
        browser: 'firefox',
        executablePath: requireBrowser('firefox'),
        headless: true,
      });
      tab = ((await b.pages())[0] ?? (await b.newPage())) as unknown as Tab;
      close = () => b.close();
    }
  });
  afterAll(async () => {
    await close?.();
    await server?.close();
  });

  for (const c of EDITOR_CASES) {
    it(`${c.id}: takes typing through ${PATHS[c.id]?.[browser]}, into its own model`, async () => {
      await tab.goto(`${server.url}/${c.page}`);
      await wait(tab, 'Boolean(window.fixture?.ready)');
      const point = (await tab.evaluate('window.fixture.clickPoint()')) as { x: number; y: number };
      await tab.mouse.click(point.x, point.y);
      expect(await tab.evaluate('window.fixture.inputPath()')).toBe(PATHS[c.id]?.[browser]);
      await tab.keyboard.type('Solidarity');
      await wait(tab, 'window.fixture.model().includes("olidarity")');
      // Draft in Firefox moves the first letter typed to the end (the reason its insertion case cannot run there).
      expect(await tab.evaluate('window.fixture.model().trim()')).toBe(
        c.id === 'draft' && browser === 'firefox' ? 'olidarityS' : 'Solidarity',
      );
      expect(await tab.evaluate('window.fixture.canUndo()')).toBe(true);
    });
  }
});
