import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import JSZip from 'jszip';
import { OUT_DIR, ROOT } from './paths';

const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** The store package `npm run zip` wrote (see zip.artifactTemplate in wxt.config.ts). */
export function packagePath(kind: 'chrome' | 'firefox' | 'sources'): string {
  const file = resolve(OUT_DIR, `${name}-${version}-${kind}.zip`);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run zip\` first (npm test does)`);
  return file;
}

/** Each file in a zip, by its path. */
export async function readZip(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const files = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  return files;
}

/** Writes a zip's files under `dir` (for Chromium, which loads only unpacked folders). */
export async function unzipTo(file: string, dir: string): Promise<string> {
  for (const [path, content] of await readZip(file)) {
    const target = resolve(dir, path);
    if (!target.startsWith(resolve(dir))) throw new Error(`${file}: entry escapes the folder: ${path}`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return dir;
}
