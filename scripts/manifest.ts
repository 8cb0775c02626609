/**
 * The manifest, per browser and mode. Kept apart from wxt.config.ts so the
 * manifest test can state the same rules the build follows.
 */

/** The gecko id is fixed: it keeps storage across updates and lets the tests pin the moz-extension UUID. */
export const GECKO_ID = 'solidarity-call@solidarity-call.extension';

// Why each permission is here is written in the README's permission table.
export const PERMISSIONS = ['contextMenus', 'activeTab', 'scripting', 'storage'];
export const OPTIONAL_HOST_PERMISSIONS = ['http://*/*', 'https://*/*'];

/**
 * The CSP of our own pages. script-src and object-src are MV3's defaults, kept;
 * connect-src makes "no requests" the browser's rule rather than only our code's:
 * the extension's own files ('self': the popup reads its _locales), the signed
 * feed's origin when the build has one, nothing else. `wxt dev` also needs its
 * dev server (modules and the reload socket) on localhost.
 */
export function extensionPagesCsp(mode: string, feedUrl?: string): string {
  const connect = ["'self'"];
  if (feedUrl) connect.push(new URL(feedUrl).origin);
  if (mode === 'development') connect.push('http://localhost:*', 'ws://localhost:*');
  return `script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; connect-src ${connect.join(' ')};`;
}

export function extensionManifest(
  browser: string,
  mode: string,
  iconSizes: readonly number[],
  options: { feed?: boolean; feedUrl?: string } = {},
) {
  const icons = Object.fromEntries(iconSizes.map((s) => [s, `icon/${s}.png`]));
  return {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `alarms` schedules the daily check of the signed feed, so only a build with a feed asks for it.
    permissions: options.feed ? [...PERMISSIONS, 'alarms'] : PERMISSIONS,
    // Only the e2e build may reach the 127.0.0.1 fixture pages without the user gesture that grants activeTab.
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    // Never granted at install: asked for one site at a time, from the user's click, when the field is in
    // an iframe from another site (activeTab reaches only the tab's own origin).
    optional_host_permissions: OPTIONAL_HOST_PERMISSIONS,
    content_security_policy: { extension_pages: extensionPagesCsp(mode, options.feedUrl) },
    icons,
    action: { default_icon: icons, default_title: '__MSG_actionTitle__' },
    // No default key: every free-looking one is taken somewhere. Alt+Shift switches the keyboard layout on Windows
    // and many Linux desktops, ChromeOS reserves most Alt+Shift and Ctrl+Shift keys, and browsers and sites take the
    // rest. The user picks one in the browser's shortcut settings; the welcome page shows where.
    commands: { 'insert-call': { description: '__MSG_commandInsert__' } },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // An ESR, as Tor Browser is built on one: raise it with Tor Browser's base, not with Firefox's releases.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions reached Firefox for Android in 142; without this, AMO's linter warns.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  };
}
