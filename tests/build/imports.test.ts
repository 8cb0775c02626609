import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g;

/** The repository folder each import of `file` points into ('@/…', '~/…' and relative forms alike). */
function importedPaths(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(IMPORT)].map(([, spec]) => {
    const target = spec as string;
    if (target.startsWith('@/') || target.startsWith('~/')) return target.slice(2);
    if (target.startsWith('.')) return relative(ROOT, resolve(dirname(file), target));
    return target;
  });
}

const sources = (folder: string) =>
  readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => join(ROOT, folder, name));

// The campaign is data and its rules; the feed is how a signed update travels. utils/campaign-in-use joins them.
describe.each([
  ['utils/campaign', 'utils/feed'],
  ['utils/feed', 'utils/campaign'],
])('nothing in %s imports from %s', (from, into) => {
  it.each(sources(from).map((file) => [relative(ROOT, file)]))('%s', (file) => {
    const crossing = importedPaths(join(ROOT, file)).filter((path) => path === into || path.startsWith(`${into}/`));
    expect(crossing).toEqual([]);
  });
});

it('the check sees every import form', () => {
  const file = join(ROOT, 'utils/campaign/validate.ts');
  expect(importedPaths(file)).toContain('utils/donate/address');
});
