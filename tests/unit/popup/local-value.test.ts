import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultVariant, langSetting, mastodonInstance } from '@/utils/storage';
import { langChoice, mastodonHost, variantChoice } from '@/utils/storage-lite/popup-settings';

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
});
