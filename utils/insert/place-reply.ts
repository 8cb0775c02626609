import type { Lang } from '@/utils/campaign/schema';
import type { FieldKind, FieldProbe } from './protocol';

/** The answer to `{ type: 'probe-place', tabId }`: only codes and counts the background checked. */
export type PlaceReply =
  | {
      ok: true;
      place: string;
      limit: number | null;
      fieldKind?: FieldKind;
      room?: number | null;
      pageLang?: Lang;
    }
  | { ok: false };

/**
 * What the popup's preview is told about the focused field. The place is 'unknown' with no limit
 * until the page side reads the place (utils/place); the field's own room still counts.
 */
export function placeReply(probe: FieldProbe | undefined): PlaceReply {
  if (!probe) return { ok: false };
  const field = probe.kind ? { fieldKind: probe.kind, room: probe.room ?? null } : {};
  return { ok: true, place: 'unknown', limit: null, ...field, ...(probe.pageLang ? { pageLang: probe.pageLang } : {}) };
}
