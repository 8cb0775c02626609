import type { Method } from '@/utils/insert/protocol';
import { arrivalCheck, waitFor } from './arrival';
import type { TextControl } from './find-field';

/** document.execCommand, deprecated but the only undoable way in; false where a page or an engine lacks it. */
export function execCommand(doc: Document, command: 'insertText' | 'insertHTML', value: string): boolean {
  try {
    return typeof doc.execCommand === 'function' && doc.execCommand(command, false, value);
  } catch {
    return false;
  }
}

// A code editor that reads a hidden <textarea> (CodeMirror 5, Ace) empties it once it has taken the text,
// then renders the text in its own DOM, within a few frames.
const EDITOR_TAKES_MS = 300;

/**
 * Inserts at the caret of an `<input>`/`<textarea>`, replacing the selection.
 * Returns the method that worked, or null when the value did not change.
 */
export async function insertPlain(control: TextControl, text: string): Promise<Method | null> {
  const before = control.value;
  const arrived = arrivalCheck(control, text);
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
  // Something changed but not what we meant: a page handler rewrote it, or an editor took the text out
  // of its hidden textarea into its own model. Either way, never insert twice.
  if (control.value !== before) {
    if (control.value.includes(text) || (await waitFor(arrived, EDITOR_TAKES_MS))) return 'execCommand';
    return null;
  }
  // Unchanged: an editor may have read and restored it at once; its DOM tells.
  if (await waitFor(arrived, 50)) return 'execCommand';
  // execCommand can be disabled or a no-op (old engines, a page overriding it). setRangeText is
  // not undoable, but it bypasses the value setter React tracks, so the `input` event that
  // follows makes React read the new value (Briskine, text-field-edit's fallback).
  control.setRangeText(text, start, end, 'end');
  control.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  if (control.value === expected) return 'setRangeText';
  return control.value.includes(text) || (await waitFor(arrived, EDITOR_TAKES_MS)) ? 'setRangeText' : null;
}
