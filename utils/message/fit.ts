import { type Format, type Lang, VARIANTS, type Variant } from '@/utils/campaign/langs';
import type { MessageCampaign } from '@/utils/campaign/schema';
import { renderMessage } from '@/utils/message/render';
import { MASTODON_DEFAULT_LIMIT, PLACES } from '@/utils/place/places';

/** The networks' own counts live with the place table; re-exported for the share and options code. */
export { blueskyLength, mastodonLength, xLength } from '@/utils/place/count';

/** Post limits of the networks people share to (Mastodon's default; an instance may set its own). */
export const LIMITS = {
  x: PLACES.x.limit as number,
  bluesky: PLACES.bluesky.limit as number,
  mastodon: MASTODON_DEFAULT_LIMIT,
} as const;

/**
 * The longest variant whose rendering fits a field of maxLength characters
 * (UTF-16 code units, as the maxlength attribute counts); undefined if none fits.
 */
export function pickVariant(
  campaign: MessageCampaign,
  lang: Lang,
  maxLength: number,
  format: Format = 'text',
): Variant | undefined {
  let best: { variant: Variant; length: number } | undefined;
  for (const variant of VARIANTS) {
    const { length } = renderMessage(campaign, { lang, variant, format });
    if (length <= maxLength && (!best || length > best.length)) best = { variant, length };
  }
  return best?.variant;
}
