import type { TextControl } from './classify-field';
import { execCommand } from './exec-command';

/**
 * Inserts at the caret of an `<input>`/`<textarea>`, replacing the selection.
 * Returns the method that worked, or null when the value did not change.
 */
export function insertPlain(control: TextControl, text: string): string | null {
  const before = control.value;
  const start = control.selectionStart ?? before.length;
  const end = control.selectionEnd ?? start;
  const expected = before.slice(0, start) + text + before.slice(end);
  control.focus();
  // Chromium merges an insertText with the typing just before it into one undo step, so Ctrl+Z
  // would also take away what the user typed (seen in our tests). Moving the selection closes
  // the typing step; it ends where it was, with the same direction.
  const direction = control.selectionDirection ?? 'none';
  control.setSelectionRange(start === 0 ? before.length : 0, start === 0 ? before.length : 0);
  control.setSelectionRange(start, end, direction);
  // execCommand keeps the browser's undo stack (Ctrl+Z works) and fires a trusted `input`
  // event that React's and Vue's listeners see (insertion notes: text-field-edit, Grammarly;
  // observed in both browsers, also in shadow roots and same-origin iframes).
  // Callers must fit `text` to maxlength first: execCommand truncates silently.
  execCommand(control.ownerDocument, 'insertText', text);
  if (control.value === expected) return 'execCommand';
  // Something changed but not what we meant (a page handler rewrote it): never insert twice.
  if (control.value !== before) return control.value.includes(text) ? 'execCommand' : null;
  // execCommand can be disabled or a no-op (old engines, a page overriding it). setRangeText is
  // not undoable, but it bypasses the value setter React tracks, so the `input` event that
  // follows makes React read the new value (Briskine, text-field-edit's fallback).
  control.setRangeText(text, start, end, 'end');
  control.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  return control.value === expected ? 'setRangeText' : null;
}
