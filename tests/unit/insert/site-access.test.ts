import { expect, it } from 'vitest';
import { sitePattern } from '@/utils/insert/background/site-access';

// What we ask the browser for: the iframe's one site, whatever its port, and nothing for what cannot be granted.
it.each([
  ['http://localhost:43121', 'http://localhost/*'],
  ['https://comments.example', 'https://comments.example/*'],
  ['https://a.b.example:8443', 'https://a.b.example/*'],
  ['https://[::1]:8080', 'https://[::1]/*'],
  ['file:///home/me/page.html', undefined],
  ['moz-extension://0b9c/', undefined],
  ['null', undefined],
  ['', undefined],
])('%s → %s', (origin, pattern) => {
  expect(sitePattern(origin)).toBe(pattern);
});
