/** A DNS name of at least two labels, letters/digits/hyphens, no label starting or ending with a hyphen. */
const HOST = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * The instance host from what a user types: `mastodon.social`, `https://mastodon.social/`
 * or a handle `@me@mastodon.social`. Anything else (a path, a port, an IP address,
 * credentials, a single word) is refused with null, so a share link can only ever
 * go to `https://<host>/share`.
 */
export function parseMastodonHost(input: string): string | null {
  let s = input.trim();
  const handle = /^@?[A-Za-z0-9_]+@([^@\s/]+)$/.exec(s);
  if (handle?.[1]) s = handle[1];
  s = s.replace(/^https:\/\//i, '').replace(/\/$/, '');
  if (!s || /[/:@?#\s\\]/.test(s)) return null;
  let host: string;
  try {
    // The URL parser lowercases and turns an internationalised name into punycode.
    host = new URL(`https://${s}/`).hostname;
  } catch {
    return null;
  }
  return HOST.test(host) ? host : null;
}
