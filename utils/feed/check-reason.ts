/**
 * What a feed check ended with, as a stable code. The options page says it in
 * the user's language (`optionsReason_<code>` in _locales); the English detail
 * beside it (`reason`) keeps the specifics maintainers need: the status, the
 * field, the version numbers.
 */
export const CHECK_REASONS = [
  // A check that worked.
  'updated',
  'upToDate',
  // The answer never came, or was not a feed file.
  'unreachable',
  'timeout',
  'httpStatus',
  'contentType',
  'tooLarge',
  'noBody',
  'notText',
  'malformed',
  // A feed file whose update is refused.
  'badSignature',
  'invalidCampaign',
  'markup',
  'rollback',
  'replay',
  // Signed, but for a time that is not now.
  'expired',
  'notYetValid',
] as const;

export type CheckReason = (typeof CHECK_REASONS)[number];

export const isCheckReason = (value: unknown): value is CheckReason => CHECK_REASONS.includes(value as CheckReason);

/** A value, or why there is none: a stable code for the user, and the detail in English for maintainers. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; code: CheckReason; reason: string };
