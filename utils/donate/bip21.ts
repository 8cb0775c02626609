import { checkAddress } from '@/utils/donate/address';
import { checkedBip21Uri } from '@/utils/donate/bip21-uri';

/**
 * A BIP21 payment URI, `bitcoin:<address>?label=…&message=…`, values
 * percent-encoded UTF-8: what wallets read from a QR code or a link.
 * Null for an address whose checksum fails: such a URI is never shown.
 */
export function bip21Uri(address: string, params: { label?: string; message?: string } = {}): string | null {
  return checkAddress('bitcoin', address) ? checkedBip21Uri(address, params) : null;
}
