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

// Signed campaign updates (utils/feed). Each shape is version 1; a later shape
// adds its migration here so stored values move forward instead of being lost.

/** Whether the extension checks the campaign's signed feed; only builds made with a feed have one to check. */
export const updatesEnabled = storage.defineItem<boolean>('local:updatesEnabled', { fallback: true, version: 1 });

/** The last signed update that passed every check, kept as signed (base64) so each read verifies it again. */
export const acceptedCampaign = storage.defineItem<{ payload: string; signature: string } | null>(
  'local:acceptedCampaign',
  { fallback: null, version: 1 },
);

/** The last feed check: when (ms since epoch), whether it worked, and what happened: a code (utils/feed/check-reason.ts; absent in older records) and English words. */
export const lastCheck = storage.defineItem<{ at: number; ok: boolean; code?: string; reason: string } | null>(
  'local:lastCheck',
  { fallback: null, version: 1 },
);

/** The user's own message template ({link:ID}, {donations}), used for every insertion; null keeps the campaign's. */
export const customTemplate = storage.defineItem<string | null>('local:customTemplate', { fallback: null, version: 1 });
