import { describe, expect, it } from 'vitest';
import { bip21Uri } from '@/utils/donate/bip21';

const ADDRESS = '1EKGZT2iMjNKHz8oVt7svXpUdcPAXkRBAH';

describe('bip21Uri', () => {
  it('builds bitcoin:<address>?label=…&message=… with percent-encoded UTF-8', () => {
    expect(bip21Uri(ADDRESS, { label: 'Legal defence fund', message: 'Пенза & Питер' })).toBe(
      `bitcoin:${ADDRESS}?label=Legal%20defence%20fund&message=%D0%9F%D0%B5%D0%BD%D0%B7%D0%B0%20%26%20%D0%9F%D0%B8%D1%82%D0%B5%D1%80`,
    );
  });

  it('leaves out empty parameters', () => {
    expect(bip21Uri(ADDRESS)).toBe(`bitcoin:${ADDRESS}`);
    expect(bip21Uri(ADDRESS, { label: 'L' })).toBe(`bitcoin:${ADDRESS}?label=L`);
  });

  it('refuses an address whose checksum fails (one character changed)', () => {
    expect(bip21Uri('1EKGZT2iMjNKHz8oVt7svXpUdcPAXkRBAh', { label: 'x' })).toBeNull();
    expect(bip21Uri('not an address')).toBeNull();
  });
});
