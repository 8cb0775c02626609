import { checkAddress } from '@/utils/donate/address';
import { percentEncode } from '@/utils/share/percent-encode';

/**
 * A BIP21 payment URI, `bitcoin:<address>?label=…&message=…`, values
 * percent-encoded UTF-8: what wallets read from a QR code or a link.
 * Null for an address whose checksum fails: such a URI is never shown.
 */
export function bip21Uri(address: string, params: { label?: string; message?: string } = {}): string | null {
  if (!checkAddress('bitcoin', address)) return null;
  const query = Object.entries(params)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${percentEncode(value as string)}`)
    .join('&');
  return `bitcoin:${address}${query ? `?${query}` : ''}`;
}
