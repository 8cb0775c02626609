import type { Bench, Field } from './fixtures/page';
import { type Summary, summarize } from './stats';

declare const bench: Bench;

/** Runs a function in a page: the one thing needed from Playwright's and Puppeteer's pages alike. */
export type Run = <R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A) => Promise<R>;
type Evaluate = (fn: (arg: never) => unknown, arg: unknown) => Promise<unknown>;
/** Both libraries' `evaluate` take a function and one argument; their own typings differ too much to share. */
export const runIn =
  (page: { evaluate: unknown }): Run =>
  (fn, arg) =>
    (page.evaluate as Evaluate).call(page, fn as (arg: never) => unknown, arg) as Promise<never>;

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
export async function clockOffset(extension: Run, fixture: Run, probes = 15): Promise<ClockOffset> {
  let best: ClockOffset = { offset: 0, uncertainty: Number.POSITIVE_INFINITY };
  const now = () => performance.timeOrigin + performance.now();
  for (let i = 0; i < probes; i++) {
    const a1 = await extension(now);
    const b = await fixture(now);
    const a2 = await extension(now);
    const uncertainty = (a2 - a1) / 2;
    if (uncertainty < best.uncertainty) best = { offset: b - (a1 + a2) / 2, uncertainty };
  }
  return best;
}

export interface InsertRig {
  /** An extension page (the popup), where the insert request starts, as from the popup's button. */
  extension: Run;
  fixture: Run;
  tabId: number;
  offset: ClockOffset;
}

/** Finds the fixture tab's id from the extension page (the e2e build's host access lets tabs.query see it). */
export async function fixtureTabId(extension: Run, url: string): Promise<number> {
  const id = await extension(async (u) => {
    // biome-ignore lint/suspicious/noExplicitAny: the extension page's own global, `browser` in Firefox
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return (await api.tabs.query({})).find((t: { url?: string }) => t.url === u)?.id as number | undefined;
  }, url);
  if (typeof id !== 'number') throw new Error(`no tab found for ${url}`);
  return id;
}

/** Polls for the page's own stamp: the polling adds nothing to the measured time, which the page took itself. */
async function waitSeen(fixture: Run, what: string): Promise<number> {
  const end = Date.now() + 10_000;
  while (Date.now() < end) {
    const seen = await fixture(() => bench.seenAt());
    if (seen !== undefined) return seen;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`the text never appeared (${what})`);
}

/** One insert through the extension: request sent from the extension page, done when the field holds the text. */
export async function extensionInsert(rig: InsertRig, field: Field, target: string): Promise<number> {
  await rig.fixture(([f, t]) => bench.arm(f, t), [field, target] as const);
  const start = await rig.extension(async (tabId) => {
    // biome-ignore lint/suspicious/noExplicitAny: the extension page's own global, `browser` in Firefox
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const start = performance.timeOrigin + performance.now();
    const reply = await api.runtime.sendMessage({ type: 'insert-call', tabId });
    return { start, reply };
  }, rig.tabId);
  const seen = await waitSeen(rig.fixture, `extension insert into ${field}: reply ${JSON.stringify(start.reply)}`);
  return seen - rig.offset.offset - start.start;
}

/** The limit: the same text put in by the page itself with execCommand('insertText'). */
export async function bareInsert(rig: InsertRig, field: Field, text: string, target: string): Promise<number> {
  const start = await rig.fixture(([f, x, t]) => bench.bare(f, x, t), [field, text, target] as const);
  return (await waitSeen(rig.fixture, `bare insert into ${field}`)) - start;
}

/** Waits until the field's content stops changing, and returns it normalized. */
export async function settledContent(fixture: Run, field: Field): Promise<string> {
  let last = '';
  let stableSince = Date.now();
  const end = Date.now() + 10_000;
  while (Date.now() < end) {
    const now = await fixture((f) => bench.content(f), field);
    if (now !== last) {
      last = now;
      stableSince = Date.now();
    } else if (now && Date.now() - stableSince > 300) return now;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the ${field} field never settled`);
}

export interface InsertComparison {
  extension: Summary;
  bare: Summary;
  /** Median over median; a lower bound when the limit is faster than the page's clock can tell. */
  ratio: number;
  ratioIsLowerBound: boolean;
  samples: { extension: number[]; bare: number[] };
}

export function compareInsert(extension: number[], bare: number[], resolution: number): InsertComparison {
  const ext = summarize(extension);
  const limit = summarize(bare);
  const ratioIsLowerBound = limit.median < resolution;
  const ratio = ext.median / (ratioIsLowerBound ? resolution : limit.median);
  return {
    extension: ext,
    bare: limit,
    ratio: Math.round(ratio * 10) / 10,
    ratioIsLowerBound,
    samples: { extension, bare },
  };
}

const NEVER = '\u0000';

/** One untimed insert to learn what the field holds once the extension is done (its text, in that field's form). */
export async function calibrateExtension(rig: InsertRig, field: Field): Promise<string> {
  await rig.fixture(([f, t]) => bench.arm(f, t), [field, NEVER] as const);
  const reply = await rig.extension((tabId) => {
    // biome-ignore lint/suspicious/noExplicitAny: the extension page's own global, `browser` in Firefox
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return api.runtime.sendMessage({ type: 'insert-call', tabId });
  }, rig.tabId);
  if (!reply?.inserted) throw new Error(`the extension did not insert into ${field}: ${JSON.stringify(reply)}`);
  return settledContent(rig.fixture, field).catch(async (error) => {
    const raw = await rig.fixture((f) => bench.raw(f), field);
    throw new Error(
      `${error.message}; reply ${JSON.stringify(reply)}; field holds ${JSON.stringify(raw.slice(0, 200))}`,
    );
  });
}

/** The same for the bare insertion of `text`. */
export async function calibrateBare(rig: InsertRig, field: Field, text: string): Promise<string> {
  await rig.fixture(([f, x, t]) => bench.bare(f, x, t), [field, text, NEVER] as const);
  return settledContent(rig.fixture, field);
}

export interface InsertSeries {
  /** Characters of the message the extension inserted (and the limit inserted too). */
  characters: number;
  clockOffset: ClockOffset;
  /** The fixture page's clock step, ms (about 0.1 in Chromium, 1 in Firefox). */
  clockResolution: number;
  /** How far the clock offset moved between the start and the end of the series, ms. */
  clockDrift: number;
  textarea: { warm: InsertComparison; cold: InsertComparison | null };
  lexical: { warm: InsertComparison; cold: InsertComparison | null };
}

/**
 * The whole series in one browser: warm inserts alternating with the bare limit (order flipped
 * every round), then, where the background can be stopped, each insert after a stop.
 */
export async function measureInserts(
  pages: { extension: Run; fixture: Run; tabId: number },
  count: number,
  stopBackground?: () => Promise<void>,
): Promise<InsertSeries> {
  const rig: InsertRig = { ...pages, offset: await clockOffset(pages.extension, pages.fixture) };
  // One untimed insert per field tells what "done" looks like; the textarea's value is the text itself.
  const plainTarget = await calibrateExtension(rig, 'plain');
  const text = await rig.fixture(() => bench.raw('plain'));
  const targets = {
    plain: { extension: plainTarget, bare: await calibrateBare(rig, 'plain', text) },
    rich: { extension: await calibrateExtension(rig, 'rich'), bare: '' },
  };
  targets.rich.bare = await calibrateBare(rig, 'rich', text);

  const fields = ['plain', 'rich'] as const;
  const samples: Record<Field, { warm: number[]; cold: number[]; bare: number[] }> = {
    plain: { warm: [], cold: [], bare: [] },
    rich: { warm: [], cold: [], bare: [] },
  };
  for (let i = 0; i < count; i++) {
    for (const field of fields) {
      const runs = [
        async () => samples[field].warm.push(await extensionInsert(rig, field, targets[field].extension)),
        async () => samples[field].bare.push(await bareInsert(rig, field, text, targets[field].bare)),
      ];
      for (const run of i % 2 ? runs.reverse() : runs) await run();
    }
  }
  if (stopBackground) {
    for (let i = 0; i < count; i++) {
      for (const field of fields) {
        await stopBackground();
        samples[field].cold.push(await extensionInsert(rig, field, targets[field].extension));
      }
    }
  }
  const after = await clockOffset(pages.extension, pages.fixture);
  const resolution = await rig.fixture(() => bench.resolution());
  const series = (field: Field) => ({
    warm: compareInsert(samples[field].warm, samples[field].bare, resolution),
    cold: stopBackground ? compareInsert(samples[field].cold, samples[field].bare, resolution) : null,
  });
  return {
    characters: text.length,
    clockOffset: rig.offset,
    clockResolution: resolution,
    clockDrift: after.offset - rig.offset.offset,
    textarea: series('plain'),
    lexical: series('rich'),
  };
}
