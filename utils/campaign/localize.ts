import type { Lang, Localized } from '@/utils/campaign/schema';

/** The text in the wanted language, or in English where the campaign has no translation. */
export function localize(text: Localized, lang: Lang): string {
  return text[lang] ?? text.en;
}
