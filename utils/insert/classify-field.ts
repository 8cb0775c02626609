import type { FieldKind, Refusal } from './protocol';

export type TextControl = HTMLInputElement | HTMLTextAreaElement;

export type Field =
  | { kind: 'input' | 'textarea'; element: TextControl; room: number | null }
  | { kind: 'rich'; element: HTMLElement; room: null }
  | { refusal: Refusal };

// Types whose value is free text with a selection; email and number have no selection API.
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'tel']);

/** Characters `maxlength` still allows once the selection is replaced (browsers count UTF-16 units). */
export function roomLeft(control: TextControl): number | null {
  if (control.maxLength < 0) return null;
  const selected = (control.selectionEnd ?? 0) - (control.selectionStart ?? 0);
  return Math.max(0, control.maxLength - (control.value.length - selected));
}

/** The outermost contenteditable element: the editor's root, where its model lives. */
export function editingHost(element: HTMLElement): HTMLElement {
  let host = element;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

/** Chromium's EditContext: the element receives text through `textupdate` events on it. */
export function hasEditContext(element: Element): boolean {
  return Boolean((element as Element & { editContext?: unknown }).editContext);
}

/** Can we insert into this element, and how? Password, read-only and disabled fields are refused. */
export function classifyField(element: Element | null): Field {
  if (!element) return { refusal: 'no-field' };
  const name = element.localName;
  if (name === 'input' || name === 'textarea') {
    const control = element as TextControl;
    if (name === 'input') {
      const type = (control as HTMLInputElement).type;
      if (type === 'password') return { refusal: 'password' };
      if (!TEXT_INPUT_TYPES.has(type)) return { refusal: 'no-field' };
    }
    if (control.disabled) return { refusal: 'disabled' };
    if (control.readOnly) return { refusal: 'readonly' };
    return { kind: name as FieldKind as 'input' | 'textarea', element: control, room: roomLeft(control) };
  }
  const html = element as HTMLElement;
  if (html.isContentEditable) return { kind: 'rich', element: editingHost(html), room: null };
  // An element that takes its input through an EditContext is neither contenteditable nor a control.
  if (hasEditContext(html)) return { kind: 'rich', element: html, room: null };
  return { refusal: 'no-field' };
}
