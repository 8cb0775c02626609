import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium } from '../support/chromium-session';
import { type FirefoxSession, launchFirefox } from '../support/firefox-session';
import { ROOT } from '../support/paths';
import { packagePath, unzipTo } from '../support/store-packages';

// What users install is the store package, not the folder the other tests load: each browser gets the zip
// `npm run zip` made (npm test makes them before Vitest), and its popup must show the case and the addresses.
const campaign = JSON.parse(readFileSync(join(ROOT, 'assets/campaign.json'), 'utf8'));
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const bitcoin = campaign.donations.find((d: { kind: string }) => d.kind === 'bitcoin').account;

describe('Firefox: the Firefox package installs from its zip', () => {
  let firefox: FirefoxSession;
  beforeAll(async () => {
    // WebDriver BiDi's webExtension.install takes the .zip (an .xpi) as it is, like a user's install.
    firefox = await launchFirefox({ dir: packagePath('firefox') });
  });
  afterAll(() => firefox?.close());

  it('shows the popup with the case and the Bitcoin address', async () => {
    const page = await firefox.openExtensionPage('popup.html', 'h1');
    expect(await page.$eval('h1', (h) => h.textContent)).toBe(campaign.title.en);
    expect(await page.$eval('body', (b) => b.textContent)).toContain(bitcoin);
  });

  it('is the production build: this version, no host access', async () => {
    const page = await firefox.openExtensionPage('popup.html', 'h1');
    // biome-ignore lint/suspicious/noExplicitAny: the page's own `browser` global
    const manifest = await page.evaluate(() => (globalThis as any).browser.runtime.getManifest());
    expect(manifest.version).toBe(version);
    expect(manifest.host_permissions ?? []).toEqual([]);
  });
});

describe('Chromium: the Chrome package loads from its zip', () => {
  let chromium: ChromiumSession;
  let dir: string;
  beforeAll(async () => {
    dir = await unzipTo(packagePath('chrome'), mkdtempSync(join(tmpdir(), 'sc-chrome-zip-')));
    chromium = await launchChromium({ dir });
  });
  afterAll(async () => {
    await chromium?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the popup with the case and the Bitcoin address', async () => {
    const page = await chromium.openExtensionPage('popup.html');
    await expect(page.locator('h1').textContent()).resolves.toBe(campaign.title.en);
    await expect(page.locator('body').textContent()).resolves.toContain(bitcoin);
  });

  it('is the production build: this version, no host access', async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the worker's own `chrome` global
    const manifest = await chromium.worker.evaluate(() => (globalThis as any).chrome.runtime.getManifest());
    expect(manifest.version).toBe(version);
    expect(manifest.host_permissions ?? []).toEqual([]);
  });
});
