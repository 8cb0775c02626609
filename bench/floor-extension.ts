import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../tests/support/paths';

export const FLOOR_NAME = 'Bench floor';
export const FLOOR_GECKO_ID = 'floor@bench.invalid';
/** The floor's own extension page, where its trigger is sent from, as ours is sent from the popup. */
export const FLOOR_PAGE = 'trigger.html';

/** The text ours put in each field of the fixture, so the floor inserts the same characters. */
export interface FloorTexts {
  plain: string;
  rich: string;
}

/**
 * The least any extension pays to put text in the focused field from the same trigger as ours: one
 * runtime message listener, one `scripting.executeScript` of a tiny function (in the default isolated
 * world) that inserts a fixed string (one per field kind: ours chooses a version per field) with `execCommand('insertText')`. No validation, no choice, no
 * notice. It opens its trigger page on install, so the bench finds it without knowing its id or UUID.
 */
export function floorBackground(texts: FloorTexts): string {
  return `const TEXTS = ${JSON.stringify(texts)};
const api = globalThis.browser ?? globalThis.chrome;
function insert(texts) {
  return document.execCommand('insertText', false, document.activeElement?.isContentEditable ? texts.rich : texts.plain);
}
api.runtime.onMessage.addListener((message, _sender, sendResponse) => {
  if (message?.type !== 'insert-call') return undefined;
  api.scripting.executeScript({ target: { tabId: message.tabId }, func: insert, args: [TEXTS] }).then(
    (results) => sendResponse({ inserted: results[0]?.result === true }),
    (error) => sendResponse({ inserted: false, error: String(error) }),
  );
  return true;
});
api.runtime.onInstalled.addListener(() => api.tabs.create({ url: '${FLOOR_PAGE}', active: false }));
`;
}

/** MV3 for both: a service worker in Chromium, an event page in Firefox (which has no extension service workers). */
export function floorManifest(browser: 'chrome' | 'firefox'): Record<string, unknown> {
  return {
    manifest_version: 3,
    name: FLOOR_NAME,
    version: '1.0',
    permissions: ['scripting'],
    // As our e2e build: host access to the 127.0.0.1 fixture in place of the activeTab grant of a real click.
    host_permissions: ['http://127.0.0.1/*'],
    background: browser === 'chrome' ? { service_worker: 'background.js' } : { scripts: ['background.js'] },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: FLOOR_GECKO_ID } } } : {}),
  };
}

/** Writes the floor extension for `browser` into bench/out (git-ignored) and returns its directory. */
export function writeFloorExtension(browser: 'chrome' | 'firefox', texts: FloorTexts): string {
  const dir = join(ROOT, `bench/out/floor-${browser}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(floorManifest(browser), null, 2)}\n`);
  writeFileSync(join(dir, 'background.js'), floorBackground(texts));
  writeFileSync(
    join(dir, FLOOR_PAGE),
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>floor</title></head><body>floor</body></html>\n',
  );
  return dir;
}
