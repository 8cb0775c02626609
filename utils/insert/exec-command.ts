/** document.execCommand, deprecated but the only undoable way in; false where a page or an engine lacks it. */
export function execCommand(doc: Document, command: 'insertText' | 'insertHTML', value: string): boolean {
  try {
    return typeof doc.execCommand === 'function' && doc.execCommand(command, false, value);
  } catch {
    return false;
  }
}
