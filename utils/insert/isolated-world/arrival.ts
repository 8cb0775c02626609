/**
 * Where an editor may have put the text: not only the focused node but the whole document (or
 * shadow root) it lives in — an editor may split a paste into sibling blocks, render it beside the
 * field (a code editor reading a hidden <textarea>), or into its host element.
 */
function scopeOf(field: Element): Node {
  const root = field.getRootNode();
  const doc = root as Document;
  return doc.nodeType === 9 ? (doc.body ?? doc.documentElement) : root;
}

/**
 * What we look for: the text's start and its end, which any editor keeps verbatim (whitespace aside).
 * Both, because code editors draw only the lines in view (Monaco, Ace) and scroll to the caret, after the text.
 */
function landmarks(text: string): string[] {
  return [...new Set([text.slice(0, 60), text.slice(-60)])];
}

/** A check that turns true at the first sign the text arrived anywhere the editor may have put it. */
export function arrivalCheck(field: Element, text: string): () => boolean {
  const scope = scopeOf(field);
  const needles = landmarks(text);
  const counts = () => needles.map((needle) => countOccurrences(scope.textContent ?? '', needle));
  const before = counts();
  return () => counts().some((count, i) => count > (before[i] ?? 0));
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

/** Polls `check` each animation frame (and at least every 16 ms) until it holds or `ms` pass. */
export async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const end = performance.now() + ms;
  for (;;) {
    if (check()) return true;
    if (performance.now() >= end) return false;
    await new Promise((done) => setTimeout(done, 16));
  }
}
