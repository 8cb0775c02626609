import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ChangeNotice } from '@/utils/feed/change-notices';
import { changeNotices } from '@/utils/feed/change-notices';
import { defaultVariant, langSetting, mastodonInstance } from '@/utils/storage';
import { changeNoticeList, langChoice, mastodonHost, variantChoice } from '@/utils/storage-lite/popup-settings';

describe('the popup’s storage values without @wxt-dev/storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    [langChoice, langSetting, 'ru'],
    [mastodonHost, mastodonInstance, 'social.example'],
    [variantChoice, defaultVariant, 'long'],
  ] as const)('%# is the same storage item as utils/storage.ts has, both ways', async (lite, item, value) => {
    expect(`local:${lite.key}`).toBe(item.key);
    expect(await lite.getValue()).toBeNull();
    // biome-ignore lint/suspicious/noExplicitAny: one value fits both items of the pair
    await item.setValue(value as any);
    expect(await lite.getValue()).toBe(value);
    // biome-ignore lint/suspicious/noExplicitAny: as above
    await lite.setValue(null as any);
    expect(await item.getValue()).toBeNull();
    // biome-ignore lint/suspicious/noExplicitAny: as above
    await lite.setValue(value as any);
    expect(await item.getValue()).toBe(value);
  });

  it('the change notices are the background’s item, both ways, and empty when absent', async () => {
    const notice: ChangeNotice = { subject: 'donation:btc', before: 'a', after: 'b', on: '2026-03-05', at: 1 };
    expect(`local:${changeNoticeList.key}`).toBe(changeNotices.key);
    expect(await changeNoticeList.getValue()).toEqual([]);
    await changeNotices.setValue([notice]);
    expect(await changeNoticeList.getValue()).toEqual([notice]);
    await changeNoticeList.setValue([]);
    expect(await changeNotices.getValue()).toEqual([]);
    await changeNoticeList.setValue([notice, { ...notice, subject: 'donatePage' }]);
    expect(await changeNotices.getValue()).toEqual([notice, { ...notice, subject: 'donatePage' }]);
  });

  it('watch sees what the background writes, only for its own key, until unwatched', async () => {
    const seen: unknown[] = [];
    const unwatch = changeNoticeList.watch((value) => seen.push(value));
    const notice: ChangeNotice = {
      subject: 'link:x',
      before: null,
      after: 'https://a.example',
      on: '2026-03-05',
      at: 2,
    };
    await changeNotices.setValue([notice]);
    await langSetting.setValue('de');
    await changeNotices.removeValue();
    expect(seen).toEqual([[notice], []]);
    unwatch();
    await changeNotices.setValue([notice]);
    expect(seen).toHaveLength(2);
  });
});
