import { base64 } from '@scure/base';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledCampaign } from '@/utils/campaign/bundled';
import { loadChangeNotices } from '@/utils/campaign-in-use/change-notices';
import { loadCampaign } from '@/utils/campaign-in-use/load';
import { parseFeed } from '@/utils/feed/format';
import { isStale, loadVersionFloor } from '@/utils/feed/store';
import { acceptedCampaign, lastCheck, updatesEnabled } from '@/utils/storage/update-state';
import { goodUpdate } from '../../support/campaign-versions';
import { makeSigner } from '../../support/signed-feeds';

let signer: Awaited<ReturnType<typeof makeSigner>>;
beforeAll(async () => {
  signer = await makeSigner();
});
beforeEach(() => {
  fakeBrowser.reset();
  vi.stubEnv('FEED_URL', 'https://feed.example/feed.json');
  vi.stubEnv('FEED_PUBLIC_KEY', signer.publicKey);
});

const store = async (text: string) => {
  const feed = parseFeed(text);
  if (!feed.ok) throw new Error(feed.reason);
  await acceptedCampaign.setValue({
    payload: base64.encode(feed.value.payload),
    signature: base64.encode(feed.value.signature),
  });
};

describe('loadCampaign: what comes from storage is verified again', () => {
  it('returns a stored signed update that passes', async () => {
    await store(await signer.sign(goodUpdate(bundledCampaign.version + 1)));
    expect((await loadCampaign()).version).toBe(bundledCampaign.version + 1);
  });

  it.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['an array', [1, 2]],
    ['fields of the wrong type', { payload: 1, signature: null }],
    ['broken base64', { payload: '!!!', signature: '***' }],
    [
      'a valid-looking campaign without a signature',
      { payload: base64.encode(new TextEncoder().encode('{}')), signature: '' },
    ],
  ])('ignores %s and falls back to the bundled campaign', async (_name, value) => {
    await fakeBrowser.storage.local.set({ acceptedCampaign: value });
    expect(await loadCampaign()).toEqual(bundledCampaign);
  });

  it('ignores an update edited in storage after it was accepted (the signature no longer matches)', async () => {
    await store(await signer.sign(goodUpdate(bundledCampaign.version + 1)));
    const stored = (await acceptedCampaign.getValue())!;
    const edited = new TextDecoder().decode(base64.decode(stored.payload)).replace('Update', 'Forged');
    await acceptedCampaign.setValue({ ...stored, payload: base64.encode(new TextEncoder().encode(edited)) });
    expect(await loadCampaign()).toEqual(bundledCampaign);
  });

  it('ignores an update signed by a key this build does not trust', async () => {
    const other = await makeSigner();
    await store(await other.sign(goodUpdate(bundledCampaign.version + 1)));
    expect(await loadCampaign()).toEqual(bundledCampaign);
  });

  it('prefers the bundled campaign when the extension ships a newer one than the stored update', async () => {
    await store(await signer.sign(goodUpdate(bundledCampaign.version + 1)));
    vi.spyOn(bundledCampaign, 'version', 'get').mockReturnValue(bundledCampaign.version + 5);
    expect((await loadCampaign()).summary).toEqual(bundledCampaign.summary);
    vi.restoreAllMocks();
  });

  it('never looks at storage in a build without a feed', async () => {
    vi.stubEnv('FEED_URL', '');
    await store(await signer.sign(goodUpdate(bundledCampaign.version + 1)));
    expect(await loadCampaign()).toEqual(bundledCampaign);
  });
});

describe('the other stored values survive corrupt data', () => {
  it('reads foreign values as their defaults', async () => {
    await fakeBrowser.storage.local.set({
      updatesEnabled: 'no',
      lastCheck: { at: 'yesterday' },
      changeNotices: { constructor: 1 },
      versionFloor: { version: '99', digest: 1 },
    });
    expect(await updatesEnabled.getValue()).toBe(true);
    expect(await lastCheck.getValue()).toBeNull();
    expect(await loadChangeNotices()).toEqual(new Map());
    expect(await loadVersionFloor(3)).toEqual({ version: 3, digest: null });
  });
});

describe('isStale', () => {
  const now = Date.UTC(2026, 11, 1);
  const hour = 3600_000;
  it.each([
    ['never checked', null, true],
    ['checked a minute ago', { at: now - 60_000, ok: true, reason: '' }, false],
    ['checked 23 hours ago', { at: now - 23 * hour, ok: true, reason: '' }, false],
    ['checked 25 hours ago', { at: now - 25 * hour, ok: true, reason: '' }, true],
    ['failed 30 minutes ago', { at: now - hour / 2, ok: false, reason: '' }, false],
    ['failed 2 hours ago', { at: now - 2 * hour, ok: false, reason: '' }, true],
    ['a check dated in the future (clock changed)', { at: now + 5 * hour, ok: true, reason: '' }, true],
  ])('%s → %s', (_name, last, stale) => {
    expect(isStale(last, now)).toBe(stale);
  });
});
