import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_RUN, serious } from '../support/a11y';
import { type ChromiumSession, launchChromium } from '../support/chromium-session';
import { type EitherPage, readStorage, writeStorage } from '../support/either-page';
import { type FirefoxSession, launchFirefox } from '../support/firefox-session';
import { type FixtureServer, startServer } from '../support/local-server';
import { extensionDir } from '../support/paths';
import { pollFor } from '../support/poll-for';
import { makeSigner, OTHER_BITCOIN } from '../support/signed-feeds';
import { buildWithFeed, bundledCampaignJson, type CampaignJson } from './feed-build';

interface Driver {
  open(path: string, selector: string): Promise<EitherPage>;
}

const GOOD_SUMMARY = 'Signed update: the appeal is on 3 December. Write to the prisoners.';
const HOSTILE_SUMMARY = 'Hostile: send your money elsewhere.';
// Longer than GOOD_SUMMARY: without scroll anchoring, everything below the summary would move down.
const LATER_SUMMARY =
  'A later signed update, arriving while the popup is open: the hearing was moved to February. ' +
  'Letters still reach the prisoners through the support group, and the legal fund still needs help.';

const bundled = bundledCampaignJson();
const withShortSummary = (campaign: CampaignJson, text: string) => {
  for (const lang of Object.keys(campaign.summary.short)) campaign.summary.short[lang] = text;
};
const goodUpdate = (): CampaignJson => {
  const c = structuredClone(bundled);
  c.version = bundled.version + 1;
  c.updated = '2026-12-01';
  withShortSummary(c, GOOD_SUMMARY);
  c.donations.find((d: { kind: string }) => d.kind === 'bitcoin').account = OTHER_BITCOIN;
  return c;
};
/** Newer than both, putting the bundled Bitcoin address back: a changed address again. */
const laterUpdate = (): CampaignJson => {
  const c = structuredClone(bundled);
  c.version = bundled.version + 3;
  c.updated = '2026-11-30'; // never in the future: the validator refuses a campaign dated after today
  withShortSummary(c, LATER_SUMMARY);
  return c;
};
/** Validly signed and newer, but its Bitcoin address fails the checksum. */
const hostileUpdate = (): CampaignJson => {
  const c = goodUpdate();
  c.version += 1;
  withShortSummary(c, HOSTILE_SUMMARY);
  c.donations.find((d: { kind: string }) => d.kind === 'bitcoin').account = OTHER_BITCOIN.replace('Na', 'Nb');
  return c;
};

const summaryOf = (page: EitherPage) =>
  page.evaluate(() => document.querySelector('.popup .summary')?.textContent ?? '', undefined);
const bodyText = (page: EitherPage) => page.evaluate(() => document.body.textContent ?? '', undefined);

/**
 * The whole story against a real feed server, in one browser: install fetches a
 * good update (summary and a changed address shown); a hostile one is refused and
 * changes nothing; with updates off, nothing reaches the server.
 */
function feedStory(name: string, setup: (feedUrl: string, publicKey: string) => Promise<Driver>, close: () => unknown) {
  describe(`${name}: signed updates from a feed on 127.0.0.1`, () => {
    let server: FixtureServer;
    let driver: Driver;
    let body = '';
    let later = '';
    // The feed's answer waits for this, so a test can act while a check is in flight.
    let gate: Promise<void> = Promise.resolve();
    const feedRequests = () => server.requests.filter((r) => r.url === '/feed.json').length;

    beforeAll(async () => {
      const signer = await makeSigner();
      body = await signer.sign(goodUpdate());
      const hostile = await signer.sign(hostileUpdate());
      later = await signer.sign(laterUpdate());
      server = await startServer({
        routes: [
          async (req: IncomingMessage, res: ServerResponse) => {
            if (req.url !== '/feed.json') return false;
            await gate;
            // Static hosts that serve feeds send this; extensions need it without a host permission.
            res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
            res.end(body);
            return true;
          },
        ],
      });
      (globalThis as { hostileFeed?: string }).hostileFeed = hostile;
      driver = await setup(`${server.url}/feed.json`, signer.publicKey);
    }, 120_000);
    afterAll(async () => {
      await close();
      await server?.close();
    });

    it('on install, accepts the signed update: the popup shows its summary and the changed address', async () => {
      const page = await driver.open('options.html', '#last-check');
      await pollFor(
        async () => ((await page.evaluate(readStorage, ['lastCheck'])).lastCheck as { ok?: boolean })?.ok === true,
        'the install-time check',
      );
      expect(server.requests[0]?.headers.cookie).toBeUndefined();
      expect(server.requests[0]?.headers.referer).toBeUndefined();
      const popup = await driver.open('popup.html', '.popup .summary');
      await pollFor(async () => (await summaryOf(popup)) === GOOD_SUMMARY, 'the updated summary');
      const notice = () =>
        popup.evaluate(() => document.querySelector('.card-bitcoin .change-notice')?.textContent ?? '', undefined);
      await pollFor(async () => /Changed on .*2026.* by a signed update/.test(await notice()), 'the change notice');
      // The old address beside the new one.
      const bundledBitcoin = bundled.donations.find((d: { kind: string }) => d.kind === 'bitcoin').account;
      expect(await notice()).toContain(`Before${bundledBitcoin}Now${OTHER_BITCOIN}`);
      await popup.close();
      // Opening the popup is not dismissing it: the flag stays for its week.
      const again = await driver.open('popup.html', '.popup .summary');
      await pollFor(async () => /Changed on/.test(await bodyText(again)), 'the change notice, the second time');
      await again.close();
      await page.close();
    });

    it('refuses a hostile update (broken Bitcoin checksum) with a reason, and nothing changes', async () => {
      const options = await driver.open('options.html', '#check-now');
      const before = await options.evaluate(readStorage, ['acceptedCampaign', 'changeNotices', 'versionFloor']);
      body = (globalThis as { hostileFeed?: string }).hostileFeed ?? '';
      const requests = feedRequests();
      await options.click('#check-now');
      // In the user's words on the page; the specifics, in English, in the maintainers' disclosure.
      const refusal = () =>
        options.evaluate(
          () => ({
            said: document.getElementById('last-check')?.textContent ?? '',
            detail: document.querySelector('.check-detail code')?.textContent ?? '',
          }),
          undefined,
        );
      await pollFor(async () => /no update/.test((await refusal()).said), 'the refusal on the options page');
      const { said, detail } = await refusal();
      expect(said).toMatch(/: no update — the update's content does not pass the extension's checks\. /);
      expect(said).not.toMatch(/checksum/);
      expect(detail).toMatch(/^the signed campaign is invalid: .*Bitcoin address checksum/);
      // The updates section as a feed build shows it (switch, result, disclosure), judged by axe-core too.
      expect(serious(await options.evaluate(AXE_RUN))).toBe('');
      expect(feedRequests()).toBe(requests + 1);
      expect(await options.evaluate(readStorage, ['acceptedCampaign', 'changeNotices', 'versionFloor'])).toEqual(
        before,
      );
      const popup = await driver.open('popup.html', '.popup .summary');
      await pollFor(async () => (await summaryOf(popup)) === GOOD_SUMMARY, 'the summary of the last good update');
      expect(await bodyText(popup)).not.toContain(HOSTILE_SUMMARY);
      await popup.close();
      await options.close();
    });

    it('with updates turned off, no request reaches the server; turned on again, a stale popup checks', async () => {
      const options = await driver.open('options.html', '#updates');
      await options.click('#updates');
      await pollFor(
        async () => (await options.evaluate(readStorage, ['updatesEnabled'])).updatesEnabled === false,
        'updates off in storage',
      );
      const disabled = await options.evaluate(
        () => (document.getElementById('check-now') as HTMLButtonElement).disabled,
        undefined,
      );
      expect(disabled).toBe(true);
      // Stale data: the popup would check now, if updates were on.
      await options.evaluate(writeStorage, { lastCheck: { at: 0, ok: true, reason: 'long ago' } });
      const requests = server.requests.length;
      const popup = await driver.open('popup.html', '.popup .summary');
      await new Promise((r) => setTimeout(r, 1500));
      expect(server.requests.length).toBe(requests);
      await popup.close();

      await options.click('#updates');
      await pollFor(
        async () => (await options.evaluate(readStorage, ['updatesEnabled'])).updatesEnabled === true,
        'updates on in storage',
      );
      const again = await driver.open('popup.html', '.popup .summary');
      await pollFor(async () => server.requests.length > requests, 'the stale popup’s check');
      await again.close();
      await options.close();
    });

    it('a popup open on stale data shows an update as it lands, and what the user reads stays put', async () => {
      const options = await driver.open('options.html', '#updates');
      body = later;
      let release = () => {};
      gate = new Promise<void>((done) => {
        release = done;
      });
      await options.evaluate(writeStorage, { lastCheck: { at: 0, ok: true, reason: 'long ago' } });
      const requests = feedRequests();
      const popup = await driver.open('popup.html', '.popup .summary');
      await pollFor(async () => (await summaryOf(popup)) === GOOD_SUMMARY, 'the campaign in use');
      await pollFor(async () => feedRequests() > requests, 'the stale popup’s check, held by the server');
      // The reader has opened the Bitcoin channel and its QR code, and scrolled the popup's pane down to it, while the
      // answer is on its way (the popup is 600 px at most: its main pane scrolls, not the window).
      const headingTop = () =>
        popup.evaluate(async () => {
          await new Promise(requestAnimationFrame);
          return document.getElementById('name-bitcoin')?.getBoundingClientRect().top ?? Number.NaN;
        }, undefined);
      const scrolled = await popup.evaluate(async () => {
        const frame = () => new Promise(requestAnimationFrame);
        document.querySelector<HTMLButtonElement>('#name-bitcoin')?.click();
        await frame();
        document.querySelector<HTMLButtonElement>('.card-bitcoin .qr-row button.link-button')?.click();
        await frame();
        document.getElementById('name-bitcoin')?.scrollIntoView();
        return document.querySelector('main')?.scrollTop ?? 0;
      }, undefined);
      expect(scrolled).toBeGreaterThan(0);
      const before = await headingTop();
      release();
      await pollFor(async () => (await summaryOf(popup)) === LATER_SUMMARY, 'the update in the open popup');
      expect(Math.abs((await headingTop()) - before)).toBeLessThan(1);
      const shown = await popup.evaluate(
        () => ({
          updated: document.querySelector('.popup .updated')?.textContent,
          bitcoin: document.querySelector('.card-bitcoin .change-notice')?.textContent,
          account: document.getElementById('account-bitcoin')?.textContent,
        }),
        undefined,
      );
      expect(shown.updated).toMatch(/^Updated just now \(content of 30 November 2026\)$/);
      expect(shown.bitcoin).toMatch(/^Changed on 30 November 2026 by a signed update/);
      expect(shown.bitcoin).toContain(`Before${OTHER_BITCOIN}`);
      expect(shown.account).toBe(bundled.donations.find((d: { kind: string }) => d.kind === 'bitcoin').account);
      await pollFor(
        async () =>
          /Updated just now/.test(
            await popup.evaluate(
              () => document.querySelector('[data-testid="announcer"]')?.textContent ?? '',
              undefined,
            ),
          ),
        'the polite announcement',
      );
      await popup.close();
      await options.close();
    });
  });
}

let chromium: ChromiumSession | undefined;
feedStory(
  'Chromium',
  async (feedUrl, publicKey) => {
    const dir = await buildWithFeed('chrome', feedUrl, publicKey);
    const session = await launchChromium({ dir });
    chromium = session;
    // The daily check: made on install, once the worker has run its onInstalled listener.
    await pollFor(async () => {
      const alarm = await session.worker.evaluate(() =>
        // biome-ignore lint/suspicious/noExplicitAny: the worker's own `chrome` global
        (globalThis as any).chrome.alarms.get('campaign-update'),
      );
      return alarm?.periodInMinutes === 24 * 60;
    }, 'the daily alarm');
    return {
      async open(path, selector) {
        const page = await session.openExtensionPage(path);
        await page.waitForSelector(selector, { state: 'attached' });
        return page as unknown as EitherPage;
      },
    };
  },
  () => chromium?.close(),
);

let firefox: FirefoxSession | undefined;
feedStory(
  'Firefox',
  async (feedUrl, publicKey) => {
    const dir = await buildWithFeed('firefox', feedUrl, publicKey);
    const session = await launchFirefox({ dir });
    firefox = session;
    return { open: (path, selector) => session.openExtensionPage(path, selector) as unknown as Promise<EitherPage> };
  },
  () => firefox?.close(),
);

/** The default build: no feed, so no update code and no request, ever. */
describe('the default build makes no network request', () => {
  const MARKERS = ['solidarity-call-feed', 'no-referrer', 'Ed25519', 'campaign-update'];

  it.each(['chrome', 'firefox'] as const)('%s: none of the update code is in the bundle', (browser) => {
    for (const mode of ['production', 'e2e'] as const) {
      const dir = extensionDir(browser, mode);
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      expect(manifest.permissions).not.toContain('alarms');
      const scripts = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
      expect(scripts.length).toBeGreaterThan(0);
      for (const file of scripts) {
        const code = readFileSync(join(dir, file), 'utf8');
        for (const marker of MARKERS) expect(code.includes(marker), `${mode}/${file} contains ${marker}`).toBe(false);
      }
    }
  });

  it('Chromium, every request through a recording proxy: the extension sends none', async () => {
    const seen: string[] = [];
    const proxy = createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      res.writeHead(502).end();
    });
    proxy.on('connect', (req, socket) => {
      seen.push(`CONNECT ${req.url}`);
      socket.destroy();
    });
    await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
    const { port } = proxy.address() as AddressInfo;
    const session = await launchChromium({
      // <-loopback> sends even 127.0.0.1 through the proxy: nothing escapes the record.
      args: [`--proxy-server=http://127.0.0.1:${port}`, '--proxy-bypass-list=<-loopback>'],
    });
    try {
      const popup = await session.openExtensionPage('popup.html');
      await popup.waitForSelector('.popup .summary');
      const options = await session.openExtensionPage('options.html');
      await options.waitForSelector('#no-feed');
      await options.selectOption('#lang', 'de');
      await options.click('#reset');
      await new Promise((r) => setTimeout(r, 2000));
      // Chromium's own traffic (component updates, accounts) goes to Google; the extension's never would.
      const browserOwn =
        /^(CONNECT |POST |GET )(https?:\/\/)?[^/]*\b(google\.com|googleapis\.com|gvt1\.com|gstatic\.com)\b/;
      expect(seen.filter((line) => !browserOwn.test(line))).toEqual([]);
      // The control: a request the browser does make for the extension is seen by the proxy (a tab it
      // opens; its own fetch() to another origin is now refused by its CSP, see csp.test.ts).
      await session.worker.evaluate(() =>
        // biome-ignore lint/suspicious/noExplicitAny: the worker's own `chrome` global
        (globalThis as any).chrome.tabs.create({ url: 'https://example.org/' }),
      );
      await pollFor(async () => seen.some((line) => line.includes('example.org')), 'the control request');
    } finally {
      await session.close();
      await new Promise((done) => proxy.close(done));
    }
  });
});
