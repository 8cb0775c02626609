import type { Lang } from '@/utils/campaign/schema';
import { insertLang, pageLang } from '@/utils/insert/message-lang';
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
} from '@/utils/insert/protocol';
import { chooseText, placeFor, preferredVariant, readPageSignals } from '@/utils/place';
import { classifyField, deepActiveElement } from './find-field';
import { insertPlain } from './insert-plain';
import { insertRich } from './insert-rich';
import { showNotice } from './show-notice';

// Runs in our isolated world of each frame it is injected into (entrypoints/insert.ts), never in the page's main world.

/** The background's request, left on our isolated world's global by a first injection; the default is an insert. */
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
    counter: place.counter,
  };
  const variant = preferredVariant(place, { kind: 'rich', room: null });
  if (focus.blockedFrame) return { ...base, variant, refusal: 'cross-origin-frame' };
  const field = classifyField(focus.element);
  if ('refusal' in field) return { ...base, variant, refusal: field.refusal };
  return { ...base, variant: preferredVariant(place, field), kind: field.kind, room: field.room };
}

/**
 * Answers the background's request in our isolated world of one frame: find the focused field, choose
 * the text, insert it, check it arrived — or show beside the field why not; or only probe the field.
 * Answers in codes and counts only.
 */
export async function answerInIsolatedWorld(
  request: PageRequest,
  prepared: unknown,
  doc: Document = document,
): Promise<PageAnswer | FieldProbe | typeof UNPREPARED> {
  if (request.op === 'probe') return probe(doc);
  if (!isPrepared(prepared)) return UNPREPARED;
  const lang = insertLang(request.lang, prepared.savedLang, languageOf(doc));
  const { texts, own, hashtags, notice } = prepared.langs[lang];
  const focus = deepActiveElement(doc);
  const place = placeOf(doc);
  const choice = { texts, own, hashtags, place, explicit: request.variant, saved: prepared.savedVariant };
  const refuse = (reason: Refusal, site?: string): PageAnswer => {
    const offered = chooseText({ ...choice, field: { kind: 'textarea', room: null } });
    const text = offered.fits ? offered.text : texts.short;
    showNotice(focus.blockedFrame ?? focus.element, reason, text, notice, site);
    return { inserted: false, reason, lang };
  };
  if (request.op === 'notice') return refuse(request.reason, request.site);
  // The background decides what to say about another site's frame: it may still reach it.
  if (focus.blockedFrame) return { inserted: false, reason: 'cross-origin-frame', lang };
  const field = classifyField(focus.element);
  if ('refusal' in field) return refuse(field.refusal);
  const chosen = chooseText({ ...choice, field });
  if (!chosen.fits) return refuse('too-long');
  const method =
    field.kind === 'rich'
      ? await insertRich(focus.element as HTMLElement, chosen.text)
      : await insertPlain(field.element, chosen.text);
  if (!method) return refuse('failed');
  return { inserted: true, kind: field.kind, method, variant: chosen.variant, length: chosen.text.length, lang };
}
