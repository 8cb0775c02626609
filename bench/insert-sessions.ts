import type { BrowserContext, Page } from 'playwright-core';
import type { Browser as FirefoxBrowser, Page as FirefoxPage } from 'puppeteer-core';
import { launchChromium } from '../tests/support/chromium-session';
import { launchFirefox } from '../tests/support/firefox-session';
import { extensionDir } from '../tests/support/paths';
import { pollFor } from '../tests/support/poll-for';
import { FLOOR_NAME, FLOOR_PAGE, type FloorTexts, writeFloorExtension } from './floor-extension';
import { type PageFootprint, pageFootprint } from './idle-cost';
import {
  type BackgroundControl,
  calibrateTrigger,
  fixtureTabId,
  type InsertRun,
  measureInserts,
  type Run,
  runIn,
} from './insert-latency';
import { serviceWorkerControl } from './service-worker';

/**
 * The text our extension puts into each field of the fixture, learnt from one insert each in Chromium: the
 * floor extension is built with them as its fixed strings, so both insert the same characters.
 */
export async function ourTexts(pageUrl: string): Promise<FloorTexts> {
  const session = await launchChromium({ dir: extensionDir('chrome', 'e2e') });
  try {
    const fixture = await session.context.newPage();
    await fixture.goto(pageUrl);
    const extension = runIn(await session.openExtensionPage('popup.html'));
    const tabId = await fixtureTabId(extension, pageUrl);
    const rig = {
      extension: { page: extension, offset: { offset: 0, uncertainty: 0 } },
      fixture: runIn(fixture),
      tabId,
    };
    const texts: FloorTexts = { plain: '', rich: '' };
    for (const field of ['plain', 'rich'] as const) {
      await calibrateTrigger(rig, rig.extension, field);
      // biome-ignore lint/suspicious/noExplicitAny: the fixture page's own global
      texts[field] = await runIn(fixture)(([f]) => (globalThis as any).bench.raw(f) as string, [field] as const);
    }
    return texts;
  } finally {
    await session.close();
  }
}

/** The extension page `suffix` once it is open (the floor opens its own on install). */
async function chromiumPage(context: BrowserContext, suffix: string): Promise<Page> {
  let found: Page | undefined;
  await pollFor(async () => {
    found = context.pages().find((p) => p.url().endsWith(suffix));
    return found !== undefined;
  }, `a tab at …${suffix}`);
  return found as Page;
}

/**
 * Chromium, e2e build (host access to 127.0.0.1 in place of the click's activeTab grant) with the floor
 * extension loaded beside it: the insert series, then the idle count's control, the same page after one insert.
 */
export async function measureChromiumInserts(
  pageUrl: string,
  count: number,
  floorTexts: FloorTexts,
): Promise<InsertRun & { control: PageFootprint }> {
  const floorDir = writeFloorExtension('chrome', floorTexts);
  // Both flags take a comma-separated list of unpacked extensions.
  const session = await launchChromium({ dir: `${extensionDir('chrome', 'e2e')},${floorDir}` });
  try {
    const { context } = session;
    await pollFor(async () => context.serviceWorkers().length >= 2, 'both service workers');
    const ids: Record<'ours' | 'floor', string> = { ours: '', floor: '' };
    for (const worker of context.serviceWorkers()) {
      // biome-ignore lint/suspicious/noExplicitAny: the worker's own `chrome` global
      const name = await worker.evaluate(() => (globalThis as any).chrome.runtime.getManifest().name as string);
      ids[name === FLOOR_NAME ? 'floor' : 'ours'] = new URL(worker.url()).host;
    }
    const fixture = await context.newPage();
    await fixture.goto(pageUrl);
    const extension = await context.newPage();
    await extension.goto(`chrome-extension://${ids.ours}/popup.html`);
    const floor = await chromiumPage(context, `${ids.floor}/${FLOOR_PAGE}`);
    const tabId = await fixtureTabId(runIn(extension), pageUrl);
    const ours = await serviceWorkerControl(await context.newCDPSession(extension), ids.ours);
    const floors = await serviceWorkerControl(await context.newCDPSession(floor), ids.floor);
    const run = await measureInserts(
      { extension: runIn(extension), floor: runIn(floor), fixture: runIn(fixture), tabId },
      count,
      { extension: ours, floor: floors },
    );
    // The control: the same count on a page where the user did insert, so a zero on an idle page means nothing ran.
    const controlUrl = `${pageUrl}?control`;
    const control = await pageFootprint(context, controlUrl, async () => {
      const controlTab = await fixtureTabId(runIn(extension), controlUrl);
      await runIn(extension)(
        // biome-ignore lint/suspicious/noExplicitAny: the extension page's own `chrome` global
        (id) => (globalThis as any).chrome.runtime.sendMessage({ type: 'insert-call', tabId: id }),
        controlTab,
      );
    });
    return { ...run, control };
  } finally {
    await session.close();
  }
}

/**
 * The floor's trigger page in Firefox, opened by the floor itself on install (its UUID is Firefox's choice).
 * Puppeteer keeps an extension-opened tab's first URL (about:blank), so each tab is asked where it is.
 */
async function firefoxPage(browser: FirefoxBrowser, suffix: string): Promise<FirefoxPage> {
  let found: FirefoxPage | undefined;
  await pollFor(async () => {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && href.endsWith(suffix)) found = page;
    }
    return found !== undefined;
  }, `a tab at …${suffix}`);
  return found as FirefoxPage;
}

/**
 * Firefox suspends an idle event page after `extensions.background.idle.timeout` (30 s by default), and lists it
 * among the extension's views while it runs. With the timeout shortened, a stop is a wait until it is gone,
 * watched from the extension's own page (which neither wakes nor holds it); a wake is a message it ignores, sent before
 * each warm insert so that none finds it stopped.
 */
export const FIREFOX_IDLE_TIMEOUT_MS = 400;

function firefoxBackground(page: Run): BackgroundControl {
  const running = () =>
    page(() =>
      // biome-ignore lint/suspicious/noExplicitAny: the extension page's own `browser` global
      (globalThis as any).browser.extension
        .getViews()
        .some((view: Window) => (view as unknown) !== globalThis && /background/.test(view.location.pathname)),
    );
  return {
    async stop() {
      const end = Date.now() + 10_000;
      while (await running()) {
        if (Date.now() > end) throw new Error('the event page never stopped');
        await new Promise((r) => setTimeout(r, 10));
      }
      // Gone from the views before its teardown ends: a message in between finds no receiving end.
      await new Promise((r) => setTimeout(r, 50));
    },
    async wake() {
      const wasRunning = await running();
      const end = Date.now() + 10_000;
      // A message resets its idle timer, or starts it; one that arrives during its teardown is lost: again, then.
      do {
        if (Date.now() > end) throw new Error('the event page never started');
        await page(() => {
          // biome-ignore lint/suspicious/noExplicitAny: the extension page's own `browser` global
          const api = (globalThis as any).browser;
          return api.runtime.sendMessage({ type: 'bench-wake' }).catch(() => undefined);
        });
      } while (!(await running()));
      return wasRunning;
    },
  };
}

/** Firefox, e2e build and the floor: warm inserts, then each after its event page was suspended. */
export async function measureFirefoxInserts(
  pageUrl: string,
  count: number,
  floorTexts: FloorTexts,
): Promise<InsertRun> {
  const firefox = await launchFirefox({
    dir: extensionDir('firefox', 'e2e'),
    prefs: { 'extensions.background.idle.timeout': FIREFOX_IDLE_TIMEOUT_MS },
  });
  try {
    await firefox.browser.installExtension(writeFloorExtension('firefox', floorTexts));
    const floor = runIn(await firefoxPage(firefox.browser, `/${FLOOR_PAGE}`));
    const fixture = await firefox.browser.newPage();
    await fixture.goto(pageUrl);
    const extension = runIn(await firefox.openExtensionPage('popup.html', 'h1'));
    const tabId = await fixtureTabId(extension, pageUrl);
    // The fixture tab in front, as when the user acts on it; the extension pages stay open behind it.
    await fixture.bringToFront();
    return await measureInserts({ extension, floor, fixture: runIn(fixture), tabId }, count, {
      extension: firefoxBackground(extension),
      floor: firefoxBackground(floor),
    });
  } finally {
    await firefox.close();
  }
}
