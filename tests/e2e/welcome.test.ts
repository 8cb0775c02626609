import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { AXE_RUN, serious } from '../support/a11y';
import { requireBrowser } from '../support/browsers';
import { launchFirefox } from '../support/firefox-session';
import { extensionDir } from '../support/paths';
import { pollFor } from '../support/poll-for';

// The production build: the e2e build leaves the welcome page out (utils/welcome/setup-welcome.ts),
// so that the other tests' fresh installs open only their own tabs.

/** A copy of the production build whose manifest can be bumped to a higher version: the "update". */
function copyOfBuild(browser: 'chrome' | 'firefox'): string {
  const dir = mkdtempSync(join(tmpdir(), `sc-welcome-${browser}-`));
  cpSync(extensionDir(browser, 'production'), dir, { recursive: true });
  return dir;
}

function bumpVersion(dir: string): string {
  const file = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const [major, minor, patch] = String(manifest.version).split('.').map(Number);
  manifest.version = `${major}.${minor}.${(patch ?? 0) + 1}`;
  writeFileSync(file, JSON.stringify(manifest));
  return manifest.version;
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('welcome page in Chromium: opened on install', () => {
  const dir = copyOfBuild('chrome');
  const profile = mkdtempSync(join(tmpdir(), 'sc-welcome-profile-'));
  let context: BrowserContext | undefined;
  afterAll(async () => {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  });
  const welcomePages = (c: BrowserContext) => c.pages().filter((p) => p.url().endsWith('/welcome.html'));

  it('a first install opens the welcome page once, in a tab of its own', async () => {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: requireBrowser('chromium'),
      headless: true,
      args: [
        `--disable-extensions-except=${dir}`,
        `--load-extension=${dir}`,
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-sync',
      ],
    });
    const ctx = context;
    if (!ctx.serviceWorkers()[0]) await ctx.waitForEvent('serviceworker', { timeout: 30_000 });
    await expect.poll(() => welcomePages(ctx).length, { timeout: 15_000 }).toBe(1);
    await settle(1500);
    expect(welcomePages(ctx)).toHaveLength(1);
    const page = welcomePages(ctx)[0];
    if (!page) throw new Error('no welcome page');
    await page.locator('h1').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Welcome to Solidarity Call');
    // What the page must teach: the right-click, in a field to try it in; the shortcut; pinning; privacy.
    await expect(page.getByRole('textbox', { name: 'Try it here' }).count()).resolves.toBe(1);
    await expect(page.getByText('There is no shortcut yet', { exact: false }).count()).resolves.toBe(1);
    await expect(page.getByText('chrome://extensions/shortcuts', { exact: false }).count()).resolves.toBe(1);
    await expect(page.getByRole('heading', { name: 'Keep the button in view' }).count()).resolves.toBe(1);
    await expect(page.locator('#privacy + ul li').count()).resolves.toBe(3);
    expect(serious(await page.evaluate(AXE_RUN))).toBe('');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(serious(await page.evaluate(AXE_RUN))).toBe('');
    // The language choice: the page follows it at once.
    await page.getByRole('button', { name: 'RU Русский' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Добро пожаловать в «Призыв к солидарности»');
    // Closed by the user, as most will after reading it.
    await page.close();

    await settle(1500);
    expect(welcomePages(ctx)).toHaveLength(0);
    // The update case runs in Firefox below (a higher version installed over the same add-on id). In Chromium,
    // neither stand-in for an update worked here: a relaunch with --load-extension counts as a new install
    // (command-line extensions are not kept in the profile), and chrome.runtime.reload() after bumping the
    // version left the extension's pages unreachable for 30 s.
  }, 150_000);
});

describe('welcome page in Firefox: opened on install, not on update', () => {
  const dir = copyOfBuild('firefox');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('install opens it once; installing a higher version over it (an update) opens nothing more', async () => {
    const firefox = await launchFirefox({ dir });
    try {
      // Puppeteer over BiDi keeps about:blank as the URL of a tab the extension opened; the extension's own view is exact.
      const options = await firefox.openExtensionPage('options.html', 'main');
      const tabs = () =>
        options.evaluate(async () =>
          // biome-ignore lint/suspicious/noExplicitAny: the page's own `browser` global
          ((await (globalThis as any).browser.tabs.query({})) as { url?: string }[]).map((t) => t.url ?? ''),
        );
      const welcomeTabs = async () => (await tabs()).filter((url) => url.endsWith('/welcome.html')).length;
      await pollFor(async () => (await welcomeTabs()) === 1, 'the welcome tab', 15_000);
      await settle(1500);
      expect(await welcomeTabs()).toBe(1);
      let page: PuppeteerPage | undefined;
      for (const p of await firefox.browser.pages())
        if ((await p.evaluate(() => location.href).catch(() => '')).endsWith('/welcome.html')) page = p;
      if (!page) throw new Error('no welcome page');
      const welcome = page;
      await pollFor(async () => (await welcome.$('h1')) != null, 'the welcome heading');
      expect(await welcome.$eval('h1', (h) => h.textContent)).toBe('Welcome to Solidarity Call');
      expect(await welcome.$eval('main', (m) => m.textContent)).toContain('Manage Extension Shortcuts');
      expect(serious(await welcome.evaluate(AXE_RUN))).toBe('');

      // The same add-on id at a higher version: Firefox updates it in place (runtime.onInstalled reason "update").
      const version = bumpVersion(dir);
      await firefox.browser.installExtension(dir);
      const reopened = await firefox.openExtensionPage('options.html', 'main');
      // biome-ignore lint/suspicious/noExplicitAny: the page's own `browser` global
      expect(await reopened.evaluate(() => (globalThis as any).browser.runtime.getManifest().version)).toBe(version);
      await settle(2000);
      const after = await reopened.evaluate(async () =>
        // biome-ignore lint/suspicious/noExplicitAny: as above
        ((await (globalThis as any).browser.tabs.query({})) as { url?: string }[]).map((t) => t.url ?? ''),
      );
      // The page opened at install was closed with the old version; nothing opened a new one.
      expect(after.filter((url) => url.endsWith('/welcome.html'))).toHaveLength(0);
    } finally {
      await firefox.close();
    }
  }, 150_000);
});
