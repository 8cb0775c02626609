import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EitherPage } from './either-page';
import { ROOT } from './paths';

// What the popup and options tests check of accessibility in a real browser: axe-core's findings and the tab order.

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Serious and critical axe-core findings, as "rule: selectors". */
export const AXE_RUN = `(async () => {
  if (!window.axe) { ${AXE} }
  const result = await window.axe.run(document, { resultTypes: ['violations'] });
  return result.violations;
})()`;
export const serious = (violations: unknown) =>
  (violations as AxeViolation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary ?? ''})`).join(', ')}`)
    .join('\n');

/**
 * Tabs through the whole page, from the top, until the focus wraps or leaves the page: each stop's spoken
 * name (a field by its #id), and the stops that show no focus ring (2 px or more, drawn by :focus-visible)
 * or are not scrolled into view.
 */
export async function tabThrough(page: EitherPage): Promise<{ names: string[]; unseen: TabStop[] }> {
  // From the top: a blur does not move Firefox's starting point, a focused first node does. Past the last
  // stop Firefox tabs out to its own toolbar, where the page no longer has the focus and draws no ring:
  // that is the end of the page's cycle, not a missing ring.
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.id = 'tab-through-start';
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
  }, undefined);
  const stops: TabStop[] = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (i === 0) await page.evaluate(() => document.getElementById('tab-through-start')?.remove(), undefined);
    const stop = (await page.evaluate(focusedStop, undefined)) as TabStop | null;
    if (!stop || stops[0]?.index === stop.index) break;
    stops.push(stop);
  }
  return { names: stops.map((s) => s.name), unseen: stops.filter((s) => !s.ring || !s.inView) };
}

interface TabStop {
  index: number;
  name: string;
  ring: boolean;
  inView: boolean;
}
function focusedStop(): TabStop | null {
  const el = document.activeElement;
  if (!el || el === document.body || !document.hasFocus()) return null;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return {
    index: [...document.querySelectorAll('*')].indexOf(el),
    // A Copy button still saying "Copied" from an earlier test is the same stop.
    name: el.matches('input, select, textarea')
      ? `#${el.id}`
      : (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/^Copied: /, 'Copy: '),
    ring: el.matches(':focus-visible') && style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
    inView: box.top >= 0 && box.bottom <= innerHeight,
  };
}
