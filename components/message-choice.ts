import type { Lang, Variant } from '@/utils/campaign/schema';
import { VARIANTS } from '@/utils/campaign/schema';
import { isCount, type PlaceProbe } from '@/utils/insert/place-reply';

/**
 * Characters as a reader counts them: user-perceived characters (an emoji or a letter with its
 * accent is one). Not utils/place/count.ts's twin: importing it puts a chunk shared with the
 * options page into the popup, about 750 B gzipped of its 20 KB.
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
  if (setting) return setting;
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
