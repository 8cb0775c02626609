import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtures } from './fixtures/build-fixtures';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { ROOT } from './harness/paths';
import { type FixtureServer, startServer } from './harness/server';
import { CASES, type InsertDriver, MENU_IDS, runCase, verificationTable } from './insert-cases';

// Insertion in real Chromium, triggered as the popup triggers it: a runtime message from an extension page.
describe('Chromium: inserting the call', () => {
  let chromium: ChromiumSession;
  let server: FixtureServer;
  let driver: InsertDriver;
  let popup: Page;

  beforeAll(async () => {
    const root = await buildFixtures();
    [chromium, server] = await Promise.all([launchChromium(), startServer({ root })]);
    const page: Page = await chromium.context.newPage();
    await page.goto(`${server.url}/page.html`);
    popup = await chromium.openExtensionPage('popup.html');
    const tabId = await popup.evaluate(async (url) => {
      // biome-ignore lint/suspicious/noExplicitAny: the extension page's own `chrome` global
      const tabs = await (globalThis as any).chrome.tabs.query({});
      return tabs.find((t: { url?: string }) => t.url?.startsWith(url))?.id as number;
    }, server.url);
    expect(tabId).toBeTypeOf('number');
    // The fixture tab in front, as when the user acts on it; the popup page stays open behind it.
    await page.bringToFront();
    driver = {
      goto: async (url) => {
        await page.goto(url);
      },
      eval: (expression) => page.evaluate(expression),
      click: (x, y) => page.mouse.click(x, y),
      type: (text) => page.keyboard.type(text),
      undo: () => page.keyboard.press('Control+z'),
      insert: () =>
        popup.evaluate(
          // biome-ignore lint/suspicious/noExplicitAny: the extension page's own `chrome` global
          (id) => (globalThis as any).chrome.runtime.sendMessage({ type: 'insert-call', tabId: id }),
          tabId,
        ),
    };
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  for (const c of CASES) {
    const test = c.failsIn?.includes('chromium') ? it.fails : it;
    test(`${c.id}: ${c.label}`, () => runCase(driver, server.url, c));
  }

  it('has made the menu: the default item and the version and language choices', async () => {
    const missing = await popup.evaluate(async (ids) => {
      // biome-ignore lint/suspicious/noExplicitAny: the extension page's own `chrome` global
      const menus = (globalThis as any).chrome.contextMenus;
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
