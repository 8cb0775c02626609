import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionManifest } from '../../scripts/manifest';
import { extensionDir } from '../support/paths';

/** Everything a production manifest may hold; a new key or permission must be added here and explained in the README. */
const ALLOWED_KEYS = new Set([
  'manifest_version',
  'name',
  'description',
  'version',
  'default_locale',
  'icons',
  'action',
  'background',
  'permissions',
  'browser_specific_settings',
  'options_ui',
  'commands',
  'optional_host_permissions',
  'content_security_policy',
]);
const ALLOWED_PERMISSIONS = new Set(['contextMenus', 'activeTab', 'scripting', 'storage', 'alarms']);
const ICON_SIZES = ['16', '32', '48', '96', '128'];

const read = (browser: 'chrome' | 'firefox', mode: 'production' | 'e2e' = 'production') =>
  JSON.parse(readFileSync(join(extensionDir(browser, mode), 'manifest.json'), 'utf8'));

describe.each(['chrome', 'firefox'] as const)('%s production manifest', (browser) => {
  const manifest = read(browser);

  it('is Manifest V3 with only the allowed keys', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(Object.keys(manifest).filter((key) => !ALLOWED_KEYS.has(key))).toEqual([]);
  });

  it('asks for no permission outside the list, no host access, no content script', () => {
    expect(manifest.permissions.filter((p: string) => !ALLOWED_PERMISSIONS.has(p))).toEqual([]);
    expect(manifest.permissions.some((p: string) => p.includes('://') || p === '<all_urls>')).toBe(false);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
  });

  it('lets its pages connect to nothing but the extension itself: no feed in this build, so no origin', () => {
    expect(manifest.content_security_policy).toEqual({
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; connect-src 'self';",
    });
  });

  it('has no `alarms` in a build without a feed: nothing to schedule, no request to make', () => {
    expect(manifest.permissions).not.toContain('alarms');
  });

  it('asks for host access only as optional, and offers the insertion shortcut without taking a key', () => {
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    // The user sets the key (README, welcome page): any default collides with a layout switch, ChromeOS or a site.
    expect(manifest.commands['insert-call']).toEqual({ description: '__MSG_commandInsert__' });
  });

  it('has an icon in every size the stores ask for', () => {
    expect(Object.keys(manifest.icons).sort()).toEqual([...ICON_SIZES].sort());
    for (const file of Object.values<string>(manifest.icons)) {
      const png = readFileSync(join(extensionDir(browser), file));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
    }
  });
});

describe('Firefox specifics', () => {
  it('pins the gecko id, ESR 140 and declares no data collection', () => {
    const gecko = read('firefox').browser_specific_settings.gecko;
    expect(gecko.id).toMatch(/@/);
    expect(gecko.strict_min_version).toBe('140.0');
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    // Firefox for Android learnt data_collection_permissions in 142: AMO's linter warns on a lower minimum.
    expect(read('firefox').browser_specific_settings.gecko_android).toEqual({ strict_min_version: '142.0' });
  });

  it('has no browser_specific_settings in the Chrome build', () => {
    expect(read('chrome').browser_specific_settings).toBeUndefined();
  });
});

describe('the extension pages CSP, as the build writes it', () => {
  it('allows the feed origin alone when a feed is built in, the dev server only in `wxt dev`', () => {
    const csp = (mode: string, feed?: string) =>
      extensionManifest('chrome', mode, [16], { feedUrl: feed }).content_security_policy.extension_pages;
    expect(csp('production', 'https://feed.example.org/path/feed.json')).toBe(
      "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; connect-src 'self' https://feed.example.org;",
    );
    expect(csp('production')).not.toMatch(/localhost|\*/);
    expect(csp('development')).toMatch(/connect-src 'self' http:\/\/localhost:\* ws:\/\/localhost:\*;/);
  });
});

describe('e2e build', () => {
  it.each(['chrome', 'firefox'] as const)('%s differs from production only by host access to 127.0.0.1', (browser) => {
    const { host_permissions, ...rest } = read(browser, 'e2e');
    expect(host_permissions).toEqual(['http://127.0.0.1/*']);
    expect(rest).toEqual(read(browser));
  });
});

describe('the README permission table', () => {
  // The guide: every permission in the manifest has a reason in the README.
  it('has a row for every permission and every key that gives the extension a power', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const rows = [...ALLOWED_PERMISSIONS, 'optional_host_permissions', 'options_ui', 'commands'];
    expect(rows.filter((name) => !readme.includes(`\n| \`${name}\``))).toEqual([]);
  });
});
