import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Campaign } from '@/utils/campaign/schema';
import { VARIANTS } from '@/utils/campaign/schema';
import type { InsertOutcome } from '@/utils/insert/protocol';
import { renderMessage } from '@/utils/message/render';
import campaign from '../../assets/campaign.json';
import { GECKO_ID } from '../../scripts/manifest';
import { readClipboardByPasting } from '../support/firefox-session';
import { type FixtureServer, startServer } from '../support/local-server';
import { ROOT } from '../support/paths';
import { pollFor } from '../support/poll-for';
import {
  EXTENSION_PREFERENCES,
  launchTorBrowser,
  makeTorProfile,
  openIn,
  PRIVATE_WINDOWS_PERMISSION,
  type TorProfile,
  type TorSession,
} from './tor-profile';

/**
 * Tor Browser as its users have it, in Firefox ESR: every window private, resistFingerprinting, pages told en-US
 * (spoof_english=2), the Safest security level, a Russian interface, and our package installed for good (not
 * temporarily, which never gets private windows). The README's row "Tor Browser (Tor-like profile)" says what
 * this file shows; a test below keeps that row there.
 */

const BITCOIN = campaign.donations.find((d) => d.kind === 'bitcoin')?.account ?? '';
const BIP21 = `bitcoin:${BITCOIN}?label=Legal%20defence%20fund&message=Solidarity%20donation`;
const CYRILLIC = /[\u0400-\u04ff]/;
// What a Russian-speaking user must read, written out: the words of Firefox's own about:addons in Russian.
const RU_TITLE = 'Разрешите «Призыв к солидарности» в приватных окнах';
const RU_STEPS = [
  'Откройте about:addons (Ctrl+Shift+A).',
  'Выберите «Призыв к солидарности».',
  'В строке «Запуск в приватных окнах» отметьте «Разрешить».',
];
const ENGLISH_MESSAGES = VARIANTS.map((variant) =>
  renderMessage(campaign as Campaign, { lang: 'en', variant, format: 'text' }),
);

/** A page with a textarea and a password box; nothing of ours on it until we insert. */
const FIELDS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fields</title></head><body>
<textarea id="text" rows="8" cols="60"></textarea><input id="password" type="password" value="secret">
</body></html>`;

/** What the page's own scripts can find of ours: every shadow root they can open, every tag and text of ours. */
const PAGE_VIEW = `(() => {
  const all = [...document.querySelectorAll('*')];
  return {
    openRoots: all.filter((e) => e.shadowRoot).map((e) => e.localName),
    ourTags: all.map((e) => e.localName).filter((n) => /solidarity|call|notice/i.test(n)),
    text: document.documentElement.innerText,
  };
})()`;

/** Everything a control a user might click: none may show where our scripts cannot run. */
const VISIBLE_CONTROLS = `[...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex], [role=button], [role=link]')]
  .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden').map((e) => e.outerHTML.slice(0, 80))`;

function decodeQr(png: Uint8Array): string | undefined {
  const image = PNG.sync.read(Buffer.from(png));
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

/** In an extension page: the API, as our scripts have it there. */
const inExtension = <T>(page: Page, body: string) =>
  page.evaluate(`(async () => { const api = globalThis.browser; return ${body}; })()`) as Promise<T>;

describe('Tor-like Firefox profile: installed for good, not yet allowed in private windows', () => {
  let profile: TorProfile;
  let tor: TorSession;
  let server: FixtureServer;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({
      routes: [
        (req, res) => {
          if (!req.url?.startsWith('/fields.html')) return false;
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(FIELDS_PAGE);
          return true;
        },
      ],
    });
    profile = await makeTorProfile({ privateWindows: false });
    tor = await launchTorBrowser(profile);
    page = tor.tab;
  });
  afterAll(async () => {
    await tor?.close();
    profile?.remove();
    await server?.close();
  });

  for (const path of ['popup.html', 'options.html']) {
    it(`${path}: says in Russian how to allow it, and shows nothing clickable`, async () => {
      await openIn(page, tor.extensionUrl(path), '#no-api [role=heading]');
      // The condition a Tor Browser user meets, as Firefox reports it.
      await pollFor(async () => /not allowed due to incognito/.test(tor.output()), 'the incognito refusal');
      expect(await page.evaluate('typeof globalThis.browser')).toBe('undefined');
      const shown = (await page.evaluate(`document.body.innerText`)) as string;
      expect(shown.split('\n')[0]).toBe(RU_TITLE);
      for (const step of RU_STEPS) expect(shown).toContain(step);
      expect(shown, 'the explanation only, in one language').not.toMatch(/Allow|Erlauben|Toestaan/);
      expect(await page.evaluate(VISIBLE_CONTROLS)).toEqual([]);
    });
  }

  it('the explanation’s steps, done in about:addons as written, allow it; the popup then works in Russian: Copy, QR code', async () => {
    await openIn(page, 'about:addons', 'body');
    await page.evaluate(
      `window.gViewController.loadView(${JSON.stringify(`addons://detail/${encodeURIComponent(GECKO_ID)}`)})`,
    );
    const row = `document.querySelector('[data-l10n-id="detail-private-browsing-label"]')?.closest('.addon-detail-row')`;
    await pollFor(
      async () => Boolean(await page.evaluate(`Boolean(${row}?.textContent.trim())`)),
      'the private-windows row',
    );
    // The words the explanation quotes are Firefox's own.
    expect(await page.evaluate(`document.querySelector('.addon-name')?.textContent.trim()`)).toBe(
      'Призыв к солидарности',
    );
    expect(await page.evaluate(`${row}.textContent.replace(/\\s+/g, ' ').trim()`)).toBe(
      'Запуск в приватных окнах Разрешить Не разрешать',
    );
    await page.evaluate(`${row}.querySelector('input[type=radio][value="1"]').click()`);
    await pollFor(async () => {
      const file = join(profile.dir, EXTENSION_PREFERENCES);
      const saved = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8'))[GECKO_ID] : undefined;
      return saved?.permissions?.includes(PRIVATE_WINDOWS_PERMISSION) === true;
    }, 'the grant saved where the harness writes it');

    await openIn(page, tor.extensionUrl('popup.html'), '.popup h1');
    await pollFor(async () => (await page.$('[data-prerender]')) === null, 'hydration');
    expect(await page.$eval('.popup h1', (h) => h.textContent)).toBe(campaign.title.ru);
    expect(await page.$eval('#no-api', (e) => getComputedStyle(e).display)).toBe('none');
    expect(await inExtension(page, 'api.i18n.getAcceptLanguages()')).toEqual(['en-US', 'en']);

    // Channels open one at a time: the Bitcoin one first, as a reader would.
    await page.click('#name-bitcoin');
    await page.waitForSelector('.card-bitcoin .field button.copy', { visible: true });
    await page.click('.card-bitcoin .field button.copy');
    await pollFor(
      async () => (await page.$eval('.card-bitcoin .field button.copy', (b) => b.dataset.state)) === 'copied',
      'Copied',
    );
    expect(await readClipboardByPasting(page)).toBe(BITCOIN);

    // svg.disabled keeps SVG from web pages, not from ours.
    await page.click('.card-bitcoin .qr-row button.link-button');
    await page.waitForSelector('.card-bitcoin svg.qr', { visible: true });
    const qr = await page.$('.card-bitcoin svg.qr');
    expect(decodeQr((await qr?.screenshot()) as Uint8Array)).toBe(BIP21);
  });

  it('inserts in the language the page is told (English), and a refused field’s notice is English and unreadable to the page', async () => {
    await inExtension(page, `api.tabs.create({ url: ${JSON.stringify(`${server.url}/fields.html`)}, active: true })`);
    let fields: Page | undefined;
    await pollFor(async () => {
      for (const p of await tor.browser.pages()) {
        if ((await p.evaluate('location.href').catch(() => '')) === `${server.url}/fields.html`) fields = p;
      }
      return fields !== undefined && (await fields.$('#password').catch(() => null)) !== null;
    }, 'the fields page');
    const tab = fields as Page;
    const tabs = await inExtension<{ id: number; url?: string }[]>(page, 'api.tabs.query({})');
    const tabId = tabs.find((t) => t.url === `${server.url}/fields.html`)?.id;
    expect(tabId).toBeDefined();
    expect(await tab.evaluate('navigator.languages')).toEqual(['en-US', 'en']);

    await tab.evaluate(`document.getElementById('text').focus()`);
    const inserted = await inExtension<InsertOutcome>(
      page,
      `api.runtime.sendMessage({ type: 'insert-call', tabId: ${tabId} })`,
    );
    expect(inserted.inserted, JSON.stringify(inserted)).toBe(true);
    const value = (await tab.evaluate(`document.getElementById('text').value`)) as string;
    // Soft: a wrong language is one failure among the others this test reports, not the end of it.
    expect.soft(value, 'the inserted text').not.toMatch(CYRILLIC);
    expect.soft(ENGLISH_MESSAGES).toContain(value);

    await tab.evaluate(`document.getElementById('password').focus()`);
    const refused = await inExtension<InsertOutcome>(
      page,
      `api.runtime.sendMessage({ type: 'insert-call', tabId: ${tabId} })`,
    );
    expect(refused).toMatchObject({ inserted: false, reason: 'password' });
    expect(await tab.evaluate(`document.getElementById('password').value`)).toBe('secret');
    // An extension's content script can open closed shadow roots (openOrClosedShadowRoot); the page cannot.
    const notice = await inExtension<{ result: string }[]>(
      page,
      `api.scripting.executeScript({ target: { tabId: ${tabId} }, func: () =>
        [...document.querySelectorAll('*')].map((e) => e.openOrClosedShadowRoot?.textContent ?? '').join('') })`,
    );
    const noticeText = notice[0]?.result ?? '';
    expect.soft(noticeText, 'the notice').toMatch(/nothing was inserted/i);
    expect.soft(noticeText, 'the notice').not.toMatch(CYRILLIC);
    const seen = (await tab.evaluate(PAGE_VIEW)) as { openRoots: string[]; ourTags: string[]; text: string };
    expect.soft(seen.openRoots, 'shadow roots the page can open').toEqual([]);
    expect.soft(seen.ourTags, 'our tag names').toEqual([]);
    expect(seen.text).not.toMatch(/nothing was inserted/i);
  });

  it('the options page works: the message language is saved', async () => {
    const options = await openIn(page, tor.extensionUrl('options.html'), 'select#lang');
    expect(await options.$eval('#no-api', (e) => getComputedStyle(e).display)).toBe('none');
    await options.select('select#lang', 'de');
    await pollFor(
      async () =>
        ((await inExtension<{ lang?: string }>(options, `api.storage.local.get('lang')`)).lang ?? '') === 'de',
      'lang saved as de',
    );
  });

  it('after a restart the popup paints in the saved language at once, though private browsing emptied localStorage', async () => {
    // The popup, opened once with the choice, keeps its localStorage copy: a restart must lose it.
    await openIn(page, tor.extensionUrl('popup.html'), '.popup');
    await pollFor(async () => (await page.evaluate(`localStorage.getItem('solidarity-call.lang')`)) === 'de', 'mirror');
    await tor.close();
    tor = await launchTorBrowser(profile);
    // The background names the saved language in the popup's URL as it starts.
    const options = await openIn(tor.tab, tor.extensionUrl('options.html'), 'select#lang');
    await pollFor(
      async () => (await inExtension<string>(options, 'api.action.getPopup({})')).endsWith('/popup.html?lang=de'),
      'the popup named with its language',
    );
    expect(await tor.tab.evaluate(`localStorage.getItem('solidarity-call.lang')`)).toBeNull();
    // What the head script chooses here, before any storage is read: run the very file again in this page.
    const popup = await openIn(tor.tab, tor.extensionUrl('popup.html?lang=de'), '.popup');
    const headScriptChoice = () =>
      popup.evaluate(`new Promise((resolve, reject) => {
        document.documentElement.lang = 'none';
        const script = document.head.appendChild(document.createElement('script'));
        script.onload = () => resolve(document.documentElement.lang);
        script.onerror = reject;
        script.src = '/choose-lang.js?again=' + Math.random();
      })`);
    expect(await popup.evaluate(`localStorage.getItem('solidarity-call.lang')`), 'no copy to read').toBeNull();
    expect(await headScriptChoice()).toBe('de');
    await pollFor(async () => (await popup.$('[data-prerender]')) === null, 'hydration');
    expect(await popup.$eval('.popup h1', (h) => h.textContent)).toBe(campaign.title.de);
    // A second browser start: on a loaded 2-core machine that alone can take half a minute.
  }, 120_000);
});

describe('README', () => {
  it('has the Tor Browser row this file keeps true', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/^\| Tor Browser \(Tor-like profile\) \|.*`tests\/e2e\/tor\.test\.ts`/m);
  });
});
