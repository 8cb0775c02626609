import { existsSync } from 'node:fs';

/** The Debian browsers the real-browser tests drive; no test tool may download its own. */
export const BROWSERS = {
  chromium: { path: '/usr/bin/chromium', apt: 'chromium' },
  firefox: { path: '/usr/bin/firefox-esr', apt: 'firefox-esr' },
} as const;

export type BrowserName = keyof typeof BROWSERS;

/** One line that says which browser is missing and how to get it: a missing browser fails, it never skips. */
export function missingBrowserMessage(name: BrowserName): string | undefined {
  const { path, apt } = BROWSERS[name];
  return existsSync(path) ? undefined : `${name} not found at ${path}: install it with \`apt-get install -y ${apt}\``;
}

export function requireBrowser(name: BrowserName): string {
  const message = missingBrowserMessage(name);
  if (message) throw new Error(message);
  return BROWSERS[name].path;
}
