import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { htmlEntrypointScripts, jsSize } from '../support/bundle-size';
import { extensionDir } from '../support/paths';

const KB = 1024;

describe.each(['chrome', 'firefox'] as const)('%s production popup', (browser) => {
  const root = extensionDir(browser, 'production');
  const html = readFileSync(join(root, 'popup.html'), 'utf8');
  const scripts = htmlEntrypointScripts(root, 'popup.html');

  it('loads at most 20 KB of JavaScript, gzipped: popup.html’s scripts and every chunk they import', () => {
    // Both the blocking head script and the module entry, with what they import.
    expect(scripts).toContain('choose-lang.js');
    expect(scripts.some((file) => file.startsWith('chunks/popup-'))).toBe(true);
    const { gzip, raw } = jsSize(root, scripts);
    console.info(`${browser} popup JS: ${scripts.join(', ')}: ${raw} B raw, ${gzip} B gzipped`);
    expect(gzip).toBeLessThanOrEqual(20 * KB);
  });

  it('is prerendered in every language, with the campaign as data and no inline script (MV3 CSP)', () => {
    for (const lang of ['en', 'ru', 'nl', 'de'])
      expect(html).toContain(`<div data-prerender="${lang}" lang="${lang}">`);
    expect(html).toContain('<script type="application/json" id="bundled-campaign">');
    const executable = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
      ([, attrs]) => !/type="application\/json"/.test(attrs ?? ''),
    );
    for (const [, attrs, body] of executable) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body?.trim()).toBe('');
    }
    // The head script comes before the stylesheet and the body: it picks the language before first paint.
    expect(html.indexOf('src="/choose-lang.js"')).toBeLessThan(html.indexOf('rel="stylesheet"'));
  });
});

it('lean-qr (nano generator + SVG path) costs under 3 KB gzipped', async () => {
  const result = await build({
    stdin: {
      contents: "export { generate, correction } from 'lean-qr/nano'; export { toSvgPath } from 'lean-qr/extras/svg';",
      resolveDir: process.cwd(),
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
  });
  const gzip = gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).length;
  console.info(`lean-qr as the popup uses it: ${gzip} B gzipped`);
  expect(gzip).toBeLessThan(3 * KB);
});
