import { browser } from 'wxt/browser';
import type { SiteAccess } from '@/utils/insert/protocol';

/**
 * The match pattern for the one site an iframe comes from: its scheme and host, any port
 * (Firefox's match patterns cannot name a port; Chrome's without one match every port).
 * Only http(s): nothing else can be granted.
 */
export function sitePattern(origin: string): string | undefined {
  try {
    const url = new URL(origin);
    return /^https?:$/.test(url.protocol) && url.hostname ? `${url.protocol}//${url.hostname}/*` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Asks for that one site. Must be called synchronously from the user's gesture (a menu
 * click): Chrome refuses without one, Firefox wants a user input handler. Never rejects.
 */
export function requestSiteAccess(pattern: string): Promise<SiteAccess> {
  const origins: [string] = [pattern];
  let asked: Promise<boolean>;
  try {
    asked = browser.permissions.request({ origins });
  } catch (error) {
    asked = Promise.reject(error);
  }
  return asked.then(
    (granted) => ({ origins, granted }),
    () => ({ origins, granted: false }),
  );
}
