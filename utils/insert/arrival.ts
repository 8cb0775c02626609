import { countOccurrences } from './text-for-field';

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
