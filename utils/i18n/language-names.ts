import type { Lang } from '@/utils/campaign/schema';

/** Each language named in itself, so a reader finds theirs whatever language the extension speaks now. */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', ru: 'Русский', nl: 'Nederlands', de: 'Deutsch' };
