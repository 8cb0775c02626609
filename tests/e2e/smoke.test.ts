import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium } from '../support/chromium-session';
import { type FirefoxSession, launchFirefox } from '../support/firefox-session';

// Proves the build loads in both real browsers: the popup renders and the background made its menu.
describe('Chromium: the extension loads', () => {
  let chromium: ChromiumSession;
  beforeAll(async () => {
    chromium = await launchChromium();
  });
  afterAll(() => chromium?.close());

  it('shows the popup with the campaign title', async () => {
    const page = await chromium.openExtensionPage('popup.html');
    await expect(page.locator('h1').textContent()).resolves.toMatch(/solidarity/i);
  });

  it('has created the "Insert solidarity call" menu item', async () => {
    // update() rejects for an id that does not exist, so it proves the item is there.
    const ok = await chromium.worker.evaluate(() =>
      // biome-ignore lint/suspicious/noExplicitAny: the worker's own `chrome` global
      (globalThis as any).chrome.contextMenus.update('insert-call', {}).then(
        () => true,
        () => false,
      ),
    );
    expect(ok).toBe(true);
  });
});

describe('Firefox: the extension loads', () => {
  let firefox: FirefoxSession;
  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(() => firefox?.close());

  it('shows the popup with the campaign title', async () => {
    const page = await firefox.openExtensionPage('popup.html', 'h1');
    expect(await page.$eval('h1', (h) => h.textContent)).toMatch(/solidarity/i);
  });

  it('has created the "Insert solidarity call" menu item', async () => {
    const page = await firefox.openExtensionPage('popup.html', 'h1');
    const ok = await page.evaluate(() =>
      // biome-ignore lint/suspicious/noExplicitAny: the page's own `browser` global
      (globalThis as any).browser.contextMenus.update('insert-call', {}).then(
        () => true,
        () => false,
      ),
    );
    expect(ok).toBe(true);
  });
});
