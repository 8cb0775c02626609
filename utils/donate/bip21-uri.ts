import { percentEncode } from '@/utils/share/percent-encode';

/**
 * A BIP21 payment URI, `bitcoin:<address>?label=…&message=…`, values percent-encoded UTF-8, for
 * an address already checked: bip21.ts checks it first; the popup shows only campaigns whose
 * addresses were checked where they were accepted, and so does without the checksum code.
 */
export function checkedBip21Uri(address: string, params: { label?: string; message?: string } = {}): string {
  const query = Object.entries(params)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${percentEncode(value as string)}`)
    .join('&');
  return `bitcoin:${address}${query ? `?${query}` : ''}`;
}
