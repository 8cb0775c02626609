import type { CDPSession, Page } from 'playwright-core';
import type { Bench, Field } from './fixtures/page';
import { type Summary, summarize } from './stats';

declare const bench: Bench;
// biome-ignore lint/suspicious/noExplicitAny: the extension page's own `chrome` global
declare const chrome: any;

export interface ClockOffset {
  /** Fixture page clock minus extension page clock, ms. */
  offset: number;
  /** Half the round trip of the best probe: the offset is known to within ± this. */
  uncertainty: number;
}

/**
 * The two pages live in different processes; their `timeOrigin + now()` clocks are compared
 * NTP-style through the automation channel, keeping the probe with the shortest round trip.
 */
export async function clockOffset(extension: Page, fixture: Page, probes = 15): Promise<ClockOffset> {
  let best: ClockOffset = { offset: 0, uncertainty: Number.POSITIVE_INFINITY };
  const now = () => performance.timeOrigin + performance.now();
  for (let i = 0; i < probes; i++) {
    const a1 = await extension.evaluate(now);
    const b = await fixture.evaluate(now);
    const a2 = await extension.evaluate(now);
    const uncertainty = (a2 - a1) / 2;
    if (uncertainty < best.uncertainty) best = { offset: b - (a1 + a2) / 2, uncertainty };
  }
  return best;
}

export interface InsertRig {
  /** An extension page (the popup), where the insert request starts, as from the popup's button. */
  extension: Page;
  fixture: Page;
  tabId: number;
  offset: ClockOffset;
}

/** Finds the fixture tab's id from the extension page (the e2e build's host access lets tabs.query see it). */
export async function fixtureTabId(extension: Page, url: string): Promise<number> {
  const id = await extension.evaluate(
    async (u) => (await chrome.tabs.query({})).find((t: { url?: string }) => t.url === u)?.id,
    url,
  );
  if (typeof id !== 'number') throw new Error(`no tab found for ${url}`);
  return id;
}

async function waitSeen(fixture: Page, what: string): Promise<number> {
  const handle = await fixture
    .waitForFunction(() => bench.seenAt(), null, { timeout: 10_000, polling: 'raf' })
    .catch(() => {
      throw new Error(`the text never appeared (${what})`);
    });
  return (await handle.jsonValue()) as number;
}

/** One insert through the extension: request sent from the extension page, done when the field holds the text. */
export async function extensionInsert(rig: InsertRig, field: Field, target: string): Promise<number> {
  await rig.fixture.evaluate(([f, t]) => bench.arm(f, t), [field, target] as const);
  const start = await rig.extension.evaluate(async (tabId) => {
    const start = performance.timeOrigin + performance.now();
    const reply = await chrome.runtime.sendMessage({ type: 'insert-call', tabId });
    return { start, reply };
  }, rig.tabId);
  const seen = await waitSeen(rig.fixture, `extension insert into ${field}: reply ${JSON.stringify(start.reply)}`);
  return seen - rig.offset.offset - start.start;
}

/** The limit: the same text put in by the page itself with execCommand('insertText'). */
export async function bareInsert(rig: InsertRig, field: Field, text: string, target: string): Promise<number> {
  const start = await rig.fixture.evaluate(([f, x, t]) => bench.bare(f, x, t), [field, text, target] as const);
  return (await waitSeen(rig.fixture, `bare insert into ${field}`)) - start;
}

/** Waits until the field's content stops changing, and returns it normalized. */
export async function settledContent(fixture: Page, field: Field): Promise<string> {
  let last = '';
  let stableSince = Date.now();
  const end = Date.now() + 10_000;
  while (Date.now() < end) {
    const now = await fixture.evaluate((f) => bench.content(f), field);
    if (now !== last) {
      last = now;
      stableSince = Date.now();
    } else if (now && Date.now() - stableSince > 300) return now;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the ${field} field never settled`);
}

/** Follows our service worker's running status through CDP, and stops it on demand. */
export async function serviceWorkerControl(cdp: CDPSession, extensionId: string) {
  let status = 'unknown';
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const version of event.versions) if (version.scriptURL.includes(extensionId)) status = version.runningStatus;
  });
  await cdp.send('ServiceWorker.enable');
  const waitFor = async (wanted: string) => {
    const end = Date.now() + 10_000;
    while (status !== wanted) {
      if (Date.now() > end) throw new Error(`the service worker stayed ${status}, not ${wanted}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  return {
    status: () => status,
    /** Stops every service worker (ours is the only one) and waits until ours is stopped. */
    async stop() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await waitFor('stopped');
    },
  };
}

export interface InsertComparison {
  extension: Summary;
  bare: Summary;
  ratio: number;
  samples: { extension: number[]; bare: number[] };
}

export function compareInsert(extension: number[], bare: number[]): InsertComparison {
  const ext = summarize(extension);
  const limit = summarize(bare);
  return {
    extension: ext,
    bare: limit,
    ratio: Math.round((ext.median / limit.median) * 10) / 10,
    samples: { extension, bare },
  };
}

const NEVER = '\u0000';

/** One untimed insert to learn what the field holds once the extension is done (its text, in that field's form). */
export async function calibrateExtension(rig: InsertRig, field: Field): Promise<string> {
  await rig.fixture.evaluate(([f, t]) => bench.arm(f, t), [field, NEVER] as const);
  const reply = await rig.extension.evaluate(
    (tabId) => chrome.runtime.sendMessage({ type: 'insert-call', tabId }),
    rig.tabId,
  );
  if (!reply?.inserted) throw new Error(`the extension did not insert into ${field}: ${JSON.stringify(reply)}`);
  return settledContent(rig.fixture, field).catch(async (error) => {
    const raw = await rig.fixture.evaluate((f) => bench.raw(f), field);
    throw new Error(
      `${error.message}; reply ${JSON.stringify(reply)}; field holds ${JSON.stringify(raw.slice(0, 200))}`,
    );
  });
}

/** The same for the bare insertion of `text`. */
export async function calibrateBare(rig: InsertRig, field: Field, text: string): Promise<string> {
  await rig.fixture.evaluate(([f, x, t]) => bench.bare(f, x, t), [field, text, NEVER] as const);
  return settledContent(rig.fixture, field);
}
