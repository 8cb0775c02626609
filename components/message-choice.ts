import { LANGS, type Lang, VARIANTS, type Variant } from '@/utils/campaign/schema';

/** What the background's `probe-place` answers about the focused field (contract 3), once checked here. */
export interface PlaceProbe {
  place: string;
  limit: number | null;
  fieldKind?: 'input' | 'textarea' | 'rich';
  room?: number | null;
  pageLang?: Lang;
}

const FIELD_KINDS = ['input', 'textarea', 'rich'];
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value > 0;

/**
 * The background's answer, taken only if it has exactly the expected shape. Anything else (no
 * answer, `ok: false`, a background that does not know the message yet) is no probe: the preview
 * then shows the tab-less default. Only ids and numbers are kept, never text a page could choose.
 */
export function parseProbe(reply: unknown): PlaceProbe | null {
  if (!reply || typeof reply !== 'object') return null;
  const r = reply as Record<string, unknown>;
  if (r.ok !== true || typeof r.place !== 'string' || !/^[a-z]{1,16}$/.test(r.place)) return null;
  if (r.limit !== null && !isCount(r.limit)) return null;
  const probe: PlaceProbe = { place: r.place, limit: r.limit };
  if (typeof r.fieldKind === 'string' && FIELD_KINDS.includes(r.fieldKind))
    probe.fieldKind = r.fieldKind as PlaceProbe['fieldKind'];
  if (isCount(r.room)) probe.room = r.room;
  if (LANGS.includes(r.pageLang as Lang)) probe.pageLang = r.pageLang as Lang;
  return probe;
}

/**
 * Characters as a reader counts them: user-perceived characters (an emoji or a letter with its
 * accent is one). The place module's own counters (X's weighted count) replace this once the
 * probe names the counter.
 */
export function countChars(text: string): number {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (!Segmenter) return [...text].length;
  let n = 0;
  for (const _ of new Segmenter().segment(text)) n++;
  return n;
}

/** The room the text must fit in: the place's limit, or the field's own maxlength when smaller. */
export function roomFor(probe: PlaceProbe | null): number | null {
  const limits = [probe?.limit, probe?.room].filter(isCount);
  return limits.length ? Math.min(...limits) : null;
}

/**
 * The version the preview shows first, the one Insert sends: the user's setting if any; without a
 * probe, standard; a single-line field, short; where there is a limit, the longest that fits it.
 */
export function firstVariant(
  probe: PlaceProbe | null,
  lengths: Record<Variant, number>,
  setting: Variant | null,
): Variant {
  if (setting && VARIANTS.includes(setting)) return setting;
  if (!probe) return 'standard';
  if (probe.fieldKind === 'input') return 'short';
  const room = roomFor(probe);
  // A textarea without a limit takes the whole message, as the background's choice for it does.
  if (room === null) return probe.fieldKind === 'textarea' ? 'long' : 'standard';
  return [...VARIANTS].reverse().find((v) => lengths[v] <= room) ?? 'short';
}

/**
 * The language of the message: the user's explicit choice wins; otherwise the language the page is
 * told (a browser that tells pages another language than its interface, like Tor Browser, should
 * not have the interface's language inserted); otherwise the popup's.
 */
export function firstLang(popupLang: Lang, explicit: boolean, probe: PlaceProbe | null): Lang {
  return explicit ? popupLang : (probe?.pageLang ?? popupLang);
}
