import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntrypointBytes } from './bytes';
import type { PaintComparison } from './first-paint';
import type { PageFootprint } from './idle-cost';
import type { InjectionCosts } from './injection-costs';
import type { FloorFields, FloorSeries, InsertComparison, InsertSeries } from './insert-latency';

export interface Results {
  date: string;
  machine: {
    cores: number;
    /** The 1-minute load average when the run started and ended. */
    loadAverage: { start: number; end: number };
    node: string;
    chromium: string;
    firefox: string | null;
  };
  notes: string[];
  firstPaint: {
    /** Chromium's extension service worker running while the popup loads. */
    chromiumAwake: PaintComparison;
    /** Stopped before each load, as after 30 s idle: how a user mostly opens the popup. */
    chromiumAsleep: PaintComparison;
    firefox: PaintComparison | null;
    staticSource: string;
  };
  insert: { build: string; chromium: InsertSeries; firefox: InsertSeries | null };
  /**
   * Ours against the floor extension (one message listener, one executeScript of execCommand), measured in
   * turns in the same browser: `insertVsFloor.chromium.warm.textarea.ratio`. Null where not measured.
   */
  insertVsFloor: { chromium: FloorSeries | null; firefox: FloorSeries | null };
  /** What ours adds to the one executeScript every insert pays, piece by piece (bench/injection-costs.ts). */
  injectionCosts?: { chromium: InjectionCosts | null; firefox: InjectionCosts | null };
  bytes: {
    chrome: EntrypointBytes;
    firefox: EntrypointBytes;
    popupMarkup: Record<'chrome' | 'firefox', { raw: number; gzip: number; files: string[] }>;
    zips: { file: string; bytes: number }[] | null;
  };
  idle: {
    withExtension: PageFootprint;
    withoutExtension: PageFootprint;
    /** The control (e2e build): the same page after one insert through the extension. */
    afterInsertControl: PageFootprint;
    backgroundWokenByPageUse: boolean;
    backgroundHeap: { usedBytes: number; totalBytes: number } | null;
  };
}

const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (value: number, digits = 1) => `${value.toFixed(digits)}×`;
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: string[][]) =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

function paintRows(browser: string, paint: PaintComparison | null): string[][] {
  if (!paint) return [[`Popup first paint, ${browser}`, 'n/a', 'n/a', 'n/a']];
  const rows = [
    [
      `Popup first paint, ${browser} (median FCP, ${paint.extension.n} loads each)`,
      ms(paint.extension.median),
      `${ms(paint.static.median)} (same markup and CSS, no script, from 127.0.0.1)`,
      `**${ratio(paint.ratio, 2)}**`,
    ],
  ];
  if (paint.staticInside)
    rows.push([
      '… the same static copy, from inside the extension',
      ms(paint.staticInside.median),
      ms(paint.static.median),
      ratio(Math.round((paint.staticInside.median / paint.static.median) * 100) / 100, 2),
    ]);
  return rows;
}

function insertRows(browser: string, s: InsertSeries): string[][] {
  const rows: string[][] = [];
  for (const [field, name] of [
    ['textarea', 'a textarea'],
    ['lexical', 'Lexical'],
  ] as const) {
    rows.push(insertRow(`Insert into ${name}, ${browser}, warm background`, s[field].warm, s.clockResolution));
    const cold = s[field].cold;
    rows.push(
      cold
        ? insertRow(`Insert into ${name}, ${browser}, background just stopped`, cold, s.clockResolution)
        : [`Insert into ${name}, ${browser}, background just stopped`, 'n/a', 'n/a', 'n/a'],
    );
  }
  return rows;
}

function insertRow(what: string, c: InsertComparison, resolution: number): string[] {
  const limit = c.ratioIsLowerBound
    ? `< ${ms(resolution)} / ${ms(c.bare.p95)} (execCommand in the page; below the clock's ${ms(resolution)} step)`
    : `${ms(c.bare.median)} / ${ms(c.bare.p95)} (execCommand in the page)`;
  return [
    `${what} (median / p95, ${c.extension.n} inserts)`,
    `${ms(c.extension.median)} / ${ms(c.extension.p95)}`,
    limit,
    `${c.ratioIsLowerBound ? '≥ ' : ''}${ratio(c.ratio)}`,
  ];
}

const STATES = [
  ['warm', 'warm background'],
  ['stopped', 'background just stopped'],
] as const;
const FIELDS = [
  ['textarea', 'a textarea'],
  ['rich', 'Lexical'],
] as const;

function floorRows(browser: string, series: FloorSeries | null): string[][] {
  return STATES.flatMap(([state, stateName]) => {
    const fields: FloorFields | null = series?.[state] ?? null;
    return FIELDS.map(([field, fieldName]) => {
      const c = fields?.[field];
      const what = `Insert into ${fieldName}, ${browser}, ${stateName}`;
      if (!c) return [what, 'n/a', 'n/a', 'n/a', 'n/a'];
      const means = c.trimmedMeanRatio === undefined ? 'n/a' : ratio(c.trimmedMeanRatio, 2);
      return [`${what} (median of ${c.n} each)`, ms(c.oursMs), ms(c.floorMs), `**${ratio(c.ratio, 2)}**`, means];
    });
  });
}

export function formatResults(r: Results): string {
  const timing = table(
    ['measure', 'extension', 'limit', 'ratio'],
    [
      ...paintRows('Chromium, background awake', r.firstPaint.chromiumAwake),
      ...paintRows('Chromium, background asleep', r.firstPaint.chromiumAsleep),
      ...paintRows('Firefox', r.firstPaint.firefox),
      ...insertRows('Chromium', r.insert.chromium),
      ...(r.insert.firefox ? insertRows('Firefox', r.insert.firefox) : [['Insert, Firefox', 'n/a', 'n/a', 'n/a']]),
    ],
  );
  const floor = table(
    ['insert, against the floor extension', 'ours', 'floor', 'ratio', 'ratio of trimmed means'],
    [...floorRows('Chromium', r.insertVsFloor.chromium), ...floorRows('Firefox', r.insertVsFloor.firefox)],
  );
  const costs = r.injectionCosts;
  const cost = (c: InjectionCosts | null | undefined, pick: (c: InjectionCosts) => number, plus = true) =>
    c ? `${plus ? '+' : ''}${pick(c).toFixed(2)} ms` : 'n/a';
  const injection = table(
    [
      `where ours pays more: one executeScript and what is added to it (mean of ${costs?.chromium?.n ?? 'n/a'})`,
      'Chromium',
      'Firefox',
    ],
    [
      [
        'one call into the tab (every insert: ours, the floor’s)',
        cost(costs?.chromium, (c) => c.meanMs.oneCall, false),
        cost(costs?.firefox, (c) => c.meanMs.oneCall, false),
      ],
      [
        'reading the prepared texts from storage.local in the isolated world (ours)',
        cost(costs?.chromium, (c) => c.extraMs.storageRead),
        cost(costs?.firefox, (c) => c.extraMs.storageRead),
      ],
      [
        'instead: handing them over in a second call, in a row',
        cost(costs?.chromium, (c) => c.extraMs.secondCallInRow),
        cost(costs?.firefox, (c) => c.extraMs.secondCallInRow),
      ],
      [
        'instead: a second call fired at the same time',
        cost(costs?.chromium, (c) => c.extraMs.secondCallAtOnce),
        cost(costs?.firefox, (c) => c.extraMs.secondCallAtOnce),
      ],
    ],
  );
  const entry = (b: EntrypointBytes[keyof EntrypointBytes]) => (b ? `${kb(b.raw)} / ${kb(b.gzip)}` : 'n/a');
  const names = Object.keys(r.bytes.chrome) as (keyof EntrypointBytes)[];
  const bytes = table(
    ['bytes (raw / gzip -9)', 'Chrome', 'Firefox'],
    names
      .map((name) => [
        `${name} JS${r.bytes.chrome[name] && r.bytes.chrome[name].files.length > 1 ? ` (${r.bytes.chrome[name].files.length} files)` : ''}`,
        entry(r.bytes.chrome[name]),
        entry(r.bytes.firefox[name]),
      ])
      .concat([
        ['popup markup (HTML + CSS, not JS)', entry(r.bytes.popupMarkup.chrome), entry(r.bytes.popupMarkup.firefox)],
      ]),
  );
  const zips = r.bytes.zips
    ? table(
        ['store package', 'size'],
        r.bytes.zips.map((z) => [z.file, kb(z.bytes)]),
      )
    : 'Store packages: n/a (no `npm run zip`)';
  const w = r.idle.withExtension;
  const wo = r.idle.withoutExtension;
  const c = r.idle.afterInsertControl;
  const idle = table(
    ['idle page, Chromium', 'with the extension', 'without', 'control: after one insert'],
    [
      ['scripts parsed in the page', `${w.scripts}`, `${wo.scripts}`, `${c.scripts}`],
      ['of which from the extension', `${w.extensionScripts}`, `${wo.extensionScripts}`, `${c.extensionScripts}`],
      [
        'extension JavaScript worlds in the page',
        `${w.extensionContexts}`,
        `${wo.extensionContexts}`,
        `${c.extensionContexts}`,
      ],
      ['event listeners on window and document tree', `${w.listeners}`, `${wo.listeners}`, `${c.listeners}`],
      ['background woken by loading and typing in a page', r.idle.backgroundWokenByPageUse ? 'yes' : 'no', '–', '–'],
      [
        'background JS heap after start (after GC)',
        r.idle.backgroundHeap ? kb(r.idle.backgroundHeap.usedBytes) : 'n/a',
        '–',
        '–',
      ],
    ],
  );
  return [timing, floor, injection, bytes, zips, idle].join('\n\n');
}

/** The page that shows the bench's tables, between these markers; the text around them is the page's own. */
export const PERFORMANCE_DOC = 'docs/performance.md';
export const BLOCK_START = '<!-- bench:start (written by npm run bench and npm run bench:report) -->';
export const BLOCK_END = '<!-- bench:end -->';

/** What docs/performance.md shows between its markers: the machine and the tables. */
export function performanceBlock(r: Results): string {
  const m = r.machine;
  const machine = `The latest run (${r.date.slice(0, 10)}): ${m.cores} cores, Node ${m.node.replace(/^v/, '')}, Chromium ${m.chromium}${
    m.firefox ? ` and Firefox ESR ${m.firefox.replace(/^firefox\//, '')}` : ''
  }, headless; load average ${m.loadAverage.start.toFixed(1)} at the start, ${m.loadAverage.end.toFixed(1)} at the end.`;
  return [BLOCK_START, machine, formatResults(r), BLOCK_END].join('\n\n');
}

/** Replaces the block between the markers; the text around it is left as it is. */
export function withPerformanceBlock(doc: string, r: Results): string {
  const start = doc.indexOf(BLOCK_START);
  const end = doc.indexOf(BLOCK_END);
  if (start < 0 || end < start) throw new Error(`${PERFORMANCE_DOC} has no bench markers`);
  return doc.slice(0, start) + performanceBlock(r) + doc.slice(end + BLOCK_END.length);
}

/** The committed results, as the build test and the doc read them (rounded, as `npm run bench` saved them). */
export function readResults(root: string): Results {
  return JSON.parse(readFileSync(join(root, 'bench/results.json'), 'utf8'));
}

/** Rewrites the doc's tables from bench/results.json, measuring nothing: `npm run bench:report`. */
export function writePerformanceDoc(root: string): void {
  const doc = join(root, PERFORMANCE_DOC);
  writeFileSync(doc, withPerformanceBlock(readFileSync(doc, 'utf8'), readResults(root)));
}
