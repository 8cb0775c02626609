import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** WXT_OUT_DIR lets a build live elsewhere than .output (see wxt.config.ts). */
export const OUT_DIR = resolve(ROOT, process.env.WXT_OUT_DIR ?? '.output');

/** The e2e build differs from production only by host access to 127.0.0.1 (see scripts/manifest.ts). */
export function extensionDir(browser: 'chrome' | 'firefox', mode: 'e2e' | 'production' = 'e2e'): string {
  return resolve(OUT_DIR, `${browser}-mv3${mode === 'e2e' ? '-e2e' : ''}`);
}
