/** Selects all text inside `element` so the user can copy it with Ctrl+C; returns whether it worked. */
export function selectForManualCopy(element: Element | null): boolean {
  const selection = element?.ownerDocument.defaultView?.getSelection();
  if (!element || !selection) return false;
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
  return selection.toString().length > 0;
}
