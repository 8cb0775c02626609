import type { Lang } from '@/utils/campaign/schema';
import { pickLang } from '@/utils/i18n/pick-lang';

// The language of the message: pure, run in our isolated world of the page (insert.js) and in the popup's preview.

/**
 * The language the page is told, mapped to ours: its first `navigator.languages` entry (read in our
 * isolated world: the same values the page reads, spoofed or not, e.g. Tor Browser's en-US), else the
 * browser's first Accept-Language. Never the interface language: that would tell the page something
 * it did not know.
 */
export function pageLang(navigatorLanguages: readonly string[] | undefined, acceptLanguages: readonly string[] = []) {
  return pickLang(navigatorLanguages?.[0] ?? acceptLanguages[0]);
}

/** The language of what goes into the page: an explicit pick, else the saved setting, else the page's own. */
export function insertLang(explicit: Lang | undefined, saved: Lang | null, page: Lang): Lang {
  return explicit ?? saved ?? page;
}
