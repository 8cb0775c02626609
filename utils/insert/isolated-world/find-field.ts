import type { FieldKind, Refusal } from '@/utils/insert/protocol';

/** The element that really has the focus, and how we got there. */
export interface DeepFocus {
  element: Element | null;
  /** Same-origin iframes crossed on the way. */
  hops: number;
  /** Set when the focus is inside an iframe we cannot look into (another origin). */
  blockedFrame?: Element;
}

const isFrame = (el: Element) => el.localName === 'iframe' || el.localName === 'frame';

type ClosedRootAccess = { openOrClosedShadowRoot?: ShadowRoot | null };
type ChromeDom = { chrome?: { dom?: { openOrClosedShadowRoot?(element: Element): ShadowRoot | null } } };

/**
 * A host's shadow root, open or closed. A closed one hides a web component's field from the page's other
 * scripts, not from the user: our isolated world may look in (Firefox gives content scripts
 * `element.openOrClosedShadowRoot`, Chromium `chrome.dom.openOrClosedShadowRoot`).
 */
function shadowRootOf(el: Element): ShadowRoot | null {
  if (el.shadowRoot) return el.shadowRoot;
  try {
    const firefox = (el as Element & ClosedRootAccess).openOrClosedShadowRoot;
    if (firefox !== undefined) return firefox;
    return (globalThis as ChromeDom).chrome?.dom?.openOrClosedShadowRoot?.(el) ?? null;
  } catch {
    return null;
  }
}

/**
 * The deep active element: `document.activeElement` stops at a shadow host or an
 * iframe, so we follow shadow roots and same-origin frames down to the field.
 * A right-click focuses the field it lands on, so this is also the right-clicked field.
 * Elements from frames belong to other realms: we test by name, never `instanceof`.
 */
export function deepActiveElement(doc: Document): DeepFocus {
  let element: Element | null = doc.activeElement;
  let hops = 0;
  while (element) {
    const inner = shadowRootOf(element)?.activeElement;
    if (inner) {
      element = inner;
      continue;
    }
    if (!isFrame(element)) break;
    let frameDoc: Document | null = null;
    try {
      frameDoc = (element as HTMLIFrameElement).contentDocument;
    } catch {
      // Some browsers throw rather than return null for another origin.
    }
    if (!frameDoc) return { element, hops, blockedFrame: element };
    hops += 1;
    element = frameDoc.activeElement;
  }
  return { element, hops };
}

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
