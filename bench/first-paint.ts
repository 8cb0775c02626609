import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import type { Browser } from 'puppeteer-core';
import { launchChromium } from '../tests/support/chromium-session';
import { launchFirefox } from '../tests/support/firefox-session';
import type { Route } from '../tests/support/local-server';
import { extensionDir, ROOT } from '../tests/support/paths';
import { serviceWorkerControl } from './service-worker';
import { type Summary, summarize } from './stats';

export const STATIC_PATH = '/bench-static-popup.html';

// Executable scripts only: the campaign's JSON block is markup the popup's CSS waits for (popup.css).
const SCRIPTS = /<script\b(?![^>]*type="application\/json")[^>]*>[\s\S]*?<\/script>/gi;
const PRELOADS = /<link\b[^>]*rel=["']modulepreload["'][^>]*>/gi;
/**
 * Without scripts, and marked as the head script marks a page that has the extension API: unmarked, the page
 * would show its no-API explanation instead of the popup (public/no-api.css).
 */
const stripScripts = (html: string) =>
  html
    .replace(SCRIPTS, '')
    .replace(PRELOADS, '')
    .replace(/<html\b/i, '<html data-api');
const visibleText = (html: string) =>
  (html.match(/<body[\s\S]*<\/body>/i)?.[0] ?? '')
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/<[^>]+>/g, '')
    .trim();

/** The limit for the popup: its own prerendered markup and styles, minus every script, as a plain page. */
export function staticPopupPage(root: string): string {
  const built = readFileSync(join(root, 'popup.html'), 'utf8');
  if (visibleText(built).length === 0)
    throw new Error(`${root}/popup.html has no prerendered text: a static copy of it would paint nothing`);
  return stripScripts(built);
}

export const staticRoute =
  (page: () => string): Route =>
  (req, res) => {
    if (new URL(req.url ?? '/', 'http://x').pathname !== STATIC_PATH) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page());
    return true;
  };

export interface PaintComparison {
  extension: Summary;
  /** The static copy from 127.0.0.1: the limit. */
  static: Summary;
  /** Median extension FCP over median static FCP. */
  ratio: number;
  /** The same static copy served from inside the extension (Chromium only): what the chrome-extension:// origin costs by itself. */
  staticInside?: Summary;
  samples: { extension: number[]; static: number[]; staticInside?: number[] };
}

type Arm = 'extension' | 'static' | 'staticInside';

// A function, not a string: extension pages forbid eval.
const FCP = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
// Both arms must paint the popup: its heading, not e.g. the no-API explanation, which paints sooner.
const SHOWS_POPUP = () => [...document.querySelectorAll('.popup h1')].some((h1) => h1.checkVisibility());
const popupShown = (shown: boolean, url: string) => {
  if (!shown) throw new Error(`${url} painted, but not the popup's heading: the comparison would be unfair`);
};

/** A fresh tab per load; the arms take turns and the order rotates every round, so none always goes first. */
async function rounds(arms: Arm[], count: number, warmup: number, load: (arm: Arm) => Promise<number>) {
  const samples = Object.fromEntries(arms.map((arm) => [arm, [] as number[]])) as Record<Arm, number[]>;
  for (let i = 0; i < count + warmup; i++) {
    const order = arms.map((_, k) => arms[(k + i) % arms.length] as Arm);
    for (const arm of order) {
      const value = await load(arm);
      if (i >= warmup) samples[arm].push(value);
    }
  }
  return samples;
}

function compare(samples: Record<Arm, number[]>): PaintComparison {
  const extension = summarize(samples.extension);
  const statik = summarize(samples.static);
  return {
    extension,
    static: statik,
    ratio: Math.round((extension.median / statik.median) * 100) / 100,
    ...(samples.staticInside ? { staticInside: summarize(samples.staticInside) } : {}),
    samples,
  };
}

/** `beforeEach` runs before every load, untimed: e.g. stopping the service worker, to measure the popup opened while it sleeps. */
export async function chromiumFirstPaint(
  context: BrowserContext,
  urls: Partial<Record<Arm, string>> & { extension: string; static: string },
  count: number,
  beforeEach?: () => Promise<void>,
): Promise<PaintComparison> {
  const load = async (arm: Arm) => {
    await beforeEach?.();
    const page = await context.newPage();
    try {
      await page.goto(urls[arm] as string, { waitUntil: 'load' });
      const handle = await page.waitForFunction(FCP, null, { timeout: 10_000, polling: 20 });
      popupShown(await page.evaluate(SHOWS_POPUP), urls[arm] as string);
      return (await handle.jsonValue()) as number;
    } finally {
      await page.close();
    }
  };
  return compare(await rounds(Object.keys(urls) as Arm[], count, 2, load));
}

/** Firefox: page.goto to moz-extension may never resolve, so both sides are started and polled alike. */
export async function firefoxFirstPaint(
  browser: Browser,
  urls: { extension: string; static: string },
  count: number,
): Promise<PaintComparison> {
  const load = async (arm: Arm) => {
    const url = urls[arm as 'extension' | 'static'];
    const page = await browser.newPage();
    try {
      void page.goto(url).catch(() => {});
      const end = Date.now() + 10_000;
      while (Date.now() < end) {
        const value = await page.evaluate(FCP).catch(() => null);
        if (typeof value === 'number' && value > 0) {
          popupShown(await page.evaluate(SHOWS_POPUP), url);
          return value;
        }
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error(`Firefox reported no first-contentful-paint for ${url}`);
    } finally {
      await page.close();
    }
  };
  return compare(await rounds(['extension', 'static'], count, 2, load));
}

/**
 * Chromium, with the service worker running and then stopped before each load. The static copy also goes
 * inside the extension (a copy of the production build with that one extra file), so each run shows what
 * the chrome-extension:// origin costs by itself, apart from the popup's own scripts.
 */
export async function measureChromiumPaint(
  productionDir: string,
  staticUrl: string,
  loads: number,
): Promise<{ awake: PaintComparison; asleep: PaintComparison; notes: string[] }> {
  const copy = join(ROOT, 'bench/out/chrome-mv3-with-static-page');
  rmSync(copy, { recursive: true, force: true });
  cpSync(productionDir, copy, { recursive: true });
  writeFileSync(join(copy, STATIC_PATH), staticPopupPage(productionDir));
  const session = await launchChromium({ dir: copy });
  try {
    const base = `chrome-extension://${session.extensionId}`;
    const urls = { extension: `${base}/popup.html`, static: staticUrl, staticInside: `${base}${STATIC_PATH}` };
    const helper = await session.context.newPage();
    const worker = await serviceWorkerControl(await session.context.newCDPSession(helper), session.extensionId);
    await worker.running();
    const notRunning: string[] = [];
    let load = 0;
    const awake = await chromiumFirstPaint(session.context, urls, loads, async () => {
      load += 1;
      if (worker.status() !== 'running') notRunning.push(`load ${load}: ${worker.status()}`);
    });
    // A user's usual case: Chromium stops an idle extension worker after 30 s, so the popup mostly opens with it asleep.
    let restarted = 0;
    const asleep = await chromiumFirstPaint(session.context, urls, loads, async () => {
      if ((await worker.stop()) > 1) restarted += 1;
    });
    const notes = notRunning.length
      ? [`The service worker was not running before ${notRunning.length} "awake" loads (${notRunning.join(', ')}).`]
      : [];
    if (restarted)
      notes.push(
        `"Asleep": before ${restarted} loads the service worker started again right after its stop (an event the last popup left queued) and was stopped once more, so every load found it stopped.`,
      );
    return { awake, asleep, notes };
  } finally {
    await session.close();
    rmSync(copy, { recursive: true, force: true });
  }
}

export async function measureFirefoxPaint(
  staticUrl: string,
  loads: number,
): Promise<{ paint: PaintComparison; version: string }> {
  const firefox = await launchFirefox({ dir: extensionDir('firefox', 'production') });
  try {
    // The production build opens its welcome tab on install; left open, it keeps the first load's tab in the
    // background, and a background tab never paints.
    await closeWelcomeTab(firefox.browser);
    const version = await firefox.browser.version();
    const paint = await firefoxFirstPaint(
      firefox.browser,
      { extension: firefox.extensionUrl('popup.html'), static: staticUrl },
      loads,
    );
    return { paint, version };
  } finally {
    await firefox.close();
  }
}

async function closeWelcomeTab(browser: Browser) {
  const end = Date.now() + 10_000;
  while (Date.now() < end) {
    for (const page of await browser.pages()) {
      const url = await page.evaluate(() => location.href).catch(() => '');
      if (url.endsWith('/welcome.html')) return page.close();
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('Firefox opened no welcome tab on install: the production build should');
}
