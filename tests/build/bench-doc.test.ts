import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PERFORMANCE_DOC, performanceBlock, readResults } from '../../bench/report';
import { ROOT } from '../support/paths';

// The performance page's numbers must be a real run's: `npm run bench` writes both, and this keeps them together.
describe('docs/performance.md', () => {
  const results = readResults(ROOT);

  it('shows bench/results.json as npm run bench formats it (npm run bench:report rewrites it)', () => {
    expect(readFileSync(join(ROOT, PERFORMANCE_DOC), 'utf8')).toContain(performanceBlock(results));
  });

  it('comes from a run with the sample sizes the issue asks for', () => {
    for (const paint of [results.firstPaint.chromiumAwake, results.firstPaint.chromiumAsleep]) {
      expect(paint.samples.extension.length).toBeGreaterThanOrEqual(15);
      expect(paint.samples.static.length).toBeGreaterThanOrEqual(15);
    }
    for (const field of ['textarea', 'lexical'] as const) {
      const { warm, cold } = results.insert.chromium[field];
      expect(warm.samples.extension.length).toBeGreaterThanOrEqual(30);
      expect(warm.samples.bare.length).toBeGreaterThanOrEqual(30);
      expect(cold?.samples.extension.length).toBeGreaterThanOrEqual(30);
    }
  });

  it('compares ours with the floor extension in every state each browser can be measured in', () => {
    const { chromium, firefox } = results.insertVsFloor;
    const cells = [chromium?.warm, chromium?.stopped, firefox?.warm].flatMap((s) => [s?.textarea, s?.rich]);
    for (const cell of cells) {
      expect(cell?.n).toBeGreaterThanOrEqual(20);
      expect(cell?.ratio).toBeCloseTo((cell?.oursMs ?? 0) / (cell?.floorMs ?? 1), 1);
    }
  });
});
