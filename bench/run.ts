import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { extensionDir, ROOT } from '../tests/support/paths';
import { entrypointBytes, markupBytes, storeZips } from './bytes';
import { measureChromiumPaint, measureFirefoxPaint, STATIC_PATH, staticPopupPage, staticRoute } from './first-paint';
import { startFixtureServer } from './fixture-server';
import { measureIdle } from './idle-cost';
import { chromiumInjectionCosts, firefoxInjectionCosts } from './injection-costs';
import type { InsertSeries } from './insert-latency';
import { FIREFOX_IDLE_TIMEOUT_MS, measureChromiumInserts, measureFirefoxInserts, ourTexts } from './insert-sessions';
import { formatResults, type Results, writePerformanceDoc } from './report';
import { round } from './stats';

/** Loads per page for the first paint, inserts per case: the issue asks for at least 15 and 30. */
const PAINT_LOADS = 20;
const INSERTS = 30;

const began = Date.now();
/** Each step with the time since the start, so a run that outgrows its few minutes shows where. */
const log = (line: string) => process.stderr.write(`bench: ${((Date.now() - began) / 1000).toFixed(0)} s: ${line}\n`);

// The benchmark reports; it fails only when it cannot measure (a missing build, a browser error).
it('measures the production build against the limit, side by side', { timeout: 1_200_000 }, async () => {
  const notes: string[] = [];
  // Other work on the machine moves the medians (less so the ratios, measured side by side): say how busy it was.
  const loadAtStart = loadavg()[0] as number;
  const chromeDir = extensionDir('chrome', 'production');

  log('bytes and store packages');
  const packages = storeZips();
  if (packages.error) notes.push(packages.error);
  const bytes: Results['bytes'] = {
    chrome: entrypointBytes('chrome'),
    firefox: entrypointBytes('firefox'),
    popupMarkup: { chrome: markupBytes('chrome', 'popup.html'), firefox: markupBytes('firefox', 'popup.html') },
    zips: packages.zips,
  };

  const server = await startFixtureServer(chromeDir, [staticRoute(() => staticPopupPage(chromeDir))]);
  const pageUrl = `${server.url}/page.html`;
  const staticUrl = `${server.url}${STATIC_PATH}`;
  try {
    log('Chromium, production build: background heap, an idle page with and without the extension');
    const idle = await measureIdle(pageUrl);

    log('Chromium, production build (+ the static page): popup first paint, background awake then asleep');
    const chromiumPaint = await measureChromiumPaint(chromeDir, staticUrl, PAINT_LOADS);
    notes.push(...chromiumPaint.notes);

    log('Chromium, e2e build: the texts we insert, which the floor extension is built to insert too');
    const floorTexts = await ourTexts(pageUrl);

    log("Chromium, e2e build and the floor: insert latency, warm and after a stop; the idle count's control");
    const chromiumInserts = await measureChromiumInserts(pageUrl, INSERTS, floorTexts);
    notes.push(
      'Insert latency runs on the e2e build: the same code, plus host access to 127.0.0.1 in place of the activeTab grant a real click gives.',
      ...chromiumInserts.notes.map((n) => `Chromium: ${n}`),
    );

    log('Firefox, e2e build and the floor: insert latency, warm and after a suspension');
    const firefoxInserts = await measureFirefoxInserts(pageUrl, INSERTS, floorTexts).catch((error: Error) => {
      notes.push(`Firefox insert latency not measured: ${error.message}`);
      return null;
    });
    if (firefoxInserts) notes.push(...firefoxInserts.notes.map((n) => `Firefox: ${n}`));

    log('Chromium and Firefox, e2e build: what one executeScript costs, and what ours adds to it');
    const injectionCosts = {
      chromium: await chromiumInjectionCosts(pageUrl, INSERTS * 2),
      firefox: await firefoxInjectionCosts(pageUrl, INSERTS * 2).catch((error: Error) => {
        notes.push(`Firefox injection costs not measured: ${error.message}`);
        return null;
      }),
    };

    log('Firefox, production build: popup first paint');
    const firefoxPaint = await measureFirefoxPaint(staticUrl, PAINT_LOADS).catch((error: Error) => {
      notes.push(`Firefox first paint not measured: ${error.message}`);
      return null;
    });
    notes.push(
      `Firefox: "background just stopped" is the event page suspended by Firefox itself, its idle timeout shortened to ${FIREFOX_IDLE_TIMEOUT_MS} ms for the run (extensions.background.idle.timeout); warm inserts first send a message it ignores, so none finds it suspended. No idle count or background heap (no CDP in Firefox).`,
      ...clockNotes('Chromium', chromiumInserts.series),
      ...clockNotes('Firefox', firefoxInserts?.series ?? null),
    );

    const results: Results = {
      date: new Date().toISOString(),
      machine: {
        cores: cpus().length,
        loadAverage: { start: round(loadAtStart), end: round(loadavg()[0] as number) },
        node: process.version,
        chromium: idle.version,
        firefox: firefoxPaint?.version ?? null,
      },
      notes,
      firstPaint: {
        chromiumAwake: chromiumPaint.awake,
        chromiumAsleep: chromiumPaint.asleep,
        firefox: firefoxPaint?.paint ?? null,
        staticSource: 'prerendered popup.html without its scripts',
      },
      insert: { build: 'e2e', chromium: chromiumInserts.series, firefox: firefoxInserts?.series ?? null },
      insertVsFloor: { chromium: chromiumInserts.floor, firefox: firefoxInserts?.floor ?? null },
      injectionCosts,
      bytes,
      idle: { ...idle.idle, afterInsertControl: chromiumInserts.control },
    };
    writeResults(results);
    process.stdout.write(`\n${formatResults(results)}\n\n${notes.map((n) => `- ${n}`).join('\n')}\n\n`);
  } finally {
    await server.close();
  }
});

function clockNotes(browser: string, series: InsertSeries | null): string[] {
  if (!series) return [];
  const { offset, uncertainty } = series.clockOffset;
  return [
    `${browser} clocks: fixture page minus extension page ${offset.toFixed(2)} ± ${uncertainty.toFixed(2)} ms (drift ${series.clockDrift.toFixed(2)} ms over the run), page clock step ${series.clockResolution.toFixed(2)} ms; ${series.characters}-character message.`,
  ];
}

/** bench/results.json, in the project's own format since it is committed, and docs/performance.md's tables from it. */
function writeResults(results: Results) {
  const file = join(ROOT, 'bench/results.json');
  writeFileSync(file, `${JSON.stringify(results, (_, v) => (typeof v === 'number' ? round(v) : v), 2)}\n`);
  spawnSync(join(ROOT, 'node_modules/.bin/biome'), ['format', '--write', file], { cwd: ROOT });
  writePerformanceDoc(ROOT);
}
