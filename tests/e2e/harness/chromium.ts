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
