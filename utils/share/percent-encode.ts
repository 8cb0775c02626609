/**
 * Percent-encodes a value for a URL query or a mailto header (RFC 3986, RFC 6068):
 * everything but the unreserved characters, so `!'()*` too, which
 * encodeURIComponent leaves alone and some share pages misread.
 */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `a=1&b=2` with every value percent-encoded; absent values are left out. */
export function query(params: Record<string, string | undefined>): string {
  return Object.entries(params)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${percentEncode(value)}`)
    .join('&');
}
