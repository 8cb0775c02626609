import type { Lang, Link, Localized, MessageCampaign } from '@/utils/campaign/schema';

/** The text in the wanted language, or in English where the campaign has no translation. */
export function localize(text: Localized, lang: Lang): string {
  return text[lang] ?? text.en;
}

/** The link's page in the reader's language where the source has one, else its English page. */
export function linkUrl(link: Pick<Link, 'url' | 'urls'>, lang: Lang): string {
  return (lang === 'en' ? undefined : link.urls?.[lang]) ?? link.url;
}

/** The campaign's hashtags for a post in `lang` (English's where the language has none of its own). */
export function hashtagsFor(campaign: Pick<MessageCampaign, 'hashtags'>, lang: Lang): readonly string[] {
  return (lang === 'en' ? undefined : campaign.hashtags?.[lang]) ?? campaign.hashtags?.en ?? [];
}
