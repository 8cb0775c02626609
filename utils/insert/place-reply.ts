import type { Lang } from '@/utils/campaign/schema';
import type { PlaceId } from '@/utils/place';
import type { FieldKind, FieldProbe } from './protocol';

/** The answer to `{ type: 'probe-place', tabId }`: only codes and counts the background checked. */
export type PlaceReply =
  | {
      ok: true;
      place: PlaceId;
      limit: number | null;
      fieldKind?: FieldKind;
      room?: number | null;
      pageLang?: Lang;
    }
  | { ok: false };

/** What the popup's preview is told about the focused field and its place, from the checked probe. */
export function placeReply(probe: FieldProbe | undefined): PlaceReply {
  if (!probe) return { ok: false };
  const field = probe.kind ? { fieldKind: probe.kind, room: probe.room ?? null } : {};
  const lang = probe.pageLang ? { pageLang: probe.pageLang } : {};
  return { ok: true, place: probe.place ?? 'unknown', limit: probe.limit ?? null, ...field, ...lang };
}
