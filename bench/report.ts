import type { EntrypointBytes } from './bytes';
import type { PaintComparison } from './first-paint';
import type { PageFootprint } from './idle-cost';
import type { InsertComparison } from './insert-latency';

export interface Results {
  date: string;
  machine: { cores: number; node: string; chromium: string; firefox: string | null };
  notes: string[];
  firstPaint: { chromium: PaintComparison; firefox: PaintComparison | null; staticSource: string };
  insert: {
    build: string;
    text: { characters: number };
    clockOffset: { offset: number; uncertainty: number };
    textarea: { warm: InsertComparison; cold: InsertComparison };
    lexical: { warm: InsertComparison; cold: InsertComparison };
  };
  bytes: { chrome: EntrypointBytes; firefox: EntrypointBytes; zips: { file: string; bytes: number }[] | null };
  idle: {
    withExtension: PageFootprint;
    withoutExtension: PageFootprint;
    backgroundWokenByPageUse: boolean;
    backgroundHeap: { usedBytes: number; totalBytes: number } | null;
  };
}

const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (value: number) => `${value}×`;
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: string[][]) =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

function paintRow(browser: string, paint: PaintComparison | null): string[] {
  if (!paint) return [`Popup first paint, ${browser}`, 'n/a', 'n/a', 'n/a'];
  return [
    `Popup first paint, ${browser} (median FCP, ${paint.extension.n} loads each)`,
    ms(paint.extension.median),
    `${ms(paint.static.median)} (same markup and CSS, no script, from 127.0.0.1)`,
    `**${ratio(paint.ratio)}**`,
  ];
}

function insertRow(what: string, c: InsertComparison): string[] {
  return [
    `${what} (median / p95, ${c.extension.n} inserts)`,
    `${ms(c.extension.median)} / ${ms(c.extension.p95)}`,
    `${ms(c.bare.median)} / ${ms(c.bare.p95)} (execCommand in the page)`,
    ratio(c.ratio),
  ];
}

export function formatResults(r: Results): string {
  const timing = table(
    ['measure', 'extension', 'limit', 'ratio'],
    [
      paintRow('Chromium', r.firstPaint.chromium),
      paintRow('Firefox', r.firstPaint.firefox),
      insertRow('Insert into a textarea, warm worker', r.insert.textarea.warm),
      insertRow('Insert into a textarea, cold worker', r.insert.textarea.cold),
      insertRow('Insert into Lexical, warm worker', r.insert.lexical.warm),
      insertRow('Insert into Lexical, cold worker', r.insert.lexical.cold),
    ],
  );
  const entry = (b: EntrypointBytes[keyof EntrypointBytes]) => (b ? `${kb(b.raw)} / ${kb(b.gzip)}` : 'n/a');
  const names = Object.keys(r.bytes.chrome) as (keyof EntrypointBytes)[];
  const bytes = table(
    ['JavaScript (raw / gzip)', 'Chrome', 'Firefox'],
    names.map((name) => [
      `${name}${r.bytes.chrome[name] && r.bytes.chrome[name].files.length > 1 ? ` (${r.bytes.chrome[name].files.length} files)` : ''}`,
      entry(r.bytes.chrome[name]),
      entry(r.bytes.firefox[name]),
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
  const idle = table(
    ['idle page, Chromium', 'with the extension', 'without'],
    [
      ['scripts parsed in the page', `${w.scripts}`, `${wo.scripts}`],
      ['of which from the extension', `${w.extensionScripts}`, `${wo.extensionScripts}`],
      ['extension JavaScript worlds in the page', `${w.extensionContexts}`, `${wo.extensionContexts}`],
      ['event listeners on window and document tree', `${w.listeners}`, `${wo.listeners}`],
      ['background woken by loading and typing in a page', r.idle.backgroundWokenByPageUse ? 'yes' : 'no', '–'],
      [
        'background JS heap after start (after GC)',
        r.idle.backgroundHeap ? kb(r.idle.backgroundHeap.usedBytes) : 'n/a',
        '–',
      ],
    ],
  );
  return [timing, bytes, zips, idle].join('\n\n');
}
