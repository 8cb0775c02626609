// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { feedDefines, feedSettings } from '../../../scripts/feed-settings';
import { extensionManifest } from '../../../scripts/manifest';

const KEY = 'XBf6QNEnhvBxnWziKNctxKr97hSX5WULI/HH96IgcMA=';

describe('feedSettings: FEED_URL and FEED_PUBLIC_KEY at build time', () => {
  it('is nothing when neither is set: the default build', () => {
    expect(feedSettings('production', {})).toBeUndefined();
    expect(feedDefines(undefined)).toEqual({
      'import.meta.env.FEED_URL': '""',
      'import.meta.env.FEED_PUBLIC_KEY': '""',
    });
  });

  it('takes an https URL and a 32-byte key', () => {
    expect(feedSettings('production', { FEED_URL: 'https://c.example.org/feed.json', FEED_PUBLIC_KEY: KEY })).toEqual({
      url: 'https://c.example.org/feed.json',
      publicKey: KEY,
    });
  });

  it.each([
    ['only the URL', { FEED_URL: 'https://c.example.org/feed.json' }, 'production', /go together/],
    ['only the key', { FEED_PUBLIC_KEY: KEY }, 'production', /go together/],
    ['an http URL', { FEED_URL: 'http://c.example.org/feed.json', FEED_PUBLIC_KEY: KEY }, 'production', /https/],
    [
      '127.0.0.1 outside the e2e build',
      { FEED_URL: 'http://127.0.0.1:8080/f', FEED_PUBLIC_KEY: KEY },
      'production',
      /https/,
    ],
    ['not a URL', { FEED_URL: 'feed.json', FEED_PUBLIC_KEY: KEY }, 'production', /not a URL/],
    ['a short key', { FEED_URL: 'https://c.example.org/f', FEED_PUBLIC_KEY: 'AAAA' }, 'production', /32 bytes/],
  ])('refuses %s', (_name, env, mode, message) => {
    expect(() => feedSettings(mode, env)).toThrow(message);
  });

  it('lets only the e2e build use the test server on 127.0.0.1', () => {
    expect(feedSettings('e2e', { FEED_URL: 'http://127.0.0.1:8080/feed.json', FEED_PUBLIC_KEY: KEY })?.url).toBe(
      'http://127.0.0.1:8080/feed.json',
    );
  });

  it('adds `alarms` to the manifest only with a feed', () => {
    expect(extensionManifest('chrome', 'production', [16]).permissions).not.toContain('alarms');
    expect(extensionManifest('chrome', 'production', [16], { feed: true }).permissions).toContain('alarms');
  });
});
