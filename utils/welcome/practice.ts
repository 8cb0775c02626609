/**
 * Puts `text` at the caret of the welcome page's practice field, as the insertion does on a page:
 * through the editing commands, so Ctrl+Z takes it back; setRangeText where execCommand is refused.
 */
export function insertIntoPractice(field: HTMLTextAreaElement, text: string): boolean {
  field.focus();
  if (document.execCommand?.('insertText', false, text)) return true;
  field.setRangeText(text, field.selectionStart, field.selectionEnd, 'end');
  field.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
}
