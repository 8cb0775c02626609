// Runs before the tests: a missing browser fails the run with one line, never a silent skip.
import { existsSync } from 'node:fs';

const browsers = [
  ['Chromium', '/usr/bin/chromium', 'chromium'],
  ['Firefox ESR', '/usr/bin/firefox-esr', 'firefox-esr'],
];
const missing = browsers.filter(([, path]) => !existsSync(path));
for (const [name, path, apt] of missing) {
  console.error(`${name} is missing (${path}): install it with \`apt-get install -y ${apt}\``);
}
process.exit(missing.length ? 1 : 0);
