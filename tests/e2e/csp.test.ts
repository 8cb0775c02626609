import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium } from '../support/chromium-session';
import { type FirefoxSession, launchFirefox } from '../support/firefox-session';
import { type FixtureServer, startServer } from '../support/local-server';
import { extensionDir } from '../support/paths';

/**
 * The default build's pages carry a CSP that lets them connect to nothing but the
 * extension itself: "no requests" is the browser's rule, not only our code's. The
 * e2e build holds host access to 127.0.0.1, so without the CSP the fetch below
 * would go through; with it, the server never hears from the extension.
 */
const CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; connect-src 'self';";

let server: FixtureServer;
beforeAll(async () => {
  server = await startServer({
    routes: [
      (req, res) => {
        if (req.url !== '/probe') return false;
        res.writeHead(200, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' }).end('reached');
        return true;
      },
    ],
  });
});
afterAll(() => server?.close());

// Runs in the page: what a fetch to another origin and to the extension's own file come to.
async function tryFetches(url: string) {
  const violations: string[] = [];
  document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
  const other = await fetch(url).then(
    (r) => r.text(),
    (e: Error) => `refused: ${e.name}`,
  );
  const own = await fetch('/_locales/en/messages.json').then(
    (r) => (r.ok ? 'own file read' : `own file ${r.status}`),
    (e: Error) => `own file refused: ${e.name}`,
  );
  await new Promise((r) => setTimeout(r, 100));
  return { other, own, violations };
}

const probes = () => server.requests.filter((r) => r.url === '/probe').length;

describe.each(['chrome', 'firefox'] as const)('%s default build: the CSP', (browser) => {
  it('is in the manifest, as written', () => {
    const manifest = JSON.parse(readFileSync(join(extensionDir(browser), 'manifest.json'), 'utf8'));
    expect(manifest.content_security_policy).toEqual({ extension_pages: CSP });
  });
});

describe('Chromium: the pages work under the CSP, and a fetch elsewhere is blocked', () => {
  let chromium: ChromiumSession;
  beforeAll(async () => {
    chromium = await launchChromium();
  });
  afterAll(() => chromium?.close());

  it('popup and options render (prerendered HTML, hydration, strings read from the extension)', async () => {
    const popup = await chromium.openExtensionPage('popup.html');
    await popup.waitForSelector('.popup .summary');
    await expect(popup.locator('h1').textContent()).resolves.toMatch(/solidarity/i);
    await expect(popup.locator('.card-bitcoin code').first().textContent()).resolves.toMatch(/^1EKG/);
    const options = await chromium.openExtensionPage('options.html');
    await options.waitForSelector('#no-feed');
  });

  it('a fetch from the popup to another origin never leaves the browser', async () => {
    const popup = await chromium.openExtensionPage('popup.html');
    await popup.waitForSelector('.popup .summary');
    const before = probes();
    const result = await popup.evaluate(tryFetches, `${server.url}/probe`);
    expect(result).toEqual({ other: 'refused: TypeError', own: 'own file read', violations: ['connect-src'] });
    expect(probes()).toBe(before);
  });
});

describe('Firefox: the pages work under the CSP, and a fetch elsewhere is blocked', () => {
  let firefox: FirefoxSession;
  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(() => firefox?.close());

  it('popup and options render (prerendered HTML, hydration, strings read from the extension)', async () => {
    const popup = await firefox.openExtensionPage('popup.html', '.popup .summary');
    expect(await popup.$eval('h1', (h) => h.textContent)).toMatch(/solidarity/i);
    expect(await popup.$eval('.card-bitcoin code', (c) => c.textContent)).toMatch(/^1EKG/);
    await firefox.openExtensionPage('options.html', '#no-feed');
  });

  it('a fetch from the popup to another origin never leaves the browser', async () => {
    const popup = await firefox.openExtensionPage('popup.html', '.popup .summary');
    const before = probes();
    const result = await popup.evaluate(tryFetches, `${server.url}/probe`);
    expect(result).toMatchObject({ other: 'refused: TypeError', own: 'own file read' });
    expect(probes()).toBe(before);
  });
});
