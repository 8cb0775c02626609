import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import {
  type ChangeNotice,
  changeNotices,
  customTemplate,
  defaultVariant,
  langSetting,
  mastodonInstance,
  TEMPLATE_MAX_LENGTH,
} from '@/utils/storage/items';
import { acceptedCampaign, lastCheck, updatesEnabled, versionFloor } from '@/utils/storage/update-state';

const notice: ChangeNotice = { subject: 'donation:btc', before: 'a', after: 'b', on: '2026-03-05', at: 1 };

// Earlier versions stored these through @wxt-dev/storage: what they wrote must still read the same, both ways.
describe('the items read and write what @wxt-dev/storage stored', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    [langSetting, null, 'ru'],
    [mastodonInstance, null, 'social.example'],
    [defaultVariant, null, 'long'],
    [customTemplate, null, 'Free them {link:case}'],
    [updatesEnabled, true, false],
    [acceptedCampaign, null, { payload: 'cGF5bG9hZA==', signature: 'c2ln' }],
    [versionFloor, null, { version: 4, digest: 'ZGlnZXN0' }],
    [lastCheck, null, { at: 5, ok: false, code: 'timeout', reason: 'no answer' }],
    [changeNotices, [], [notice, { ...notice, subject: 'donatePage' }]],
  ] as const)('%#: %o', async (item, fallback, value) => {
    const library = storage.defineItem<unknown>(`local:${item.key}`, { fallback, version: 1 });
    expect(await item.getValue()).toEqual(fallback);
    await library.setValue(value);
    expect(await item.getValue()).toEqual(value);
    // biome-ignore lint/suspicious/noExplicitAny: one table for items of every type
    await (item.setValue as (v: any) => Promise<void>)(fallback);
    expect(await library.getValue()).toEqual(fallback);
    // biome-ignore lint/suspicious/noExplicitAny: as above
    await (item.setValue as (v: any) => Promise<void>)(value);
    expect(await library.getValue()).toEqual(value);
    await item.removeValue();
    expect(await library.getValue()).toEqual(fallback);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});

describe('a corrupt or foreign value reads as the default, never as an error', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    [langSetting, 7, null],
    [langSetting, 'klingon', null],
    [defaultVariant, 'huge', null],
    [mastodonInstance, { host: 'x' }, null],
    [customTemplate, {}, null],
    [customTemplate, '   ', null],
    [customTemplate, 'x'.repeat(TEMPLATE_MAX_LENGTH + 1), null],
    [updatesEnabled, 'no', true],
    [acceptedCampaign, { payload: 1, signature: 'x' }, null],
    [versionFloor, { version: '99', digest: 1 }, null],
    [versionFloor, { version: 1.5, digest: 'x' }, null],
    [lastCheck, { at: 'yesterday' }, null],
    [lastCheck, 'x', null],
    [changeNotices, { constructor: 1 }, []],
  ] as const)('%#: %o', async (item, stored, expected) => {
    await fakeBrowser.storage.local.set({ [item.key]: stored });
    expect(await item.getValue()).toEqual(expected);
  });

  it('keeps the well-formed notices of a list and drops the others', async () => {
    await fakeBrowser.storage.local.set({ changeNotices: [notice, { subject: 1 }, null, { ...notice, at: 'x' }] });
    expect(await changeNotices.getValue()).toEqual([notice]);
  });

  it('drops a check code this version does not know, and keeps the record', async () => {
    await fakeBrowser.storage.local.set({ lastCheck: { at: 1, ok: true, code: 'fromTheFuture', reason: 'r' } });
    expect(await lastCheck.getValue()).toEqual({ at: 1, ok: true, reason: 'r' });
  });

  it('reads the default when storage itself fails', async () => {
    const get = fakeBrowser.storage.local.get;
    fakeBrowser.storage.local.get = () => Promise.reject(new Error('storage is gone'));
    try {
      expect(await updatesEnabled.getValue()).toBe(true);
      expect(await changeNotices.getValue()).toEqual([]);
    } finally {
      fakeBrowser.storage.local.get = get;
    }
  });
});

describe('watch', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sees every write to its own key, checked, until unwatched', async () => {
    const seen: unknown[] = [];
    const unwatch = changeNotices.watch((value) => seen.push(value));
    const link: ChangeNotice = { subject: 'link:x', before: null, after: 'https://a.example', on: '2026-03-05', at: 2 };
    await changeNotices.setValue([link]);
    await langSetting.setValue('de');
    await fakeBrowser.storage.local.set({ changeNotices: 'corrupt' });
    await changeNotices.removeValue();
    expect(seen).toEqual([[link], [], []]);
    unwatch();
    await changeNotices.setValue([link]);
    expect(seen).toHaveLength(3);
  });
});
