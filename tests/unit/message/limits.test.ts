import { describe, expect, it } from 'vitest';
import { bundledCampaign } from '@/utils/campaign/bundled';
import type { Campaign } from '@/utils/campaign/schema';
import { FORMATS, type Format, LANGS } from '@/utils/campaign/schema';
import { blueskyLength, LIMITS, mastodonLength, xLength } from '@/utils/message/fit';
import { renderMessage } from '@/utils/message/render';
import sample from '../../fixtures/sample-campaign.json';

/** What a person would paste into the post box: the message as written, or what an HTML message reads as. */
function asPosted(message: string, format: Format): string {
  if (format !== 'html') return message;
  const box = document.createElement('div');
  box.innerHTML = message;
  for (const br of box.querySelectorAll('br')) br.replaceWith('\n');
  return box.textContent ?? '';
}

const campaigns = [
  ['bundled', bundledCampaign],
  ['sample', sample as Campaign],
] as const;

const cases = campaigns.flatMap(([name, campaign]) =>
  LANGS.flatMap((lang) => FORMATS.map((format) => ({ name, campaign, lang, format }))),
);

describe.each(cases)('$name campaign, $lang, $format', ({ campaign, lang, format }) => {
  const render = (variant: 'short' | 'standard' | 'long') =>
    asPosted(renderMessage(campaign, { lang, variant, format }), format);

  it(`short fits a post on X (${LIMITS.x} weighted) and on Bluesky (${LIMITS.bluesky} graphemes)`, () => {
    const short = render('short');
    expect(xLength(short)).toBeLessThanOrEqual(LIMITS.x);
    expect(blueskyLength(short)).toBeLessThanOrEqual(LIMITS.bluesky);
  });

  it(`standard fits a Mastodon post (${LIMITS.mastodon})`, () => {
    expect(mastodonLength(render('standard'))).toBeLessThanOrEqual(LIMITS.mastodon);
  });

  it('every variant is longer than the one before it', () => {
    expect(render('short').length).toBeLessThan(render('standard').length);
    expect(render('standard').length).toBeLessThan(render('long').length);
  });
});
