import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { requireBrowser } from './browsers';
import { extensionDir } from './paths';

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker: evaluate here to call extension APIs as the background does. */
  worker: Worker;
  /** Opens an extension page (e.g. 'popup.html') in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Debian's Chromium with our unpacked build loaded, in a fresh profile. */
export async function launchChromium(
  options: { dir?: string; colorScheme?: 'light' | 'dark'; locale?: string; args?: string[] } = {},
): Promise<ChromiumSession> {
  const executablePath = requireBrowser('chromium');
  const dir = options.dir ?? extensionDir('chrome');
  const profile = mkdtempSync(join(tmpdir(), 'sc-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      // e.g. a --proxy-server that records every request the browser makes (tests/e2e/updates.test.ts).
      ...(options.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Allows `sites` for the extension as a user would on chrome://extensions → Site access → On specific sites
 * (through that page's own API). Headless Chromium shows a permission prompt that nothing can answer and no
 * switch accepts; once the user has allowed a site here, a request from a real click resolves without a prompt.
 * It grants nothing by itself. The e2e build's own 127.0.0.1 is kept: switching to specific sites would withhold it.
 */
export async function allowSitesOnExtensionsPage(chromium: ChromiumSession, sites: string[]): Promise<void> {
  const settings = await chromium.context.newPage();
  await settings.goto('chrome://extensions/');
  await settings.evaluate(
    async ([id, patterns]) => {
      // biome-ignore lint/suspicious/noExplicitAny: chrome://extensions' own private API
      const dp = (globalThis as any).chrome.developerPrivate;
      await dp.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_SPECIFIC_SITES' });
      for (const pattern of patterns) await dp.addHostPermission(id, pattern);
    },
    [chromium.extensionId, ['http://127.0.0.1/*', ...sites]] as const,
  );
  await settings.close();
}
