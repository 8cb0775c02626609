import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { OUT_DIR, ROOT } from './paths';

const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** The store package `npm run zip` wrote (see zip.artifactTemplate in wxt.config.ts). */
export function packagePath(kind: 'chrome' | 'firefox' | 'sources'): string {
  const file = resolve(OUT_DIR, `${name}-${version}-${kind}.zip`);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run zip\` first (npm test does)`);
  return file;
}

/** Each file in a zip, read through its central directory: stored or deflated entries, as WXT writes them. */
export function readZip(file: string): Map<string, Buffer> {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error(`${file}: not a zip (no end of central directory)`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: broken central directory`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const path = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + size);
    files.set(path, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

/** Writes a zip's files under `dir` (for Chromium, which loads only unpacked folders). */
export function unzipTo(file: string, dir: string): string {
  for (const [path, content] of readZip(file)) {
    const target = resolve(dir, path);
    if (!target.startsWith(resolve(dir))) throw new Error(`${file}: entry escapes the folder: ${path}`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return dir;
}
