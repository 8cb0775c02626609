import { classifyField } from './classify-field';
import { deepActiveElement } from './find-target';
import { insertPlain } from './insert-plain';
import { insertRich } from './insert-rich';
import { type FieldProbe, type InsertOutcome, type PageRequest, REQUEST_KEY } from './protocol';
import { showNotice } from './show-notice';
import { textForField } from './text-for-field';

/** Takes the request the background left on the page's global, and removes it at once. */
export function takeRequest(): PageRequest {
  const global = globalThis as unknown as Record<string, PageRequest | undefined>;
  const request = global[REQUEST_KEY] ?? { op: 'probe' };
  delete global[REQUEST_KEY];
  return request;
}

export function probe(doc: Document): FieldProbe {
  const focus = deepActiveElement(doc);
  const focused = doc.hasFocus();
  if (focus.blockedFrame) {
    let frameOrigin: string | undefined;
    try {
      frameOrigin = new URL((focus.blockedFrame as HTMLIFrameElement).src, doc.baseURI).origin;
    } catch {}
    return { focused, hops: focus.hops, refusal: 'cross-origin-frame', frameOrigin };
  }
  const field = classifyField(focus.element);
  if ('refusal' in field) return { focused, hops: focus.hops, refusal: field.refusal };
  return { focused, hops: focus.hops, kind: field.kind, room: field.room };
}

/** The page side of an insertion: find the field, insert the text or say why not. */
export async function runInPage(request: PageRequest, doc: Document = document): Promise<FieldProbe | InsertOutcome> {
  if (request.op === 'probe') return probe(doc);
  const { element } = deepActiveElement(doc);
  const field = classifyField(element);
  const refuse = (reason: InsertOutcome & { inserted: false }) => {
    showNotice(element, reason.reason, request.text, request.notice);
    return reason;
  };
  if (request.op === 'refuse') return refuse({ inserted: false, reason: request.reason });
  if ('refusal' in field) return refuse({ inserted: false, reason: field.refusal });
  const text = textForField(request.text, field.kind);
  if (field.room !== null && text.length > field.room) return refuse({ inserted: false, reason: 'too-long' });
  const method =
    field.kind === 'rich'
      ? await insertRich(field.element, element as HTMLElement, text)
      : insertPlain(field.element, text);
  if (!method) return refuse({ inserted: false, reason: 'failed' });
  return { inserted: true, kind: field.kind, method, text };
}
