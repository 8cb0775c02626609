import { base64 } from '@scure/base';
import type { CheckReason } from './check-reason';

/**
 * The feed: one JSON file, an envelope around the exact signed bytes.
 *
 *   {
 *     "format": "solidarity-call-feed/1",
 *     "payload": "<base64 of the campaign JSON, exactly the bytes that were signed>",
 *     "signature": "<base64 of the 64-byte Ed25519 signature of those bytes>"
 *   }
 *
 * An envelope rather than a detached .sig file: one request, and a half-finished
 * upload can never pair a new document with an old signature. The payload travels
 * as base64 so no JSON re-serialisation can change a byte between signing and checking.
 */
export const FEED_FORMAT = 'solidarity-call-feed/1';

export interface SignedFeed {
  payload: Uint8Array;
  signature: Uint8Array;
}

/** A value, or why there is none: a stable code for the user, and the detail in English for maintainers. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; code: CheckReason; reason: string };

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
