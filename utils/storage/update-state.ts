/**
 * The signed-update check's own records and its switch (utils/feed, the options page): apart from
 * items.ts so the popup, which never reads them in a build without a feed, does not load their checks.
 */
import { type CheckReason, isCheckReason } from '@/utils/feed/check-reason';
import { isObject, localItem } from './local-item';

/** The last feed check: when (ms since epoch), whether it worked, and what happened. */
export interface LastCheck {
  at: number;
  ok: boolean;
  /** Absent in a record written before codes existed: then only the English reason is known. */
  code?: CheckReason;
  /** The detail in English, for maintainers. */
  reason: string;
}

function readLastCheck(value: unknown): LastCheck | undefined {
  if (!isObject(value)) return undefined;
  const { at, ok, code, reason } = value;
  if (typeof at !== 'number' || typeof ok !== 'boolean' || typeof reason !== 'string') return undefined;
  // A code this version does not know (a newer one wrote it) is dropped: the English reason still says it.
  return isCheckReason(code) ? { at, ok, code, reason } : { at, ok, reason };
}

/** Whether the extension checks the campaign's signed feed; anything but `false` stored means yes. */
export const updatesEnabled = /* @__PURE__ */ localItem<boolean>('updatesEnabled', true, (value) =>
  typeof value === 'boolean' ? value : undefined,
);

/** The last signed update that passed every check, kept as signed (base64) so each read verifies it again. */
export const acceptedCampaign = /* @__PURE__ */ localItem<{ payload: string; signature: string } | null>(
  'acceptedCampaign',
  null,
  (value) =>
    isObject(value) && typeof value.payload === 'string' && typeof value.signature === 'string'
      ? { payload: value.payload, signature: value.signature }
      : undefined,
);

/** The highest campaign version ever accepted, with the SHA-256 (base64) of the signed bytes that brought it. */
export const versionFloor = /* @__PURE__ */ localItem<{ version: number; digest: string } | null>(
  'versionFloor',
  null,
  (value) =>
    isObject(value) && Number.isSafeInteger(value.version) && typeof value.digest === 'string'
      ? { version: value.version as number, digest: value.digest }
      : undefined,
);

/** The last feed check (utils/feed/check-reason.ts has the codes). */
export const lastCheck = /* @__PURE__ */ localItem<LastCheck | null>('lastCheck', null, readLastCheck);
