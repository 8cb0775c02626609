import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import type { Browser } from 'puppeteer-core';
import type { Route } from '../tests/e2e/harness/server';
import { type Summary, summarize } from './stats';

export const STATIC_PATH = '/bench-static-popup.html';

const SCRIPTS = /<script\b[^>]*>[\s\S]*?<\/script>/gi;
const PRELOADS = /<link\b[^>]*rel=["']modulepreload["'][^>]*>/gi;
const stripScripts = (html: string) => html.replace(SCRIPTS, '').replace(PRELOADS, '');
const visibleText = (html: string) =>
  (html.match(/<body[\s\S]*<\/body>/i)?.[0] ?? '')
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/<[^>]+>/g, '')
    .trim();

/**
 * The limit for the popup: its own markup and styles, minus every script, as a plain page.
 * From the built popup.html when it carries prerendered text; otherwise (a popup that only
 * renders in script) from the DOM the popup rendered, so the text is still the same.
 */
export function staticPopupPage(root: string, renderedDom: string): { html: string; source: string } {
  const built = readFileSync(join(root, 'popup.html'), 'utf8');
  if (visibleText(built).length > 0) return { html: stripScripts(built), source: 'prerendered popup.html' };
  return { html: stripScripts(renderedDom), source: 'rendered popup DOM (popup.html has no prerendered text)' };
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
  static: Summary;
  /** Median extension FCP over median static FCP. */
  ratio: number;
  samples: { extension: number[]; static: number[] };
}

// A function, not a string: extension pages forbid eval.
const FCP = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;

/** A fresh tab per load; loads alternate A/B, B/A so neither side always goes first. */
async function alternate(pairs: number, warmup: number, load: (url: 'a' | 'b') => Promise<number>) {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < pairs + warmup; i++) {
    const order = i % 2 ? (['b', 'a'] as const) : (['a', 'b'] as const);
    for (const side of order) {
      const value = await load(side);
      if (i >= warmup) (side === 'a' ? a : b).push(value);
    }
  }
  return { a, b };
}

function compare(a: number[], b: number[]): PaintComparison {
  const extension = summarize(a);
  const statik = summarize(b);
  return {
    extension,
    static: statik,
    ratio: Math.round((extension.median / statik.median) * 100) / 100,
    samples: { extension: a, static: b },
  };
}

export async function chromiumFirstPaint(
  context: BrowserContext,
  urls: { extension: string; static: string },
  pairs: number,
): Promise<PaintComparison> {
  const load = async (side: 'a' | 'b') => {
    const page = await context.newPage();
    try {
      await page.goto(side === 'a' ? urls.extension : urls.static, { waitUntil: 'load' });
      const handle = await page.waitForFunction(FCP, null, { timeout: 10_000, polling: 20 });
      return (await handle.jsonValue()) as number;
    } finally {
      await page.close();
    }
  };
  const { a, b } = await alternate(pairs, 2, load);
  return compare(a, b);
}

/** Firefox: page.goto to moz-extension may never resolve, so both sides are started and polled alike. */
export async function firefoxFirstPaint(
  browser: Browser,
  urls: { extension: string; static: string },
  pairs: number,
): Promise<PaintComparison> {
  const load = async (side: 'a' | 'b') => {
    const page = await browser.newPage();
    try {
      void page.goto(side === 'a' ? urls.extension : urls.static).catch(() => {});
      const end = Date.now() + 10_000;
      while (Date.now() < end) {
        const value = await page.evaluate(FCP).catch(() => null);
        if (typeof value === 'number' && value > 0) return value;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error(`Firefox reported no first-contentful-paint for ${side === 'a' ? urls.extension : urls.static}`);
    } finally {
      await page.close();
    }
  };
  const { a, b } = await alternate(pairs, 2, load);
  return compare(a, b);
}
