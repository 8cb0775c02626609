import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPageSignals } from '@/utils/place';

function page(state: unknown, { raw }: { raw?: string } = {}): Document {
  const doc = document.implementation.createHTMLDocument('t');
  const script = doc.createElement('script');
  script.id = 'initial-state';
  script.type = 'application/json';
  script.textContent = raw ?? JSON.stringify(state);
  doc.head.append(script);
  return doc;
}

const meta = { streaming_api_base_url: 'wss://social.example', domain: 'social.example', version: '4.3.0' };

describe('readPageSignals', () => {
  it.each([
    ['the instance API shape', { meta, configuration: { statuses: { max_characters: 11_000 } } }, 11_000],
    ['a server section', { meta, server: { configuration: { statuses: { max_characters: 1000 } } } }, 1000],
    ['a fork’s max_toot_chars', { meta, max_toot_chars: 5000 }, 5000],
    ['max_toot_chars in meta', { meta: { ...meta, max_toot_chars: 3000 } }, 3000],
    ['no limit said', { meta }, null],
    ['a limit that is text', { meta, max_toot_chars: '9000' }, null],
  ])('finds a Mastodon instance and %s', (_, state, limit) => {
    expect(readPageSignals(page(state), 'social.example')).toEqual({ host: 'social.example', mastodon: { limit } });
  });

  it.each([
    ['no initial state', document.implementation.createHTMLDocument('t')],
    ['an initial state without Mastodon’s meta', page({ meta: { domain: 'shop.example' }, max_toot_chars: 9000 })],
    ['broken JSON', page(null, { raw: '{"meta": {' })],
    ['JSON that is not an object', page(null, { raw: '[1, 2]' })],
  ])('is not Mastodon with %s', (_, doc) => {
    expect(readPageSignals(doc, 'shop.example')).toEqual({ host: 'shop.example' });
  });

  it('returns plain data only', () => {
    const signals = readPageSignals(page({ meta, max_toot_chars: 1000 }), 'social.example');
    expect(JSON.parse(JSON.stringify(signals))).toEqual(signals);
  });
});

describe('readPageSignals on the e2e Mastodon fixture page', () => {
  it('finds the instance and its limit in the page as served', () => {
    const html = readFileSync(join(import.meta.dirname, '../../e2e/fixtures/src/mastodon.html'), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(readPageSignals(doc, 'social.example')).toEqual({ host: 'social.example', mastodon: { limit: 11_000 } });
  });
});
