import { describe, expect, it } from 'vitest';
import { bundledCampaign } from '@/utils/campaign/bundled';
import { localize } from '@/utils/campaign/localize';
import { LANGS } from '@/utils/campaign/schema';
import { blueskyLength, LIMITS, mastodonLength, xLength } from '@/utils/message/fit';
import { renderMessage } from '@/utils/message/render';
import { parseMastodonHost } from '@/utils/share/mastodon-host';
import { percentEncode } from '@/utils/share/percent-encode';
import { dropLinesWith, NETWORK_VARIANT, NETWORKS, shareLink, shareTarget } from '@/utils/share/share-link';
import { mailtoUrl, telegramShareUrl, xShareUrl } from '@/utils/share/share-url';

const campaign = bundledCampaign;
const text = (lang: (typeof LANGS)[number], variant: 'short' | 'standard' | 'long') =>
  renderMessage(campaign, { lang, variant, format: 'text' });

/** A query's raw values, checking that nothing outside the unreserved set is left unencoded. */
function rawParams(url: string): Record<string, string> {
  const query = url.slice(url.indexOf('?') + 1);
  return Object.fromEntries(
    query.split('&').map((pair) => {
      const [key, value = ''] = pair.split('=');
      expect(value, `${key} in ${url.slice(0, 40)}…`).toMatch(/^(?:[A-Za-z0-9\-_.~]|%[0-9A-F]{2})*$/);
      return [key, value];
    }),
  );
}

describe('percentEncode', () => {
  it.each([
    ['a b', 'a%20b'],
    ['&=?#', '%26%3D%3F%23'],
    ["it's (fine)!*", 'it%27s%20%28fine%29%21%2A'],
    ['Пенза', '%D0%9F%D0%B5%D0%BD%D0%B7%D0%B0'],
    ['line\nbreak', 'line%0Abreak'],
  ])('%j → %s', (input, expected) => {
    expect(percentEncode(input)).toBe(expected);
  });
});

describe.each(LANGS)('share links in %s', (lang) => {
  it.each(NETWORKS.filter((n) => n !== 'mastodon'))(
    '%s: the network’s own page, every parameter percent-encoded',
    (network) => {
      const url = shareLink(network, campaign, lang);
      const params = rawParams(url);
      const decoded = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, decodeURIComponent(v)]));
      switch (network) {
        case 'x':
          expect(url.startsWith('https://x.com/intent/tweet?')).toBe(true);
          expect(decoded).toEqual({ text: text(lang, 'short') });
          break;
        case 'bluesky':
          expect(url.startsWith('https://bsky.app/intent/compose?')).toBe(true);
          expect(decoded).toEqual({ text: text(lang, 'short') });
          break;
        case 'telegram':
          expect(url.startsWith('https://t.me/share/url?')).toBe(true);
          // Telegram shows the url above the text: the text leaves out the line that carries it.
          expect(decoded).toEqual({
            url: shareTarget(campaign, lang),
            text: renderMessage(campaign, {
              lang,
              variant: 'standard',
              format: 'text',
              template: dropLinesWith(localize(campaign.messages.standard, lang), 'campaign'),
            }),
          });
          expect(decoded.text).not.toContain(shareTarget(campaign, lang));
          break;
        case 'vk':
          expect(url.startsWith('https://vk.com/share.php?')).toBe(true);
          expect(decoded).toEqual({ url: shareTarget(campaign, lang), title: localize(campaign.title, lang) });
          break;
        case 'whatsapp':
          expect(url.startsWith('https://wa.me/?')).toBe(true);
          expect(decoded).toEqual({ text: text(lang, 'standard') });
          break;
        case 'email':
          expect(url.startsWith('mailto:?')).toBe(true);
          expect(decoded.subject).toBe(localize(campaign.title, lang));
          // RFC 6068: line breaks travel as CRLF.
          expect(params.body).not.toMatch(/(?<!%0D)%0A/);
          expect(decoded.body).toBe(text(lang, 'long').replace(/\n/g, '\r\n'));
          break;
      }
    },
  );

  it('Mastodon: the standard message on the user’s own instance', () => {
    const url = shareLink('mastodon', campaign, lang, 'social.example.org');
    expect(url.startsWith('https://social.example.org/share?')).toBe(true);
    expect(decodeURIComponent(rawParams(url).text ?? '')).toBe(text(lang, 'standard'));
  });

  it('each network gets a variant that fits its limit', () => {
    expect(NETWORK_VARIANT.x).toBe('short');
    expect(xLength(text(lang, NETWORK_VARIANT.x))).toBeLessThanOrEqual(LIMITS.x);
    expect(blueskyLength(text(lang, NETWORK_VARIANT.bluesky))).toBeLessThanOrEqual(LIMITS.bluesky);
    expect(mastodonLength(text(lang, NETWORK_VARIANT.mastodon))).toBeLessThanOrEqual(LIMITS.mastodon);
    // Telegram: 4,096 characters per message, the link included.
    const telegram = text(lang, NETWORK_VARIANT.telegram);
    expect(telegram.length + shareTarget(campaign).length + 1).toBeLessThanOrEqual(4096);
  });
});

describe('share URL builders', () => {
  it('encode what would otherwise break the query', () => {
    expect(xShareUrl('a&text=evil #tag')).toBe('https://x.com/intent/tweet?text=a%26text%3Devil%20%23tag');
    expect(telegramShareUrl('https://e.org/?a=1&b=2', 'x')).toBe(
      'https://t.me/share/url?url=https%3A%2F%2Fe.org%2F%3Fa%3D1%26b%3D2&text=x',
    );
    expect(mailtoUrl('S&S', 'one\ntwo')).toBe('mailto:?subject=S%26S&body=one%0D%0Atwo');
  });
});

describe('parseMastodonHost', () => {
  it.each([
    ['mastodon.social', 'mastodon.social'],
    ['  Mastodon.Social  ', 'mastodon.social'],
    ['https://mastodon.social/', 'mastodon.social'],
    ['@someone@chaos.social', 'chaos.social'],
    ['someone@social.coop', 'social.coop'],
    ['xn--80ak6aa92e.com', 'xn--80ak6aa92e.com'],
    ['пример.рф', 'xn--e1afmkfd.xn--p1ai'],
  ])('%j → %s', (input, host) => {
    expect(parseMastodonHost(input)).toBe(host);
  });

  it.each([
    '',
    'mastodon',
    'http://mastodon.social',
    'mastodon.social/share',
    'mastodon.social:8080',
    'user:pass@mastodon.social',
    '127.0.0.1',
    'evil.com#@mastodon.social',
    'javascript:alert(1)',
    'a..b.com',
    '-bad.example.com',
    'mastodon.social?x=1',
  ])('refuses %j', (input) => {
    expect(parseMastodonHost(input)).toBeNull();
  });
});

describe('dropLinesWith', () => {
  it('leaves out the lines that carry the link, and ends the sentence that introduced it', () => {
    expect(dropLinesWith('A\nMore: {link:campaign}\nB {link:call}', 'campaign')).toBe('A\nB {link:call}');
    expect(dropLinesWith('Spread the word:\n{link:campaign}', 'campaign')).toBe('Spread the word.');
  });
});
