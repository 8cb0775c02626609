import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startServer } from '../support/local-server';
import { ROOT } from '../support/paths';
import { buildFixtures } from './fixtures/build-fixtures';
import {
  type BrowserName,
  CASES,
  CROSS_ORIGIN,
  CROSS_ORIGIN_REFUSED,
  type InsertCase,
  type InsertDriver,
  MENU_IDS,
  MESSAGES,
  OTHER_SITE_PATTERN,
  runCase,
  verificationTable,
} from './insert-cases';
import { EDITOR_CASES } from './insert-editors';

const TITLES: Record<BrowserName, string> = { chromium: 'Chromium', firefox: 'Firefox ESR' };

/**
 * Every insertion case in one real browser, triggered as the popup triggers it: a runtime
 * message from an extension page. One launch per file; the cases run in order on one tab.
 */
export function describeInsertion(browser: BrowserName, open: (serverUrl: string) => Promise<InsertDriver>): void {
  describe(`${TITLES[browser]}: inserting the call`, () => {
    let server: FixtureServer;
    let driver: InsertDriver;

    beforeAll(async () => {
      server = await startServer({ root: await buildFixtures() });
      driver = await open(server.url);
    });
    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    const test = (c: InsertCase) => (c.failsIn?.includes(browser) ? it.fails : it);
    for (const c of [...CASES, ...EDITOR_CASES]) test(c)(`${c.id}: ${c.label}`, () => runCase(driver, server.url, c));

    const sites = () => driver.inExtension<{ origins: string[] }>('api.permissions.getAll()').then((p) => p.origins);

    test(CROSS_ORIGIN_REFUSED)(`${CROSS_ORIGIN_REFUSED.id}: ${CROSS_ORIGIN_REFUSED.label}`, async () => {
      expect(await sites()).not.toContain(OTHER_SITE_PATTERN);
      const { outcome, notice } = await runCase(driver, server.url, CROSS_ORIGIN_REFUSED);
      // The browser does not tell the popup's path which site the frame is from, and the page's word for it
      // counts for nothing: no site named, nothing asked for.
      expect(outcome).toEqual({ inserted: false, reason: 'cross-origin-frame', ok: false });
      expect(await sites(), 'nothing granted behind the user’s back').not.toContain(OTHER_SITE_PATTERN);
      // The notice says how to get in (right-click the field) and offers the copy, right under the iframe.
      expect(notice?.text).toContain('Right-click the field');
      const frame = await driver.eval<{ left: number; bottom: number }>(
        `(() => { const r = document.querySelector('iframe').getBoundingClientRect(); return { left: r.left, bottom: r.bottom }; })()`,
      );
      expect(notice?.left).toBeCloseTo(frame.left, 0);
      expect(notice?.top).toBeGreaterThanOrEqual(frame.bottom);
      expect(notice?.top).toBeLessThan(frame.bottom + 12);
      // Nothing landed anywhere: not in the top page either.
      const page = await driver.eval<string>('document.body.innerText');
      expect(page).not.toContain(MESSAGES.short.split('\n')[0]);
    });

    test(CROSS_ORIGIN)(`${CROSS_ORIGIN.id}: ${CROSS_ORIGIN.label}`, async () => {
      await driver.allowSite(OTHER_SITE_PATTERN);
      // That one site and the e2e build's own host, nothing wider.
      expect((await sites()).sort()).toEqual(['http://127.0.0.1/*', OTHER_SITE_PATTERN]);
      const { outcome } = await runCase(driver, server.url, CROSS_ORIGIN);
      expect(outcome).toMatchObject({ inserted: true, kind: 'textarea' });
    });

    // Last of the page tests: the menu it opens stays open.
    if (browser === 'firefox') {
      it('a real right-click on a field shows our menu, for an editable context', async () => {
        await driver.goto(`${server.url}/page.html?case=textarea`);
        const point = await driver.eval<{ x: number; y: number }>('window.fixture.clickPoint()');
        const shown = await driver.rightClickMenu?.(point.x, point.y);
        expect(shown?.contexts).toContain('editable');
        expect(shown?.menuIds).toEqual(expect.arrayContaining(MENU_IDS));
      });
    }

    it('has made the menu: the default item and the version and language choices', async () => {
      // update() rejects for an id that does not exist, so it proves each item is there.
      const missing = await driver.inExtension<string[]>(
        `Promise.all(${JSON.stringify(MENU_IDS)}.map((id) => api.contextMenus.update(id, {}).then(() => '', () => id)))
          .then((ids) => ids.filter(Boolean))`,
      );
      expect(missing).toEqual([]);
    });

    it('the table in docs/insertion.md says what these tests show', () => {
      expect(readFileSync(join(ROOT, 'docs/insertion.md'), 'utf8')).toContain(verificationTable());
    });
  });
}
