/**
 * The campaign's closed lists, apart from the schema: the background and the page script need
 * these few names, not the valibot schema that would come along with schema.ts.
 */

/** The languages the extension speaks; English is the fallback for everything. */
export const LANGS = ['en', 'ru', 'nl', 'de'] as const;
export type Lang = (typeof LANGS)[number];

/** short: fits X (280 weighted) and Bluesky (300 graphemes); standard: fits Mastodon's 500; long: e-mail and forums. */
export const VARIANTS = ['short', 'standard', 'long'] as const;
export type Variant = (typeof VARIANTS)[number];

export const FORMATS = ['text', 'html', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];
