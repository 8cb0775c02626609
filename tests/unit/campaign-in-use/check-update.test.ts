import { base64 } from '@scure/base';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledCampaign } from '@/utils/campaign/bundled';
import { checkCampaignUpdate } from '@/utils/campaign-in-use/signed-campaign';
import type { CheckReason } from '@/utils/feed/check-reason';
import { decodePublicKey } from '@/utils/feed/verify';
import { campaignVersion, goodUpdate } from '../../support/campaign-versions';
import { makeSigner } from '../../support/signed-feeds';

type Signer = Awaited<ReturnType<typeof makeSigner>>;
let signer: Signer;
let stranger: Signer;
let key: Uint8Array;

beforeAll(async () => {
  signer = await makeSigner();
  stranger = await makeSigner();
  key = decodePublicKey(signer.publicKey) as Uint8Array;
});

const flipSignatureBit = (text: string) => {
  const feed = JSON.parse(text);
  const signature = base64.decode(feed.signature);
  signature[10] = (signature[10] ?? 0) ^ 1;
  return JSON.stringify({ ...feed, signature: base64.encode(signature) });
};

// The campaign in use is version 2 (say, an accepted update); each feed must leave it alone.
const inUse = goodUpdate(2);

const HOSTILE: [string, () => Promise<string>, CheckReason, RegExp][] = [
  [
    'a bad signature',
    async () => flipSignatureBit(await signer.sign(goodUpdate(3))),
    'badSignature',
    /signature is not the campaign's/,
  ],
  ['a signature by another key', () => stranger.sign(goodUpdate(3)), 'badSignature', /signature is not the campaign's/],
  [
    'an older version',
    () => signer.sign(campaignVersion(1)),
    'rollback',
    /older than the one in use \(2\): rollback refused/,
  ],
  [
    'the same version with other content',
    () =>
      signer.sign(
        campaignVersion(2, (c) => {
          c.summary.short.en = 'Other words.';
        }),
      ),
    'replay',
    /version 2 is already in use with other content/,
  ],
  [
    'a Bitcoin address with a broken checksum',
    () =>
      signer.sign(
        campaignVersion(3, (c) => {
          const bitcoin = c.donations.find((d) => d.kind === 'bitcoin');
          if (bitcoin) bitcoin.account = `${bitcoin.account.slice(0, -1)}C`;
        }),
      ),
    'invalidCampaign',
    /donations\[\d\]\.account: Bitcoin address checksum/,
  ],
  [
    'an http link',
    () =>
      signer.sign(
        campaignVersion(3, (c) => {
          c.links[0]!.url = 'http://rupression.com/en/';
        }),
      ),
    'invalidCampaign',
    /links\[0\]\.url: must be an https link/,
  ],
  [
    'a javascript: link',
    () =>
      signer.sign(
        campaignVersion(3, (c) => {
          c.donatePage.url = 'javascript:alert(1)';
        }),
      ),
    'invalidCampaign',
    /donatePage\.url: must be/,
  ],
  [
    'a script in a text',
    () =>
      signer.sign(
        campaignVersion(3, (c) => {
          c.summary.full.en = 'Read <script>alert(1)</script>';
        }),
      ),
    'markup',
    /summary\.full\.en contains HTML markup/,
  ],
  [
    'an event handler in a text',
    () =>
      signer.sign(
        campaignVersion(3, (c) => {
          c.title.en = '<img src=x onerror=alert(1)>';
        }),
      ),
    'markup',
    /title\.en contains HTML markup/,
  ],
  ['invalid JSON', async () => '{"format": "solidarity-call-feed/1", "payload": ', 'malformed', /not valid JSON/],
  [
    'a signed payload that is not JSON',
    () => signer.sign('version: 3'),
    'invalidCampaign',
    /signed document is not valid JSON/,
  ],
  [
    'another format',
    async () => JSON.stringify({ format: 'rss', payload: '', signature: '' }),
    'malformed',
    /format is not/,
  ],
  [
    'a schema violation under a valid signature',
    () => signer.sign({ ...goodUpdate(3), donations: 'none' }),
    'invalidCampaign',
    /donations: /,
  ],
];

describe('checkCampaignUpdate: hostile feeds are rejected with a reason (a code, and the detail in English)', () => {
  it.each(HOSTILE)('%s', async (_name, feed, code, reason) => {
    const verdict = await checkCampaignUpdate(await feed(), key, inUse);
    expect(verdict).toEqual({ kind: 'rejected', code, reason: expect.stringMatching(reason) });
  });
});

describe('checkCampaignUpdate: what is accepted', () => {
  it('accepts a newer version signed by the campaign key, with the exact bytes that were signed', async () => {
    const text = await signer.sign(goodUpdate(3));
    const verdict = await checkCampaignUpdate(text, key, inUse);
    expect(verdict.kind).toBe('accepted');
    if (verdict.kind !== 'accepted') return;
    expect(verdict.campaign.version).toBe(3);
    expect(new TextDecoder().decode(verdict.feed.payload)).toMatch(
      /^\{"notBefore":"[^"]+","expires":"[^"]+","campaign":\{/,
    );
    expect(
      new TextDecoder().decode(verdict.feed.payload).endsWith(`"campaign":${JSON.stringify(goodUpdate(3))}}`),
    ).toBe(true);
  });

  it('calls the same document again "unchanged", whatever its key order', async () => {
    const reordered = Object.fromEntries(Object.entries(inUse).reverse());
    expect(await checkCampaignUpdate(await signer.sign(reordered), key, inUse)).toEqual({ kind: 'unchanged' });
  });

  it('accepts a first update over the bundled campaign', async () => {
    const verdict = await checkCampaignUpdate(
      await signer.sign(goodUpdate(bundledCampaign.version + 1)),
      key,
      bundledCampaign,
    );
    expect(verdict.kind).toBe('accepted');
  });
});
