import type { FieldKind } from './protocol';

/** An `<input>` silently drops line breaks (gluing lines together), so lines become spaces first. */
export function textForField(text: string, kind: FieldKind): string {
  return kind === 'input' ? text.replace(/[ \t]*(\r?\n)+[ \t]*/g, ' ').trim() : text;
}

/** Text with all whitespace removed: editors turn line breaks into paragraphs, which their DOM shows without any. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** How often `needle` occurs in `haystack`, whitespace ignored. */
export function countOccurrences(haystack: string, needle: string): number {
  const h = squash(haystack);
  const n = squash(needle);
  if (!n) return 0;
  let count = 0;
  for (let at = h.indexOf(n); at >= 0; at = h.indexOf(n, at + n.length)) count += 1;
  return count;
}
