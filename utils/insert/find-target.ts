/** The element that really has the focus, and how we got there. */
export interface DeepFocus {
  element: Element | null;
  /** Same-origin iframes crossed on the way. */
  hops: number;
  /** Set when the focus is inside an iframe we cannot look into (another origin). */
  blockedFrame?: Element;
}

const isFrame = (el: Element) => el.localName === 'iframe' || el.localName === 'frame';

/**
 * The deep active element: `document.activeElement` stops at a shadow host or an
 * iframe, so we follow open shadow roots and same-origin frames down to the field.
 * A right-click focuses the field it lands on, so this is also the right-clicked field.
 * Elements from frames belong to other realms: we test by name, never `instanceof`.
 */
export function deepActiveElement(doc: Document): DeepFocus {
  let element: Element | null = doc.activeElement;
  let hops = 0;
  while (element) {
    const inner = element.shadowRoot?.activeElement;
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
