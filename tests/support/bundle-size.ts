import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What an entrypoint costs in JavaScript: the files it loads and their bytes, raw and gzipped (level 9, file by file). */
export interface JsSize {
  files: string[];
  raw: number;
  gzip: number;
}

// How Vite's output loads a chunk: `from"./x.js"`, `import"./x.js"`, `import("/chunks/x.js")`, and the
// preload list `__vite__mapDeps(["chunks/x.js"])`. Other quoted paths are not loads: `files:["/insert.js"]`
// in the background names a script for another page, not a chunk of the background.
const IMPORTED_JS = /(?:\bfrom|\bimport)\s*\(?\s*["'`]([^"'`\s]+\.js)["'`]/g;
const PRELOAD_LIST = /__vite__mapDeps[\s\S]{0,200}?\[([^\]]*)\]/g;
const QUOTED_JS = /["'`]([^"'`\s]+\.js)["'`]/g;

function referencedChunks(code: string): string[] {
  const imports = [...code.matchAll(IMPORTED_JS)].map(([, ref]) => ref as string);
  const preloads = [...code.matchAll(PRELOAD_LIST)].flatMap(([, list]) =>
    [...(list as string).matchAll(QUOTED_JS)].map(([, ref]) => ref as string),
  );
  return [...imports, ...preloads];
}
const SCRIPT_SRC = /<script\b[^>]*\bsrc=["']([^"']+)["']/g;
const MODULE_PRELOAD = /<link\b[^>]*\brel=["']modulepreload["'][^>]*\bhref=["']([^"']+)["']/g;

/** Resolves a reference found in `from` (a file inside `root`) to a file of the build, or undefined. */
function resolveReference(root: string, from: string, ref: string): string | undefined {
  if (/^[a-z-]+:/i.test(ref)) return undefined;
  const candidates = ref.startsWith('/')
    ? [join(root, ref)]
    : ref.startsWith('.')
      ? [resolve(dirname(from), ref)]
      : [join(root, ref), resolve(dirname(from), ref)];
  return candidates.find((file) => file.startsWith(root) && existsSync(file));
}

/** `entry` and every chunk it can load, statically or dynamically, as paths relative to `root`. */
export function scriptClosure(root: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = entries.map((entry) => join(root, entry));
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const ref of referencedChunks(readFileSync(file, 'utf8'))) {
      const target = resolveReference(root, file, ref);
      if (target && !seen.has(target)) queue.push(target);
    }
  }
  return [...seen].map((file) => relative(root, file));
}

/** The scripts an HTML page of the build loads, following their imports. */
export function htmlEntrypointScripts(root: string, html: string): string[] {
  const page = join(root, html);
  const markup = readFileSync(page, 'utf8');
  const refs = [...markup.matchAll(SCRIPT_SRC), ...markup.matchAll(MODULE_PRELOAD)].map(([, ref]) => ref as string);
  const entries = refs.flatMap((ref) => {
    const file = resolveReference(root, page, ref);
    return file ? [relative(root, file)] : [];
  });
  return scriptClosure(root, entries);
}

export function jsSize(root: string, files: string[]): JsSize {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(root, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw, gzip };
}

/** JavaScript of an entrypoint, whether an HTML page (`popup.html`) or a script (`background.js`); undefined if the build has none. */
export function entrypointJsSize(root: string, entry: string): JsSize | undefined {
  if (!existsSync(join(root, entry))) return undefined;
  return jsSize(root, entry.endsWith('.html') ? htmlEntrypointScripts(root, entry) : scriptClosure(root, [entry]));
}
