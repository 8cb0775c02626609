import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

// The README sends readers to docs/ in one click, and the pages name files by path: both must survive a move.
const ROOT = join(import.meta.dirname, '../..');
const PAGES = ['README.md', 'PRIVACY.md', 'CHANGELOG.md', ...readdirSync(join(ROOT, 'docs')).map((f) => `docs/${f}`)]
  .filter((page) => page.endsWith('.md'))
  .sort();
const REPO_PATH = /^(utils|components|entrypoints|scripts|tests|bench|assets|public|docs)\/[^\s<>*{}]*$/;
/** Git-ignored output the pages mention on purpose. */
const NOT_IN_GIT = new Set(['bench/out/']);

const read = (page: string) => readFileSync(join(ROOT, page), 'utf8');
const withoutCode = (text: string) => text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
const anchors = (text: string) =>
  withoutCode(text)
    .split('\n')
    .filter((line) => /^#{1,6} /.test(line))
    .map((line) =>
      line
        .replace(/^#+ /, '')
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, '')
        .replace(/ /g, '-'),
    );

describe.each(PAGES)('%s', (page) => {
  const text = read(page);

  it('links only to files and headings that exist', () => {
    const broken = [...withoutCode(text).matchAll(/\]\(([^)\s]+)\)/g)]
      .map((m) => m[1] ?? '')
      .filter((target) => !/^[a-z]+:/.test(target))
      .filter((target) => {
        const [path, anchor] = target.split('#');
        const file = path ? normalize(join(dirname(page), path)) : page;
        if (!existsSync(join(ROOT, file))) return true;
        return anchor !== undefined && file.endsWith('.md') && !anchors(read(file)).includes(anchor);
      });
    expect(broken).toEqual([]);
  });

  // The changelog tells history: a path there may name a file that has moved since.
  if (page !== 'CHANGELOG.md')
    it('names only files and folders that exist', () => {
      const missing = [...text.matchAll(/`([^`\s]+)`/g)]
        .map((m) => m[1] ?? '')
        .filter((path) => REPO_PATH.test(path) && !NOT_IN_GIT.has(path))
        .filter((path) => !existsSync(join(ROOT, path)));
      expect(missing).toEqual([]);
    });
});
