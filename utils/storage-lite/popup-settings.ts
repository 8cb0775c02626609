import type { Lang, Variant } from '@/utils/campaign/schema';
import type { ChangeNotice } from '@/utils/feed/active-notices';
import { localValue } from '@/utils/storage-lite/local-value';

// The popup's view of items of utils/storage.ts and utils/feed/change-notices.ts (same keys, same values; tests/unit/popup/local-value.test.ts holds them together).

/** `langSetting`: the language the user picked in the popup or options; null follows the browser's UI language. */
export const langChoice = localValue<Lang | null>('lang', null);

/** `mastodonInstance`: the user's Mastodon instance host, asked once when they first share there. */
export const mastodonHost = localValue<string | null>('mastodonInstance', null);

/** `defaultVariant`: the version a plain insertion uses; null lets the field decide. */
export const variantChoice = localValue<Variant | null>('defaultVariant', null);

/** `changeNotices` (utils/feed/change-notices.ts): what signed updates changed this week, read and dismissed in the popup. */
export const changeNoticeList = localValue<ChangeNotice[]>('changeNotices', []);
