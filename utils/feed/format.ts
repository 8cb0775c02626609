// The feed file's format, the one thing signers and the extension must agree on byte for byte.
import { base64 } from '@scure/base';
import type { CheckReason, Parsed } from './check-reason';

/**
 * The feed: one JSON file, an envelope around the exact signed bytes.
 *
 *   {
 *     "format": "solidarity-call-feed/2",
 *     "payload": "<base64 of the signed document, exactly the bytes that were signed>",
 *     "signature": "<base64 of the 64-byte Ed25519 signature of those bytes>"
 *   }
 *
 * The signed document says when it is valid, so an old feed cannot be served again forever:
 *
 *   {"notBefore":"2026-12-01T00:00:00Z","expires":"2027-03-01T00:00:00Z","campaign":<the campaign file>}
 *
 * An envelope rather than a detached .sig file: one request, and a half-finished
 * upload can never pair a new document with an old signature. The payload travels
 * as base64 so no JSON re-serialisation can change a byte between signing and checking.
 */
export const FEED_FORMAT = 'solidarity-call-feed/2';

/** How far a user's clock may be off before a fresh feed counts as not yet valid, or an old one as still valid. */
export const CLOCK_SKEW_MS = 60 * 60 * 1000;

/** A UTC time to the second, the only form the validity window takes. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

export const toTimestamp = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The bytes to sign: the validity window, then the campaign file's own text
 * spliced in unchanged (it is already checked JSON), so the campaign inside the
 * signature is the maintainer's file byte for byte.
 */
export function signedDocument(campaignText: string, notBefore: number, expires: number): Uint8Array {
  const header = `{"notBefore":"${toTimestamp(notBefore)}","expires":"${toTimestamp(expires)}","campaign":`;
  return new TextEncoder().encode(`${header}${campaignText}}`);
}

/** The signed document: a campaign (unknown until the campaign's rules read it) and the window (ms since epoch) its signer made it valid for. */
export interface SignedDocument<T = unknown> {
  notBefore: number;
  expires: number;
  campaign: T;
}

/** The signed document's parts, once the JSON is parsed; a reason in English if its shape is wrong. */
export function readSignedDocument(data: unknown): { ok: true; value: SignedDocument } | { ok: false; reason: string } {
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, reason: 'the signed document is not a JSON object' };
  }
  const { notBefore, expires, campaign, ...rest } = data as Record<string, unknown>;
  const times = [notBefore, expires].map((t) => (typeof t === 'string' && TIMESTAMP.test(t) ? Date.parse(t) : NaN));
  const [from, until] = times as [number, number];
  if (Number.isNaN(from) || Number.isNaN(until)) {
    return { ok: false, reason: 'the signed document lacks notBefore/expires as UTC times (2026-12-01T00:00:00Z)' };
  }
  const extra = Object.keys(rest);
  if (extra.length > 0) return { ok: false, reason: `the signed document has an unknown field: ${extra[0]}` };
  if (from >= until) return { ok: false, reason: 'the signed document expires before it becomes valid' };
  return { ok: true, value: { notBefore: from, expires: until, campaign } };
}

/** Why a feed valid from `notBefore` until `expires` is refused at `now` (ms since epoch), or undefined if it is not. */
export function outsideWindow(
  notBefore: number,
  expires: number,
  now: number,
): { code: CheckReason; reason: string } | undefined {
  if (now + CLOCK_SKEW_MS < notBefore) {
    return { code: 'notYetValid', reason: `the feed is not valid before ${toTimestamp(notBefore)}` };
  }
  if (now - CLOCK_SKEW_MS > expires) return { code: 'expired', reason: `the feed expired on ${toTimestamp(expires)}` };
  return undefined;
}

/** SHA-256 of the signed bytes, base64: what the version floor remembers of the update it came with. */
export async function payloadDigest(payload: Uint8Array): Promise<string> {
  return base64.encode(new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(payload))));
}

export interface SignedFeed {
  payload: Uint8Array;
  signature: Uint8Array;
}

export function encodeFeed(feed: SignedFeed): string {
  return `${JSON.stringify(
    { format: FEED_FORMAT, payload: base64.encode(feed.payload), signature: base64.encode(feed.signature) },
    null,
    2,
  )}\n`;
}

export function parseFeed(text: string): Parsed<SignedFeed> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, code: 'malformed', reason: 'the feed is not valid JSON' };
  }
  if (!data || typeof data !== 'object')
    return { ok: false, code: 'malformed', reason: 'the feed is not a JSON object' };
  const { format, payload, signature } = data as Record<string, unknown>;
  if (format !== FEED_FORMAT)
    return { ok: false, code: 'malformed', reason: `the feed's format is not ${FEED_FORMAT}` };
  if (typeof payload !== 'string' || typeof signature !== 'string') {
    return { ok: false, code: 'malformed', reason: 'the feed lacks its payload or signature' };
  }
  try {
    return { ok: true, value: { payload: base64.decode(payload), signature: base64.decode(signature) } };
  } catch {
    return { ok: false, code: 'malformed', reason: 'the payload or signature is not valid base64' };
  }
}
