import { LANGS, type Lang, VARIANTS, type Variant } from '@/utils/campaign/langs';
import { FIELD_KINDS, type FieldKind, type FieldProbe } from '@/utils/insert/protocol';
import type { Counter } from '@/utils/place/count';
import type { PlaceId } from '@/utils/place/places';

// Both ends of `{ type: 'probe-place', tabId }`: the background answers from the probe it checked, the
// popup reads the answer back. Only the place module's types here: its table stays out of both bundles.

/** Every place id, written out: importing the place table would carry all of it into the background and the popup. */
export const PLACE_IDS = [
  'x',
  'bluesky',
  'threads',
  'mastodon',
  'telegram',
  'discord',
  'linkedin',
  'facebook',
  'vk',
  'reddit',
  'whatsapp',
  'webmail',
  'unknown',
] as const satisfies readonly PlaceId[];

/** Every way a place counts (utils/place/count.ts), written out for the same reason. */
export const COUNTERS = ['x', 'graphemes', 'mastodon', 'utf16'] as const satisfies readonly Counter[];

/** What the popup's preview is told about the focused field and its place. */
export interface PlaceProbe {
  place: PlaceId;
  limit: number | null;
  counter?: Counter;
  /** The version that belongs in this field at this place (utils/place `preferredVariant`). */
  variant?: Variant;
  fieldKind?: FieldKind;
  room?: number | null;
  pageLang?: Lang;
}

/** The background's answer: only codes and counts it checked. */
export type PlaceReply = ({ ok: true } & PlaceProbe) | { ok: false };

/** The background's answer, from the checked probe of the tab's top frame. */
export function placeReply(probe: FieldProbe | undefined): PlaceReply {
  if (!probe) return { ok: false };
  const field = probe.kind ? { fieldKind: probe.kind, room: probe.room ?? null } : {};
  const lang = probe.pageLang ? { pageLang: probe.pageLang } : {};
  const counting = probe.counter && probe.variant ? { counter: probe.counter, variant: probe.variant } : {};
  return { ok: true, place: probe.place ?? 'unknown', limit: probe.limit ?? null, ...counting, ...field, ...lang };
}

/** A positive whole number: a limit or a field's room. */
export const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value > 0;
const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T => list.includes(value as T);

/**
 * The answer as the popup takes it: only with exactly the expected shape. Anything else (no answer,
 * `ok: false`, a background that does not know the message yet) is no probe: the preview then shows
 * the tab-less default. Only ids and numbers are kept, never text a page could choose.
 */
export function readPlaceReply(reply: unknown): PlaceProbe | null {
  if (!reply || typeof reply !== 'object') return null;
  const r = reply as Record<string, unknown>;
  if (r.ok !== true || !isOneOf(PLACE_IDS, r.place)) return null;
  if (r.limit !== null && !isCount(r.limit)) return null;
  const probe: PlaceProbe = { place: r.place, limit: r.limit };
  if (isOneOf(COUNTERS, r.counter) && isOneOf(VARIANTS, r.variant)) {
    probe.counter = r.counter;
    probe.variant = r.variant;
  }
  if (isOneOf(FIELD_KINDS, r.fieldKind)) probe.fieldKind = r.fieldKind;
  if (isCount(r.room)) probe.room = r.room;
  if (isOneOf(LANGS, r.pageLang)) probe.pageLang = r.pageLang;
  return probe;
}
