/**
 * Where the first string in `value` holds HTML markup (a tag, a comment, a
 * doctype), as a dotted path such as `summary.full.en`; undefined if none does.
 *
 * Campaign texts are plain text, so markup in a signed update is refused
 * outright. The check is DOM-free on purpose: Chrome's background is a service
 * worker with no DOM for DOMPurify to parse into (see safe-fragment.ts for the
 * page side).
 */
export function findMarkup(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return /<[A-Za-z!/?]/.test(value) ? path || '(root)' : undefined;
  if (!value || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = findMarkup(item, path ? `${path}.${key}` : key);
    if (found) return found;
  }
  return undefined;
}
