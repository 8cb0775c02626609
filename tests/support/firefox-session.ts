import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../scripts/manifest';
import { requireBrowser } from './browsers';
import { extensionDir } from './paths';
import { pollFor } from './poll-for';

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

/**
 * What the clipboard holds, read as a user would: pasted with Ctrl+V into a new field. Reading it from script
 * needs clipboardRead, which the extension does not ask for.
 */
export async function readClipboardByPasting(page: Page): Promise<string> {
  await page.evaluate(() => {
    const area = document.body.appendChild(document.createElement('textarea'));
    area.id = 'paste-target';
    area.focus();
  });
  await page.keyboard.down('Control');
  await page.keyboard.press('v');
  await page.keyboard.up('Control');
  const pasted = () => page.$eval('#paste-target', (t) => (t as HTMLTextAreaElement).value);
  await pollFor(async () => (await pasted()) !== '', 'paste');
  const text = await pasted();
  await page.evaluate(() => document.getElementById('paste-target')?.remove());
  return text;
}
