import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import JSZip from 'jszip';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../scripts/manifest';
import { requireBrowser } from '../support/browsers';
import { extensionDir } from '../support/paths';
import { pollFor } from '../support/poll-for';

/** Debian's Russian language pack for Firefox ESR: the interface a Russian-speaking Tor Browser user sees. */
export const RUSSIAN_LANGPACK = {
  apt: 'firefox-esr-l10n-ru',
  dir: '/usr/lib/firefox-esr/browser/extensions',
  file: 'langpack-ru@firefox-esr.mozilla.org.xpi',
};

/**
 * Tor Browser's preferences that reach an extension: Base Browser's profile defaults (every window private,
 * resistFingerprinting, pages told en-US) and the Safest security level.
 */
export const TOR_PREFS: Record<string, string | number | boolean> = {
  'browser.privatebrowsing.autostart': true,
  'privacy.resistFingerprinting': true,
  'privacy.resistFingerprinting.letterboxing': true,
  'privacy.firstparty.isolate': true,
  'privacy.spoof_english': 2,
  // Firefox sets this itself when the user picks spoof_english=2 in its prompt, not from a pref file.
  'intl.accept_languages': 'en-US, en',
  'javascript.use_us_english_locale': true,
  'dom.serviceWorkers.enabled': false,
  'dom.security.https_only_mode': true,
  'network.http.referer.XOriginTrimmingPolicy': 2,
  'webgl.enable-webgl2': false,
  // Safer.
  'javascript.options.ion': false,
  'javascript.options.baselinejit': false,
  'javascript.options.native_regexp': false,
  'javascript.options.asmjs': false,
  'javascript.options.wasm': false,
  'mathml.disabled': true,
  'gfx.font_rendering.graphite.enabled': false,
  'gfx.font_rendering.opentype_svg.enabled': false,
  // Safest.
  'svg.disabled': true,
};

/** The build as an .xpi: a zip of its folder. */
export async function xpiOf(dir: string): Promise<Buffer> {
  const zip = new JSZip();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      zip.file(relative(dir, path).split('\\').join('/'), readFileSync(path));
    }
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** Where Firefox keeps each add-on's granted permissions, "Run in Private Windows" among them. */
export const EXTENSION_PREFERENCES = 'extension-preferences.json';
export const PRIVATE_WINDOWS_PERMISSION = 'internal:privateBrowsingAllowed';

export interface TorProfile {
  /** The profile folder: it outlives a browser, so a test can restart on it. */
  dir: string;
  uuid: string;
  /** Removes the folder. */
  remove(): void;
}

/**
 * A profile as Tor Browser leaves it after installing our signed package: the extension is a lasting install
 * (`extensions/<id>.xpi`, not a temporary add-on, which never gets private windows), and the user's answer to
 * "Run in Private Windows" is in extension-preferences.json.
 */
export async function makeTorProfile(options: { privateWindows: boolean; build?: string }): Promise<TorProfile> {
  const langpack = join(RUSSIAN_LANGPACK.dir, RUSSIAN_LANGPACK.file);
  if (!existsSync(langpack)) {
    throw new Error(`${langpack} is missing: install it with \`apt-get install -y ${RUSSIAN_LANGPACK.apt}\``);
  }
  const dir = mkdtempSync(join(tmpdir(), 'tor-profile-'));
  mkdirSync(join(dir, 'extensions'));
  writeFileSync(join(dir, 'extensions', `${GECKO_ID}.xpi`), await xpiOf(options.build ?? extensionDir('firefox')));
  if (options.privateWindows) {
    const grant = { permissions: [PRIVATE_WINDOWS_PERMISSION], origins: [], data_collection: [] };
    writeFileSync(join(dir, EXTENSION_PREFERENCES), JSON.stringify({ [GECKO_ID]: grant }));
  }
  return { dir, uuid: randomUUID(), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TorSession {
  browser: Browser;
  /** The tab the browser started with: with letterboxing, newPage() may never resolve. */
  tab: Page;
  extensionUrl(path: string): string;
  /** Firefox's stdout and stderr: errors in extension pages arrive here, not as console events. */
  output(): string;
  close(): Promise<void>;
}

/** Firefox ESR on a Tor-like profile, with a Russian interface, driven over WebDriver BiDi. */
export async function launchTorBrowser(profile: TorProfile): Promise<TorSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireBrowser('firefox'),
    headless: true,
    userDataDir: profile.dir,
    args: ['--remote-allow-system-access'],
    dumpio: false,
    extraPrefsFirefox: {
      ...TOR_PREFS,
      'intl.locale.requested': 'ru',
      'extensions.langpacks.signatures.required': false,
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: profile.uuid }),
      'devtools.console.stdout.content': true,
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  let output = '';
  const child = browser.process();
  child?.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child?.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  let tab: Page | undefined;
  await pollFor(async () => {
    tab = (await browser.pages())[0];
    return tab !== undefined;
  }, 'the first tab');
  return {
    browser,
    tab: tab as Page,
    extensionUrl: (path) => `moz-extension://${profile.uuid}/${path}`,
    output: () => output,
    close: () => browser.close(),
  };
}

/** Loads `url` in `page` and waits for `selector` (a moz-extension:// navigation may never resolve). */
export async function openIn(page: Page, url: string, selector: string): Promise<Page> {
  void page.goto(url).catch(() => {});
  // page.url() keeps saying about:blank after a moz-extension:// load: ask the document.
  await pollFor(
    async () =>
      (await page.evaluate('location.href').catch(() => '')) === url &&
      (await page.$(selector).catch(() => null)) !== null,
    `${url}: ${selector}`,
  );
  return page;
}
