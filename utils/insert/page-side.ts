import type { Lang } from '@/utils/campaign/schema';
import { placeFor, readPageSignals } from '@/utils/place';
import { chooseText } from './choose-text';
import { classifyField } from './classify-field';
import { deepActiveElement } from './find-target';
import { insertPlain } from './insert-plain';
import { insertRich } from './insert-rich';
import { insertLang, pageLang } from './page-lang';
import {
  type FieldProbe,
  LANG_KEYS,
  type PageAnswer,
  type PageRequest,
  PREPARED_VERSION,
  type Prepared,
  REQUEST_KEY,
  type Refusal,
  UNPREPARED,
} from './protocol';
import { showNotice } from './show-notice';

export function takeRequest(): PageRequest {
  const global = globalThis as unknown as Record<string, PageRequest | undefined>;
  const request = global[REQUEST_KEY] ?? { op: 'insert' };
  delete global[REQUEST_KEY];
  return request;
}

function isPrepared(value: unknown): value is Prepared {
  const p = value as Prepared | undefined;
  return (
    p?.version === PREPARED_VERSION && LANG_KEYS.every((lang) => typeof p.langs?.[lang]?.texts?.short === 'string')
  );
}

function languageOf(doc: Document): Lang {
  return pageLang(doc.defaultView?.navigator.languages);
}

/** Where the page is, from what it shows (its host, a Mastodon instance's own state): DOM reads only. */
function placeOf(doc: Document) {
  return placeFor(readPageSignals(doc, doc.location?.host ?? ''));
}

/** What this frame's focused field is, for choosing a frame and for the popup's preview. */
export function probe(doc: Document): FieldProbe {
  const focus = deepActiveElement(doc);
  const place = placeOf(doc);
  const base = {
    focused: doc.hasFocus(),
    hops: focus.hops,
    pageLang: languageOf(doc),
    place: place.id,
    limit: place.limit,
  };
  if (focus.blockedFrame) return { ...base, refusal: 'cross-origin-frame' };
  const field = classifyField(focus.element);
  if ('refusal' in field) return { ...base, refusal: field.refusal };
  return { ...base, kind: field.kind, room: field.room };
}

/**
 * The page side of an insertion, in our isolated world: find the focused field, choose the text,
 * insert it, check it arrived — or show beside the field why not. Answers in codes and counts only.
 */
export async function runPageSide(
  request: PageRequest,
  prepared: unknown,
  doc: Document = document,
): Promise<PageAnswer | FieldProbe | typeof UNPREPARED> {
  if (request.op === 'probe') return probe(doc);
  if (!isPrepared(prepared)) return UNPREPARED;
  const lang = insertLang(request.lang, prepared.savedLang, languageOf(doc));
  const texts = prepared.langs[lang];
  const focus = deepActiveElement(doc);
  const place = placeOf(doc);
  const choice = { place, explicit: request.variant, saved: prepared.savedVariant };
  const refuse = (reason: Refusal, site?: string): PageAnswer => {
    const offered = chooseText({ prepared: texts, field: { kind: 'textarea', room: null }, ...choice });
    showNotice(focus.blockedFrame ?? focus.element, reason, offered?.text ?? texts.texts.short, texts.notice, site);
    return { inserted: false, reason, lang };
  };
  if (request.op === 'notice') return refuse(request.reason, request.site);
  // The background decides what to say about another site's frame: it may still reach it.
  if (focus.blockedFrame) return { inserted: false, reason: 'cross-origin-frame', lang };
  const field = classifyField(focus.element);
  if ('refusal' in field) return refuse(field.refusal);
  const chosen = chooseText({ prepared: texts, field, ...choice });
  if (!chosen) return refuse('too-long');
  const method =
    field.kind === 'rich'
      ? await insertRich(focus.element as HTMLElement, chosen.text)
      : await insertPlain(field.element, chosen.text);
  if (!method) return refuse('failed');
  return { inserted: true, kind: field.kind, method, variant: chosen.variant, length: chosen.text.length, lang };
}
