import type { Bench, Field } from './fixtures/page';
import { median, round, type Summary, summarize } from './stats';

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

/** A page that sends the `insert-call` message, with its clock's offset to the fixture page's. */
export interface Trigger {
  page: Run;
  offset: ClockOffset;
}

export interface InsertRig {
  /** Our extension page (the popup), where the insert request starts, as from the popup's button. */
  extension: Trigger;
  /** The floor extension's own page, sending the same message to the floor's background. */
  floor?: Trigger;
  fixture: Run;
  tabId: number;
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

/** Sends `insert-call` for the tab from a trigger page (our popup, or the floor's page): the same message to each. */
function sendInsert(trigger: Trigger, tabId: number) {
  return trigger.page(async (id) => {
    // biome-ignore lint/suspicious/noExplicitAny: the extension page's own global, `browser` in Firefox
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const start = performance.timeOrigin + performance.now();
    const reply = await api.runtime.sendMessage({ type: 'insert-call', tabId: id });
    return { start, reply: reply as { inserted?: boolean } | undefined };
  }, tabId);
}

/** One insert through an extension: request sent from its page, done when the field holds the text. */
export async function triggeredInsert(rig: InsertRig, trigger: Trigger, field: Field, target: string): Promise<number> {
  await rig.fixture(([f, t]) => bench.arm(f, t), [field, target] as const);
  const { start, reply } = await sendInsert(trigger, rig.tabId);
  const seen = await waitSeen(rig.fixture, `extension insert into ${field}: reply ${JSON.stringify(reply)}`);
  return seen - trigger.offset.offset - start;
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
export async function calibrateTrigger(rig: InsertRig, trigger: Trigger, field: Field): Promise<string> {
  await rig.fixture(([f, t]) => bench.arm(f, t), [field, NEVER] as const);
  const { reply } = await sendInsert(trigger, rig.tabId);
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

/** Ours against the floor extension, medians of inserts taken in turns in the same browser. */
export interface VsFloor {
  floorMs: number;
  oursMs: number;
  /** Our median over the floor's. */
  ratio: number;
  /**
   * The same from 10 % trimmed means. Firefox's page clock steps by 1 ms (with jitter), so its medians of a few
   * ms jump between runs (a floor of 4.0 ms in one, 5.5 ms in the next); a mean resolves below the step.
   */
  trimmedMeanRatio: number;
  n: number;
}

/** The mean of the middle 80 %: below the clock's step, without the odd garbage collection. */
export function trimmedMean(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const cut = Math.floor(sorted.length / 10);
  const kept = sorted.slice(cut, sorted.length - cut);
  return kept.reduce((a, b) => a + b, 0) / kept.length;
}

export function compareFloor(ours: number[], floor: number[]): VsFloor {
  const oursMs = median(ours);
  const floorMs = median(floor);
  return {
    floorMs: round(floorMs),
    oursMs: round(oursMs),
    ratio: round(oursMs / floorMs),
    trimmedMeanRatio: round(trimmedMean(ours) / trimmedMean(floor)),
    n: Math.min(ours.length, floor.length),
  };
}

export type FloorFields = { textarea: VsFloor; rich: VsFloor };
/** `stopped` is null where the backgrounds could not be stopped. */
export type FloorSeries = { warm: FloorFields; stopped: FloorFields | null };

export interface InsertRun {
  series: InsertSeries;
  floor: FloorSeries | null;
  notes: string[];
}

/** Puts an extension's background in the state a series needs, and waits until it is in it. */
export interface BackgroundControl {
  /** Stopped, as after the browser's idle timeout. */
  stop(): Promise<unknown>;
  /**
   * Running: where the bench shortens the idle timeout (Firefox), a warm insert must not find it stopped.
   * Says whether it was running already.
   */
  wake?(): Promise<boolean>;
}

export interface Backgrounds {
  extension: BackgroundControl;
  floor?: BackgroundControl;
}

/**
 * The whole series in one browser: warm inserts through ours, through the floor extension and by the
 * page itself, taking turns (the order rotating every round); then, where backgrounds can be stopped,
 * ours and the floor's in turns, each after a stop of its own background.
 */
export async function measureInserts(
  pages: { extension: Run; floor?: Run; fixture: Run; tabId: number },
  count: number,
  backgrounds?: Backgrounds,
): Promise<InsertRun> {
  const { fixture, tabId } = pages;
  const trigger = async (page: Run): Promise<Trigger> => ({ page, offset: await clockOffset(page, fixture, 30) });
  const rig: InsertRig = {
    fixture,
    tabId,
    extension: await trigger(pages.extension),
    floor: pages.floor ? await trigger(pages.floor) : undefined,
  };
  const notes: string[] = [];
  // One untimed insert per field tells what "done" looks like; the textarea's value is the text itself.
  const fields = ['plain', 'rich'] as const;
  const targets = { plain: { extension: '', bare: '', floor: '' }, rich: { extension: '', bare: '', floor: '' } };
  await backgrounds?.extension.wake?.();
  // Ours chooses a version per field; the page and the floor then insert exactly what ours put in that field.
  const texts = { plain: '', rich: '' };
  for (const field of fields) {
    await backgrounds?.extension.wake?.();
    targets[field].extension = await calibrateTrigger(rig, rig.extension, field);
    texts[field] = await rig.fixture(([f]) => bench.raw(f), [field] as const);
    targets[field].bare = await calibrateBare(rig, field, texts[field]);
    if (!rig.floor) continue;
    await backgrounds?.floor?.wake?.();
    targets[field].floor = await calibrateTrigger(rig, rig.floor, field);
    if (targets[field].floor !== targets[field].extension)
      notes.push(
        `The floor's text in the ${field} field differs from ours (${targets[field].floor.length} against ${targets[field].extension.length} characters, whitespace aside).`,
      );
  }

  const samples = Object.fromEntries(
    fields.map((f) => [f, { warm: [], cold: [], bare: [], floorWarm: [], floorCold: [] }]),
  ) as unknown as Record<Field, Record<'warm' | 'cold' | 'bare' | 'floorWarm' | 'floorCold', number[]>>;
  const { floor } = rig;
  // Warm inserts whose background had to be started first (by the wake, untimed): its caches were lost.
  const restarted = { extension: 0, floor: 0 };
  for (let i = 0; i < count; i++) {
    for (const field of fields) {
      const t = targets[field];
      const arms = [
        async () => {
          if ((await backgrounds?.extension.wake?.()) === false) restarted.extension += 1;
          samples[field].warm.push(await triggeredInsert(rig, rig.extension, field, t.extension));
        },
        async () => samples[field].bare.push(await bareInsert(rig, field, texts[field], t.bare)),
        ...(floor
          ? [
              async () => {
                if ((await backgrounds?.floor?.wake?.()) === false) restarted.floor += 1;
                samples[field].floorWarm.push(await triggeredInsert(rig, floor, field, t.floor));
              },
            ]
          : []),
      ];
      for (let k = 0; k < arms.length; k++) await (arms[(k + i) % arms.length] as () => Promise<unknown>)();
    }
  }
  if (backgrounds) {
    const floorBackground = backgrounds.floor;
    for (let i = 0; i < count; i++) {
      for (const field of fields) {
        const t = targets[field];
        const arms = [
          async () => {
            await backgrounds.extension.stop();
            samples[field].cold.push(await triggeredInsert(rig, rig.extension, field, t.extension));
          },
          ...(floor && floorBackground
            ? [
                async () => {
                  await floorBackground.stop();
                  samples[field].floorCold.push(await triggeredInsert(rig, floor, field, t.floor));
                },
              ]
            : []),
        ];
        for (const arm of i % 2 ? arms.reverse() : arms) await arm();
      }
    }
  }
  const after = await clockOffset(pages.extension, fixture);
  const resolution = await rig.fixture(() => bench.resolution());
  const series = (field: Field) => ({
    warm: compareInsert(samples[field].warm, samples[field].bare, resolution),
    cold: backgrounds ? compareInsert(samples[field].cold, samples[field].bare, resolution) : null,
  });
  const vsFloor = (key: 'warm' | 'cold'): FloorFields => ({
    textarea: compareFloor(samples.plain[key], samples.plain[key === 'warm' ? 'floorWarm' : 'floorCold']),
    rich: compareFloor(samples.rich[key], samples.rich[key === 'warm' ? 'floorWarm' : 'floorCold']),
  });
  if (backgrounds?.extension.wake)
    notes.push(
      `the background was suspended, and woken before the insert, for ${restarted.extension} of our ${2 * count} warm inserts and ${restarted.floor} of the floor's.`,
    );
  if (floor) {
    const { offset, uncertainty } = floor.offset;
    notes.push(
      `fixture page minus the floor's page ${offset.toFixed(2)} ± ${uncertainty.toFixed(2)} ms, minus our page ${rig.extension.offset.offset.toFixed(2)} ± ${rig.extension.offset.uncertainty.toFixed(2)} ms.`,
    );
  }
  return {
    series: {
      characters: texts.plain.length,
      clockOffset: rig.extension.offset,
      clockResolution: resolution,
      clockDrift: after.offset - rig.extension.offset.offset,
      textarea: series('plain'),
      lexical: series('rich'),
    },
    floor: floor ? { warm: vsFloor('warm'), stopped: backgrounds?.floor ? vsFloor('cold') : null } : null,
    notes,
  };
}
