import { storage } from 'wxt/utils/storage';
import type { Lang, Variant } from '@/utils/campaign/schema';

// One item per key. Values are read through `readSetting` checks in the modules
// that use them: storage can hold anything (an older version, another extension's
// experiment, a corrupt write), and a bad value must never crash the popup.

/** The language the user picked in the popup or options; null follows the browser's UI language. */
export const langSetting = storage.defineItem<Lang | null>('local:lang', { fallback: null, version: 1 });

/** The user's Mastodon instance host (e.g. mastodon.social), asked once when they first share there. */
export const mastodonInstance = storage.defineItem<string | null>('local:mastodonInstance', {
  fallback: null,
  version: 1,
});

/** The message variant inserted by a plain click of the menu; null picks the longest that fits the field. */
export const defaultVariant = storage.defineItem<Variant | null>('local:defaultVariant', {
  fallback: null,
  version: 1,
});
