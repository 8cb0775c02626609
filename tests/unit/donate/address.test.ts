import { describe, expect, it } from 'vitest';
import { checkAddress, isValidBitcoinAddress, isValidPayPal, isValidYooMoneyWallet } from '@/utils/donate/address';

const CALL_BITCOIN = '1EKGZT2iMjNKHz8oVt7svXpUdcPAXkRBAH';

/** The same string with one character swapped for another of the same alphabet. */
function changeOne(s: string, at: number, alphabet: string): string {
  const current = s[at] ?? '';
  const replacement = [...alphabet].find((c) => c !== current) ?? '';
  return s.slice(0, at) + replacement + s.slice(at + 1);
}

describe('isValidBitcoinAddress', () => {
  it.each([
    ['the call’s P2PKH address', CALL_BITCOIN],
    ['a P2SH address (BIP 13 example)', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy'],
    ['SegWit v0, 20-byte program (BIP 173)', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'],
    ['SegWit v0 in upper case (BIP 173)', 'BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4'],
    ['SegWit v0, 32-byte program (BIP 173)', 'bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3'],
    ['Taproot, v1 bech32m (BIP 350)', 'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0'],
    ['witness v2 bech32m (BIP 350)', 'bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs'],
  ])('accepts %s', (_, address) => {
    expect(isValidBitcoinAddress(address)).toBe(true);
  });

  it.each([
    ['the call’s address with its last character changed', changeOne(CALL_BITCOIN, CALL_BITCOIN.length - 1, 'GHJK')],
    ['the call’s address with a middle character changed', changeOne(CALL_BITCOIN, 12, 'abcdef')],
    ['the call’s address with its last three characters reordered', '1EKGZT2iMjNKHz8oVt7svXpUdcPAXkRHBA'],
    ['the call’s address cut short', CALL_BITCOIN.slice(0, -1)],
    ['a testnet P2PKH address (m…)', 'mipcBbFg9gMiCh81Kj8tqqdgoZub1ZJRfn'],
    ['a testnet P2SH address (2…)', '2MzQwSSnBHWHqSAqtTVQ6v47XtaisrJa1Vc'],
    ['a testnet SegWit address (tb1…)', 'tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx'],
    ['SegWit v0 encoded with bech32m (BIP 350)', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh'],
    ['Taproot encoded with bech32 (BIP 350)', 'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd'],
    ['a bech32 address with one character changed', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5'],
    ['mixed case bech32 (BIP 173)', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kV8F3T4'],
    ['a v0 program of the wrong length (BIP 173)', 'BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P'],
    ['an empty string', ''],
    ['a Litecoin address', 'LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH9'],
  ])('refuses %s', (_, address) => {
    expect(isValidBitcoinAddress(address)).toBe(false);
  });
});

describe('isValidYooMoneyWallet', () => {
  // Known-good: the call's wallet and receiver numbers published in public YooMoney quickpay forms.
  it.each([
    '41001160378989',
    '410013178220709',
    '410016649153663',
    '4100110727803322',
    '4100116399893441',
    '410012359955842',
  ])('accepts %s', (wallet) => {
    expect(isValidYooMoneyWallet(wallet)).toBe(true);
  });

  it.each([
    ['last check digit changed', '41001160378988'],
    ['first check digit changed', '41001160378999'],
    ['an account digit changed', '41001160379989'],
    ['two account digits swapped', '41001163078989'],
    ['a digit dropped', '4100116037898'],
    ['check digits 00', '41001160378900'],
    ['not the 41001 prefix', '41002160378989'],
    ['shorter than 11 digits', '4100112345'],
    ['longer than 20 digits', '410011603789891234567'],
    ['spaces inside', '4100 1160 3789 89'],
    ['letters', '41001160378a89'],
    ['empty', ''],
  ])('refuses %s (%s)', (_, wallet) => {
    expect(isValidYooMoneyWallet(wallet)).toBe(false);
  });
});

describe('isValidPayPal', () => {
  it.each(['abc-msk@riseup.net', 'https://paypal.me/example', 'https://www.paypal.me/Example.Name/'])(
    'accepts %s',
    (s) => {
      expect(isValidPayPal(s)).toBe(true);
    },
  );

  it.each([
    'abc-msk(at)riseup.net',
    'abc-msk@riseup',
    'http://paypal.me/example',
    'https://paypal.me.evil.example/x',
    'https://evil.example/paypal.me/x',
    'https://paypal.me/',
    'https://user@paypal.me/example',
    'javascript:alert(1)',
    '',
  ])('refuses %s', (s) => {
    expect(isValidPayPal(s)).toBe(false);
  });
});

describe('checkAddress', () => {
  it.each([
    ['bitcoin', CALL_BITCOIN, true],
    ['yoomoney', '41001160378989', true],
    ['paypal', 'abc-msk@riseup.net', true],
    ['bitcoin', '41001160378989', false],
    ['yoomoney', CALL_BITCOIN, false],
    ['paypal', CALL_BITCOIN, false],
  ] as const)('%s %s → %s', (kind, account, valid) => {
    expect(checkAddress(kind, account)).toBe(valid);
  });
});
