import { linkUrl, localize } from '@/utils/campaign/localize';
import type { Campaign, Lang, Variant } from '@/utils/campaign/schema';
import { renderMessage } from '@/utils/message/render';
import {
  blueskyShareUrl,
  mailtoUrl,
  mastodonShareUrl,
  telegramShareUrl,
  vkShareUrl,
  whatsappShareUrl,
  xShareUrl,
} from '@/utils/share/share-url';

export const NETWORKS = ['x', 'bluesky', 'mastodon', 'telegram', 'vk', 'whatsapp', 'email'] as const;
export type Network = (typeof NETWORKS)[number];

/**
 * The message each network gets: short where posts are short (X 280, Bluesky 300),
 * standard for Mastodon's 500 and the messengers, long for e-mail. VK takes only
 * a link and a title.
 */
export const NETWORK_VARIANT: Record<Exclude<Network, 'vk'>, Variant> = {
  x: 'short',
  bluesky: 'short',
  mastodon: 'standard',
  telegram: 'standard',
  whatsapp: 'standard',
  email: 'long',
};

/** The link shares point at: the campaign's `shareLink`, or its first link, in the reader's language. */
export function shareTarget(campaign: Campaign, lang: Lang = 'en'): string {
  const link = campaign.links.find((l) => l.id === campaign.shareLink) ?? campaign.links[0];
  return link ? linkUrl(link, lang) : '';
}

/** The network's own share page, filled with the campaign's message in `lang`. Mastodon needs the user's host. */
export function shareLink(network: Network, campaign: Campaign, lang: Lang, mastodonHost?: string): string {
  const text = (variant: Variant) => renderMessage(campaign, { lang, variant, format: 'text' });
  const title = localize(campaign.title, lang);
  switch (network) {
    case 'x':
      return xShareUrl(text('short'));
    case 'bluesky':
      return blueskyShareUrl(text('short'));
    case 'mastodon':
      if (!mastodonHost) throw new Error('Mastodon needs the instance host');
      return mastodonShareUrl(mastodonHost, text('standard'));
    case 'telegram':
      // Telegram puts the url above the text itself: the text leaves out the line that carries it.
      return telegramShareUrl(
        shareTarget(campaign, lang),
        renderMessage(campaign, {
          lang,
          variant: 'standard',
          format: 'text',
          template: dropLinesWith(localize(campaign.messages.standard, lang), campaign.shareLink),
        }),
      );
    case 'vk':
      return vkShareUrl(shareTarget(campaign, lang), title);
    case 'whatsapp':
      return whatsappShareUrl(text('standard'));
    case 'email':
      return mailtoUrl(title, text('long'));
  }
}

/**
 * The template without the lines that carry the link. A sentence that introduced the
 * link on the next line ("Spread the word:") then ends with a full stop instead.
 */
export function dropLinesWith(template: string, linkId: string): string {
  const kept: string[] = [];
  for (const line of template.split('\n')) {
    if (!line.includes(`{link:${linkId}}`)) kept.push(line);
    else if (kept.length > 0) kept[kept.length - 1] = (kept[kept.length - 1] ?? '').replace(/:\s*$/, '.');
  }
  return kept.join('\n').trim();
}
