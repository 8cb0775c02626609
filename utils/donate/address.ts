import { sha256 } from '@noble/hashes/sha2.js';
import { bech32, bech32m, createBase58check } from '@scure/base';
import type { DonationKind } from '../campaign/schema';

const base58check = createBase58check(sha256);

/** Mainnet version bytes: 0x00 pay-to-pubkey-hash (1…), 0x05 pay-to-script-hash (3…). Testnet (m…, n…, 2…) is refused. */
const MAINNET_VERSIONS = new Set([0x00, 0x05]);

function isValidBase58Address(s: string): boolean {
  try {
    const payload = base58check.decode(s);
    return payload.length === 21 && MAINNET_VERSIONS.has(payload[0] ?? -1);
  } catch {
    return false;
  }
}

/**
 * SegWit addresses (BIP 173, BIP 350): prefix bc (mainnet only), witness version 0
 * encoded with bech32 and a 20- or 32-byte program, versions 1–16 with bech32m and
 * a 2–40-byte program. Choosing the wrong encoding for the version is exactly the
 * mistake BIP 350 guards against, so it is refused.
 */
function isValidSegwitAddress(s: string): boolean {
  if (s !== s.toLowerCase() && s !== s.toUpperCase()) return false;
  const lower = s.toLowerCase();
  if (!lower.startsWith('bc1')) return false;
  for (const [coder, accepts] of [
    [bech32, (version: number) => version === 0],
    [bech32m, (version: number) => version >= 1 && version <= 16],
  ] as const) {
    const decoded = coder.decodeUnsafe(lower);
    if (decoded?.prefix !== 'bc') continue;
    const [version, ...words] = decoded.words;
    if (version === undefined || !accepts(version)) continue;
    const program = bech32.fromWordsUnsafe(words);
    if (!program || program.length < 2 || program.length > 40) continue;
    if (version === 0 && program.length !== 20 && program.length !== 32) continue;
    return true;
  }
  return false;
}

/** A mainnet Bitcoin address whose checksum verifies: legacy Base58Check or SegWit bech32/bech32m. */
export function isValidBitcoinAddress(s: string): boolean {
  return isValidBase58Address(s) || isValidSegwitAddress(s);
}

/** (13^i) mod 99 for i = 0…31: the weights of the wallet-number checksum. */
const REDUNDANCY_FACTORS = Array.from({ length: 32 }, (_, i) => {
  let factor = 1;
  for (let k = 0; k < i; k++) factor = (factor * 13) % 99;
  return factor;
});

/** The two check digits computed from the processing-centre code X and the account code Y. */
function accountNumberRedundancy(x: string, y: string): string {
  // Y is read as 20 digits and X as 10, least significant first, zero-padded; a zero digit weighs 10.
  const digits = [...[...y].reverse().join('').padEnd(20, '0'), ...[...x].reverse().join('').padEnd(10, '0')];
  const sum = digits.reduce((total, digit, i) => total + (Number(digit) || 10) * (REDUNDANCY_FACTORS[i + 2] ?? 0), 0);
  return String((sum % 99) + 1).padStart(2, '0');
}

/**
 * A YooMoney (formerly Yandex.Money) wallet number: prefix 41001, 11–20 digits,
 * and the two trailing check digits right. There is no official public spec; the
 * rule is the one public validators use, e.g. Olegf13/check_yandex_purse on GitHub
 * (checkYandexPurse.php): the number is N X Y Z, where N is its first digit, X the
 * next N digits, Z the last two digits (never "00") and Y the rest (at most 20
 * digits); Z must equal AccountNumberRedundancy(X, Y), the weighted sum above.
 */
export function isValidYooMoneyWallet(s: string): boolean {
  if (!/^41001\d{6,15}$/.test(s)) return false;
  const n = Number(s[0]);
  const x = s.slice(1, 1 + n);
  const y = s.slice(1 + n, -2);
  const z = s.slice(-2);
  return z !== '00' && y.length <= 20 && accountNumberRedundancy(x, y) === z;
}

/** PayPal takes an e-mail address or a paypal.me link; nothing else is shown as a PayPal account. */
export function isValidPayPal(s: string): boolean {
  // ASCII only: a fullwidth "＠" or a Cyrillic "а" makes an address that looks right and pays someone else.
  if (!/^[\x21-\x7E]+$/.test(s)) return false;
  if (/^[^\s@<>()[\]\\,;:"]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(s)) return true;
  try {
    const url = new URL(s);
    return (
      url.protocol === 'https:' &&
      (url.hostname === 'paypal.me' || url.hostname === 'www.paypal.me') &&
      /^\/[A-Za-z0-9._-]+\/?$/.test(url.pathname) &&
      !url.username &&
      !url.password &&
      !url.port
    );
  } catch {
    return false;
  }
}

const CHECKS: Record<DonationKind, (account: string) => boolean> = {
  bitcoin: isValidBitcoinAddress,
  yoomoney: isValidYooMoneyWallet,
  paypal: isValidPayPal,
};

/** Whether an account of this kind is well formed; an account that fails is never shown as copyable. */
export function checkAddress(kind: DonationKind, account: string): boolean {
  return CHECKS[kind]?.(account) ?? false;
}
