// The only network request the extension makes: this build's feed, fetched with limits and without cookies.
import type { CheckReason, Parsed } from './check-reason';
import { decodePublicKey } from './verify';

export interface FeedConfig {
  url: string;
  publicKey: Uint8Array;
}

/**
 * The feed this build was made with (FEED_URL and FEED_PUBLIC_KEY at build
 * time), or undefined: then nothing ever reaches the network. Callers test
 * `import.meta.env.FEED_URL` themselves first so the default build's bundler
 * drops the whole update code, fetch included.
 */
export function feedConfig(): FeedConfig | undefined {
  const url = import.meta.env.FEED_URL;
  const publicKey = decodePublicKey(import.meta.env.FEED_PUBLIC_KEY);
  return url && publicKey ? { url, publicKey } : undefined;
}

export const FEED_LIMITS = { timeoutMs: 10_000, maxBytes: 256 * 1024 };

/**
 * The feed's text, fetched without cookies, referrer or cache, within a time
 * and a size limit. The size cap is enforced while the body streams in, so a
 * huge or endless answer is cut off, never buffered whole.
 */
export async function fetchFeed(url: string, limits = FEED_LIMITS): Promise<Parsed<string>> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  const fail = (code: CheckReason, reason: string): Parsed<string> => {
    controller.abort();
    return { ok: false, code, reason };
  };
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      // The URL is exact: a redirect means a misconfigured host or someone in between.
      redirect: 'error',
      signal: controller.signal,
    });
    if (!response.ok) return fail('httpStatus', `the server answered ${response.status}`);
    const type = response.headers.get('content-type') ?? '';
    if (!/^application\/json\s*(;|$)/i.test(type)) {
      return fail('contentType', `the feed is served as ${type || 'no content type'}, not application/json`);
    }
    const tooBig = `the feed is larger than ${limits.maxBytes / 1024} KB`;
    if (Number(response.headers.get('content-length')) > limits.maxBytes) return fail('tooLarge', tooBig);
    const reader = response.body?.getReader();
    if (!reader) return fail('noBody', 'the feed has no body');
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      size += part.value.length;
      if (size > limits.maxBytes) return fail('tooLarge', tooBig);
      chunks.push(part.value);
    }
    const body = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      body.set(chunk, offset);
      offset += chunk.length;
    }
    return feedText(body, limits.maxBytes);
  } catch {
    if (controller.signal.aborted)
      return { ok: false, code: 'timeout', reason: `no complete answer within ${limits.timeoutMs / 1000} s` };
    return { ok: false, code: 'unreachable', reason: 'the feed could not be reached' };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A feed's bytes as text, by the same rules wherever they come from (the network,
 * or a file the maintainers' CLI reads): within the size limit, and strict UTF-8,
 * where a broken byte is an error rather than a replacement character.
 */
export function feedText(body: Uint8Array, maxBytes = FEED_LIMITS.maxBytes): Parsed<string> {
  if (body.length > maxBytes) {
    return { ok: false, code: 'tooLarge', reason: `the feed is larger than ${maxBytes / 1024} KB` };
  }
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    return { ok: false, code: 'notText', reason: 'the feed is not UTF-8 text' };
  }
}
