import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtures } from './fixtures/build-fixtures';
import { type FirefoxSession, launchFirefox } from './harness/firefox';
import { ROOT } from './harness/paths';
import { type FixtureServer, startServer } from './harness/server';
import { CASES, type InsertDriver, MENU_IDS, runCase, verificationTable } from './insert-cases';

// Insertion in real Firefox ESR, triggered as the popup triggers it: a runtime message from an extension page.
describe('Firefox: inserting the call', () => {
  let firefox: FirefoxSession;
  let server: FixtureServer;
  let driver: InsertDriver;
  let popup: Page;

  beforeAll(async () => {
    const root = await buildFixtures();
    [firefox, server] = await Promise.all([launchFirefox(), startServer({ root })]);
    const page: Page = (await firefox.browser.pages())[0] ?? (await firefox.browser.newPage());
    await page.goto(`${server.url}/page.html`);
    popup = await firefox.openExtensionPage('popup.html', 'h1');
    const tabId = await popup.evaluate(async (url) => {
      // biome-ignore lint/suspicious/noExplicitAny: the extension page's own `browser` global
      const tabs = await (globalThis as any).browser.tabs.query({});
      return tabs.find((t: { url?: string }) => t.url?.startsWith(url))?.id as number;
    }, server.url);
    expect(tabId).toBeTypeOf('number');
    // The fixture tab in front, as when the user acts on it; the popup page stays open behind it.
    await page.bringToFront();
    driver = {
      goto: async (url) => {
        await page.goto(url);
      },
      eval: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
      click: (x, y) => page.mouse.click(x, y),
      type: (text) => page.keyboard.type(text),
      undo: async () => {
        await page.keyboard.down('Control');
        await page.keyboard.press('z');
        await page.keyboard.up('Control');
      },
      insert: () =>
        popup.evaluate(
          // biome-ignore lint/suspicious/noExplicitAny: the extension page's own `browser` global
          (id) => (globalThis as any).browser.runtime.sendMessage({ type: 'insert-call', tabId: id }),
          tabId,
        ),
    };
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  for (const c of CASES) {
    const test = c.failsIn?.includes('firefox') ? it.fails : it;
    test(`${c.id}: ${c.label}`, () => runCase(driver, server.url, c));
  }

  it('has made the menu: the default item and the version and language choices', async () => {
    const missing = await popup.evaluate(async (ids) => {
      // biome-ignore lint/suspicious/noExplicitAny: the extension page's own `browser` global
      const menus = (globalThis as any).browser.contextMenus;
      const found = await Promise.all(
        ids.map((id: string) =>
          menus.update(id, {}).then(
            () => '',
            () => id,
          ),
        ),
      );
      return found.filter(Boolean);
    }, MENU_IDS);
    expect(missing).toEqual([]);
  });

  it('the README table says what these tests show', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(verificationTable());
  });
});
