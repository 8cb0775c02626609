import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { entrypointJsSize, jsSize } from '../tests/support/bundle-size';
import { extensionDir, OUT_DIR, ROOT } from '../tests/support/paths';

export const ENTRYPOINTS = {
  popup: 'popup.html',
  background: 'background.js',
  insert: 'insert.js',
  options: 'options.html',
};

export type EntrypointBytes = Record<keyof typeof ENTRYPOINTS, { raw: number; gzip: number; files: string[] } | null>;

/** Raw and gzipped JavaScript of each entrypoint of a production build; null where the build has none. */
export function entrypointBytes(browser: 'chrome' | 'firefox'): EntrypointBytes {
  const root = extensionDir(browser, 'production');
  return Object.fromEntries(
    Object.entries(ENTRYPOINTS).map(([name, entry]) => [name, entrypointJsSize(root, entry) ?? null]),
  ) as EntrypointBytes;
}

/** The prerendered page itself: its HTML and the stylesheets it links, raw and gzipped. */
export function markupBytes(
  browser: 'chrome' | 'firefox',
  html: string,
): { raw: number; gzip: number; files: string[] } {
  const root = extensionDir(browser, 'production');
  const markup = readFileSync(join(root, html), 'utf8');
  const sheets = [...markup.matchAll(/<link\b[^>]*rel=["']stylesheet["'][^>]*href=["']\/?([^"']+)["']/g)].map(
    ([, href]) => href as string,
  );
  // The budget tests' byte count (raw and gzip level 9, file by file) serves any file, not only scripts.
  return jsSize(root, [html, ...sheets]);
}

/**
 * Builds the store packages with the project's own `npm run zip`, into a folder of their own so
 * the builds being measured stay untouched, and reports each zip; null without a zip script.
 */
export function storeZips(): { zips: { file: string; bytes: number }[] | null; error?: string } {
  const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts ?? {};
  if (!scripts.zip) return { zips: null };
  const outDir = `${OUT_DIR}-zips`;
  rmSync(outDir, { recursive: true, force: true });
  const run = spawnSync('npm', ['run', 'zip'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, WXT_OUT_DIR: outDir },
  });
  if (run.status !== 0) return { zips: null, error: `npm run zip failed: ${run.stderr.trim().split('\n').at(-1)}` };
  const zips: { file: string; bytes: number }[] = [];
  const walk = (dir: string, depth: number) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory() && depth < 2) walk(path, depth + 1);
      else if (name.endsWith('.zip')) zips.push({ file: name, bytes: stat.size });
    }
  };
  walk(outDir, 0);
  return { zips: zips.sort((a, b) => a.file.localeCompare(b.file)) };
}
