import { describe, expect, it } from 'vitest';
import { hostName, MASTODON_DEFAULT_LIMIT, PLACES, type PlaceId, placeFor, postLimit } from '@/utils/place';

describe('placeFor: the networks by their real host names', () => {
  it.each([
    ['x.com', 'x', 280, 'x'],
    ['twitter.com', 'x', 280, 'x'],
    ['mobile.twitter.com', 'x', 280, 'x'],
    ['bsky.app', 'bluesky', 300, 'graphemes'],
    ['www.threads.net', 'threads', 500, 'utf16'],
    ['www.threads.com', 'threads', 500, 'utf16'],
    ['web.telegram.org', 'telegram', 4096, 'utf16'],
    ['discord.com', 'discord', 2000, 'utf16'],
    ['ptb.discord.com', 'discord', 2000, 'utf16'],
    ['www.linkedin.com', 'linkedin', 3000, 'utf16'],
    ['www.facebook.com', 'facebook', null, 'utf16'],
    ['m.facebook.com', 'facebook', null, 'utf16'],
    ['vk.com', 'vk', null, 'utf16'],
    ['m.vk.com', 'vk', null, 'utf16'],
    ['www.reddit.com', 'reddit', 40_000, 'utf16'],
    ['old.reddit.com', 'reddit', 40_000, 'utf16'],
    ['web.whatsapp.com', 'whatsapp', null, 'utf16'],
    ['mail.google.com', 'webmail', null, 'utf16'],
    ['outlook.live.com', 'webmail', null, 'utf16'],
    ['outlook.office.com', 'webmail', null, 'utf16'],
    ['mail.proton.me', 'webmail', null, 'utf16'],
    ['app.tuta.com', 'webmail', null, 'utf16'],
    ['mail.riseup.net', 'webmail', null, 'utf16'],
  ] as const)('%s is %s (%s, counted %s)', (host, id, limit, counter) => {
    const place = placeFor({ host });
    expect(place).toMatchObject({ id, limit, counter });
  });

  it.each([
    ['a look-alike ending in the name', 'notx.com'],
    ['the name as a subdomain of another site', 'x.com.example.org'],
    ['a site that only mentions a network', 'twitter-archive.org'],
    ['Gmail is mail.google.com, not google.com', 'www.google.com'],
    ['127.0.0.1 with a port', '127.0.0.1:8080'],
    ['nothing', ''],
  ])('%s (%s) is not a place we know', (_, host) => {
    expect(placeFor({ host }).id).toBe('unknown');
  });

  it.each([
    ['upper case', 'X.COM', 'x'],
    ['a port', 'bsky.app:443', 'bluesky'],
    ['the root dot', 'mail.google.com.', 'webmail'],
  ] as const)('reads the host with %s', (_, host, id) => {
    expect(placeFor({ host }).id).toBe(id);
    expect(hostName(host)).not.toMatch(/[A-Z:]|\.$/);
  });

  it('every row says where its numbers come from, and what belongs there', () => {
    for (const [id, row] of Object.entries(PLACES)) {
      expect(row.source.length, id).toBeGreaterThan(10);
      expect(['short', 'standard', 'long'], id).toContain(row.variant);
      if (id !== 'mastodon') expect(row.hosts.length, id).toBeGreaterThan(0);
    }
  });

  it('no host belongs to two places', () => {
    const seen = new Map<string, string>();
    for (const [id, row] of Object.entries(PLACES)) {
      for (const host of row.hosts) {
        expect(seen.get(host), host).toBeUndefined();
        seen.set(host, id);
      }
    }
  });

  it('the short networks take the short version, chats and feeds standard at most, mail and forums the letter', () => {
    const variant = (id: Exclude<PlaceId, 'unknown'>) => PLACES[id].variant;
    expect([variant('x'), variant('bluesky')]).toEqual(['short', 'short']);
    for (const id of ['threads', 'telegram', 'discord', 'whatsapp', 'linkedin', 'facebook', 'vk'] as const) {
      expect(variant(id), id).toBe('standard');
    }
    expect([variant('webmail'), variant('reddit')]).toEqual(['long', 'long']);
  });

  it('hashtags only where the network follows them', () => {
    const tagged = Object.entries(PLACES)
      .filter(([, row]) => row.hashtags)
      .map(([id]) => id)
      .sort();
    expect(tagged).toEqual(['bluesky', 'facebook', 'linkedin', 'mastodon', 'vk', 'x']);
  });
});

describe('placeFor: Mastodon, found by its page on any host', () => {
  it('takes the limit the instance states', () => {
    const place = placeFor({ host: 'social.example', mastodon: { limit: 11_000 } });
    expect(place).toMatchObject({ id: 'mastodon', limit: 11_000, counter: 'mastodon', hashtags: true });
    expect(place.source).toContain('11000');
  });

  it("falls back to Mastodon's default when the instance does not say", () => {
    expect(placeFor({ host: 'mastodon.social', mastodon: { limit: null } }).limit).toBe(MASTODON_DEFAULT_LIMIT);
    expect(MASTODON_DEFAULT_LIMIT).toBe(500);
  });

  it('is not found by its host name alone', () => {
    expect(placeFor({ host: 'mastodon.social' }).id).toBe('unknown');
  });

  it.each([
    ['zero', 0],
    ['negative', -5],
    ['a fraction', 500.5],
    ['absurd', 1e12],
    ['not a number', '1000' as unknown as number],
    ['NaN', Number.NaN],
  ])('a %s limit from the page falls back to the default', (_, limit) => {
    expect(postLimit(limit)).toBeNull();
    expect(placeFor({ host: 'social.example', mastodon: { limit } }).limit).toBe(500);
  });

  it('a known network keeps its own row even if its page looks like Mastodon', () => {
    expect(placeFor({ host: 'x.com', mastodon: { limit: 11_000 } })).toMatchObject({ id: 'x', limit: 280 });
  });
});
