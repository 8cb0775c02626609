import { type PageSignals, postLimit } from './places';

/** Larger than any instance's state; a page offering more is not read. */
const MAX_STATE_LENGTH = 4_000_000;

type Json = Record<string, unknown>;

function child(value: unknown, key: string): unknown {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json)[key] : undefined;
}

function path(value: unknown, keys: readonly string[]): unknown {
  return keys.reduce(child, value);
}

/**
 * Where Mastodon and its forks write the post limit into the state their web app starts from:
 * forks (glitch-soc, fedibird…) as `max_toot_chars`, the instance API's shape as
 * `configuration.statuses.max_characters`.
 */
const LIMIT_PATHS: readonly (readonly string[])[] = [
  ['configuration', 'statuses', 'max_characters'],
  ['server', 'configuration', 'statuses', 'max_characters'],
  ['max_toot_chars'],
  ['meta', 'max_toot_chars'],
  ['compose', 'max_toot_chars'],
];

/**
 * Mastodon's web app starts from the JSON in `<script id="initial-state">`, whose `meta`
 * carries the streaming API's address: an instance of any name says so in its page.
 */
function readMastodon(doc: Document): PageSignals['mastodon'] {
  const script = doc.querySelector('script#initial-state');
  const text = script?.textContent ?? '';
  if (!text || text.length > MAX_STATE_LENGTH) return undefined;
  let state: unknown;
  try {
    state = JSON.parse(text);
  } catch {
    return undefined;
  }
  const meta = child(state, 'meta');
  if (typeof child(meta, 'streaming_api_base_url') !== 'string') return undefined;
  for (const keys of LIMIT_PATHS) {
    const limit = postLimit(path(state, keys));
    if (limit) return { limit };
  }
  return { limit: null };
}

/** What the page says about itself, as plain data (DOM reads only; the page may have forged any of it). */
export function readPageSignals(doc: Document, host: string): PageSignals {
  const mastodon = readMastodon(doc);
  return mastodon ? { host, mastodon } : { host };
}
