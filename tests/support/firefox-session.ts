import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../scripts/manifest';
import { requireBrowser } from './browsers';
import { extensionDir } from './paths';

export interface FirefoxSession {
  browser: Browser;
  /** The moz-extension UUID, pinned through the pref so URLs are known before install. */
  uuid: string;
  extensionUrl(path: string): string;
  /** Opens an extension page and waits until `selector` is there (page.goto to moz-extension may never resolve). */
  openExtensionPage(path: string, selector?: string): Promise<Page>;
  close(): Promise<void>;
}

/** Debian's Firefox ESR over WebDriver BiDi, with our build installed as a temporary add-on. */
export async function launchFirefox(
  options: {
    dir?: string;
    colorScheme?: 'light' | 'dark';
    locale?: string;
    /** More prefs, e.g. extensions.webextOptionalPermissionPrompts. */
    prefs?: Record<string, string | number | boolean>;
    /** Accept the test server's self-signed certificate (pages served under real https host names). */
    acceptInsecureCerts?: boolean;
  } = {},
): Promise<FirefoxSession> {
  const executablePath = requireBrowser('firefox');
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    acceptInsecureCerts: options.acceptInsecureCerts ?? false,
    // Needed to open moz-extension:// pages from the automation session.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // 0 light, 1 dark: what prefers-color-scheme reports.
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0,
      ...(options.locale ? { 'intl.locale.requested': options.locale, 'intl.accept_languages': options.locale } : {}),
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.shell.checkDefaultBrowser': false,
      ...options.prefs,
    },
  });
  await browser.installExtension(options.dir ?? extensionDir('firefox'));
  const extensionUrl = (path: string) => `moz-extension://${uuid}/${path}`;
  return {
    browser,
    uuid,
    extensionUrl,
    async openExtensionPage(path, selector = 'body *') {
      const page = await browser.newPage();
      void page.goto(extensionUrl(path)).catch(() => {});
      await pollFor(async () => (await page.$(selector).catch(() => null)) !== null, `${path}: ${selector}`);
      return page;
    },
    close: () => browser.close(),
  };
}

/** Polls until `check` is true; throws with `what` after `timeout` ms. */
export async function pollFor(check: () => Promise<boolean>, what: string, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}
