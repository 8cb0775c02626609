import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { requireBrowser } from '../tests/support/browsers';
import { launchChromium } from '../tests/support/chromium-session';
import { extensionDir } from '../tests/support/paths';
import { serviceWorkerControl } from './service-worker';

export interface PageFootprint {
  /** Scripts the page's debugger saw parsed, all origins. */
  scripts: number;
  /** Of those, the ones from an extension (chrome-extension:// URL or an extension's isolated world). */
  extensionScripts: number;
  /** JavaScript worlds created in the page (main world, isolated worlds). */
  contexts: number;
  extensionContexts: number;
  /** Event listeners on window and on every node of the document. */
  listeners: number;
}

/**
 * What runs in a page the user has not used the extension on: load it, click in and type in
 * its textarea (acting on the page, not on the extension), let it sit, then count through CDP.
 */
export async function pageFootprint(
  context: BrowserContext,
  url: string,
  /** After the user's own typing: the control run inserts through the extension here, to show what a count looks like. */
  then?: () => Promise<void>,
): Promise<PageFootprint> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const scripts: { url: string; context: number }[] = [];
  const contexts: { id: number; origin: string }[] = [];
  cdp.on('Debugger.scriptParsed', (e) => scripts.push({ url: e.url, context: e.executionContextId }));
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push({ id: e.context.id, origin: e.context.origin }));
  await cdp.send('Runtime.enable');
  await cdp.send('Debugger.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.click('#plain');
  await page.keyboard.type('hello');
  await then?.();
  await page.waitForTimeout(1500);
  let listeners = 0;
  for (const expression of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners: found } = await cdp.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId as string,
      // window: itself only; document: the whole tree, shadow roots included.
      ...(expression === 'document' ? { depth: -1, pierce: true } : {}),
    });
    listeners += found.length;
  }
  const isExtension = (origin: string) => origin.startsWith('chrome-extension://');
  const extensionContextIds = new Set(contexts.filter((c) => isExtension(c.origin)).map((c) => c.id));
  await page.close();
  return {
    scripts: scripts.length,
    extensionScripts: scripts.filter((s) => isExtension(s.url) || extensionContextIds.has(s.context)).length,
    contexts: contexts.length,
    extensionContexts: extensionContextIds.size,
    listeners,
  };
}

/**
 * The service worker's JavaScript heap after a garbage collection, through a browser-level CDP
 * session attached to the worker's target (Playwright has no CDP session for workers).
 */
export async function serviceWorkerHeap(
  context: BrowserContext,
  extensionId: string,
): Promise<{ usedBytes: number; totalBytes: number } | null> {
  const browser = context.browser();
  if (!browser) return null;
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(extensionId));
    if (!target) return null;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    let nextId = 0;
    const pending = new Map<number, (message: { result?: Record<string, number>; error?: unknown }) => void>();
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message);
      if (message.id) pending.get(message.id)?.(message);
    });
    const send = (method: string) =>
      new Promise<{ result?: Record<string, number>; error?: unknown }>((resolve) => {
        const id = ++nextId;
        pending.set(id, resolve);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      });
    await send('HeapProfiler.collectGarbage');
    const { result } = await send('Runtime.getHeapUsage');
    await cdp.send('Target.detachFromTarget', { sessionId });
    return result ? { usedBytes: result.usedSize as number, totalBytes: result.totalSize as number } : null;
  } finally {
    await cdp.detach();
  }
}

export interface IdleCost {
  withExtension: PageFootprint;
  withoutExtension: PageFootprint;
  backgroundWokenByPageUse: boolean;
  backgroundHeap: { usedBytes: number; totalBytes: number } | null;
}

/**
 * The production build: the worker's heap after start, then, with the worker stopped, a page used
 * without the extension, and whether that woke the worker; then the same page in a Chromium without it.
 */
export async function measureIdle(pageUrl: string): Promise<{ idle: IdleCost; version: string }> {
  const session = await launchChromium({ dir: extensionDir('chrome', 'production') });
  let withExtension: PageFootprint;
  let backgroundWokenByPageUse: boolean;
  let backgroundHeap: IdleCost['backgroundHeap'];
  let version: string;
  try {
    version = session.context.browser()?.version() ?? 'unknown';
    await new Promise((r) => setTimeout(r, 1000));
    backgroundHeap = await serviceWorkerHeap(session.context, session.extensionId);
    const helper = await session.context.newPage();
    const worker = await serviceWorkerControl(await session.context.newCDPSession(helper), session.extensionId);
    await worker.stop();
    withExtension = await pageFootprint(session.context, pageUrl);
    backgroundWokenByPageUse = worker.status() !== 'stopped';
  } finally {
    await session.close();
  }
  const profile = mkdtempSync(join(tmpdir(), 'sc-bench-bare-'));
  const bare = await chromium.launchPersistentContext(profile, {
    executablePath: requireBrowser('chromium'),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const withoutExtension = await pageFootprint(bare, pageUrl);
    return { idle: { withExtension, withoutExtension, backgroundWokenByPageUse, backgroundHeap }, version };
  } finally {
    await bare.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
