// Runs before the tests: a missing browser fails the run with one line, never a silent skip.
import { existsSync } from 'node:fs';

const browsers = [
  ['Chromium', '/usr/bin/chromium', 'chromium'],
  ['Firefox ESR', '/usr/bin/firefox-esr', 'firefox-esr'],
  // The Russian interface of the Tor-like profile (tests/e2e/tor-profile.ts).
  [
    "Firefox ESR's Russian language pack",
    '/usr/lib/firefox-esr/browser/extensions/langpack-ru@firefox-esr.mozilla.org.xpi',
    'firefox-esr-l10n-ru',
  ],
];
const missing = browsers.filter(([, path]) => !existsSync(path));
for (const [name, path, apt] of missing) {
  console.error(`${name} is missing (${path}): install it with \`apt-get install -y ${apt}\``);
}
process.exit(missing.length ? 1 : 0);
