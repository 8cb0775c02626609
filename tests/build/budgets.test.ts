import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entrypointJsSize, htmlEntrypointScripts } from '../support/bundle-size';
import { extensionDir } from '../support/paths';

const KB = 1024;

/**
 * Gzipped JavaScript each entrypoint may ship (sizes are deterministic, so budgets are tests).
 * The popup has its own budget in popup-budget.test.ts. The issue's ceilings were 8 KB for the
 * insert script and 20 KB for the background; the insert script is tightened to a little above
 * what it measures, so growth is a decision: raise it only with a reason. Raised from 4 KB (2.8 KB
 * measured) to 7 KB (6.0 KB): one injection now does what four calls and the background did — the
 * place table and each network's counting, the choice, the notice and its copy, the page's language.
 */
const BUDGETS = {
  'insert.js': 7 * KB,
  'background.js': 20 * KB,
};

describe.each(['chrome', 'firefox'] as const)('%s production build: JavaScript budgets (gzipped)', (browser) => {
  const root = extensionDir(browser, 'production');

  it.each(Object.entries(BUDGETS))('%s stays under %d bytes', (entry, budget) => {
    const size = entrypointJsSize(root, entry);
    expect(size, `${entry} is missing from ${root}`).toBeDefined();
    expect(size?.files.length).toBeGreaterThan(0);
    expect(size?.gzip, `${entry} (${size?.files.join(', ')}) gzipped`).toBeLessThanOrEqual(budget);
  });

  it('reports the options page', () => {
    const size = entrypointJsSize(root, 'options.html');
    console.info(
      `${browser} options.html: ${size ? `${size.raw} B raw, ${size.gzip} B gzipped` : 'not in this build'}`,
    );
  });
});

describe('measuring an HTML entrypoint', () => {
  it('counts its scripts and every chunk they import, statically or dynamically, once each, and no script they only name', () => {
    const root = mkdtempSync(join(tmpdir(), 'sc-bundle-'));
    mkdirSync(join(root, 'chunks'));
    const files: Record<string, string> = {
      'page.html':
        '<script type="module" src="/chunks/page.js"></script><link rel="modulepreload" href="/chunks/shared.js">',
      'chunks/page.js': 'import{a}from"./shared.js";import("./lazy.js");import"./worker.js";',
      'chunks/shared.js': 'export const a=1;',
      'chunks/lazy.js': 'import{a}from"./shared.js";const m=__vite__mapDeps(["chunks/deep.js"]);',
      'chunks/worker.js': 'chrome.scripting.executeScript({files:["/chunks/injected.js"]})',
      'chunks/injected.js': 'export{}',
      'chunks/deep.js': 'export{}',
      'chunks/unused.js': 'export{}',
    };
    for (const [file, text] of Object.entries(files)) writeFileSync(join(root, file), text);
    expect(htmlEntrypointScripts(root, 'page.html').sort()).toEqual(
      ['chunks/deep.js', 'chunks/lazy.js', 'chunks/page.js', 'chunks/shared.js', 'chunks/worker.js'].sort(),
    );
  });
});
