import { launchChromium } from '../tests/e2e/harness/chromium';
import { launchFirefox } from '../tests/e2e/harness/firefox';
import { extensionDir } from '../tests/e2e/harness/paths';
import { type PageFootprint, pageFootprint } from './idle-cost';
import { fixtureTabId, type InsertSeries, measureInserts, runIn } from './insert-latency';
import { serviceWorkerControl } from './service-worker';

/**
 * Chromium, e2e build (host access to 127.0.0.1 in place of the click's activeTab grant): the insert
 * series, then the idle count's control, the same page after one insert.
 */
export async function measureChromiumInserts(
  pageUrl: string,
  count: number,
): Promise<{ series: InsertSeries; control: PageFootprint }> {
  const session = await launchChromium({ dir: extensionDir('chrome', 'e2e') });
  try {
    const fixture = await session.context.newPage();
    await fixture.goto(pageUrl);
    const extension = await session.openExtensionPage('popup.html');
    const tabId = await fixtureTabId(runIn(extension), pageUrl);
    const worker = await serviceWorkerControl(await session.context.newCDPSession(extension), session.extensionId);
    const series = await measureInserts({ extension: runIn(extension), fixture: runIn(fixture), tabId }, count, () =>
      worker.stop(),
    );
    // The control: the same count on a page where the user did insert, so a zero on an idle page means nothing ran.
    const controlUrl = `${pageUrl}?control`;
    const control = await pageFootprint(session.context, controlUrl, async () => {
      const controlTab = await fixtureTabId(runIn(extension), controlUrl);
      await runIn(extension)(
        // biome-ignore lint/suspicious/noExplicitAny: the extension page's own `chrome` global
        (id) => (globalThis as any).chrome.runtime.sendMessage({ type: 'insert-call', tabId: id }),
        controlTab,
      );
    });
    return { series, control };
  } finally {
    await session.close();
  }
}

/** Firefox, e2e build: warm inserts only (its event page cannot be stopped from automation). */
export async function measureFirefoxInserts(pageUrl: string, count: number): Promise<InsertSeries> {
  const firefox = await launchFirefox({ dir: extensionDir('firefox', 'e2e') });
  try {
    const fixture = await firefox.browser.newPage();
    await fixture.goto(pageUrl);
    const extension = await firefox.openExtensionPage('popup.html', 'h1');
    const tabId = await fixtureTabId(runIn(extension), pageUrl);
    // The fixture tab in front, as when the user acts on it; the extension page stays open behind it.
    await fixture.bringToFront();
    return await measureInserts({ extension: runIn(extension), fixture: runIn(fixture), tabId }, count);
  } finally {
    await firefox.close();
  }
}
