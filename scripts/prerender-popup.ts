import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin as EsbuildPlugin } from 'esbuild';
import { type Plugin, build as viteBuild } from 'vite';
import { LANGS } from '../utils/campaign/schema';
import { shareMarksSprite } from './share-marks';

/**
 * The popup paints like a static page: its HTML is rendered here, at build time,
 * once per language, and the page's script only hydrates it. A blocking head
 * script (`choose-lang.js`: markPageBeforePaint in utils/i18n/ui-lang.ts)
 * sets <html lang> before the body is parsed, and CSS shows only that copy: the
 * first paint is already in the user's language, and nothing moves afterwards.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CHOOSE_LANG_SCRIPT = 'choose-lang.js';

/**
 * Rendering calls no extension API, but defining storage items reads their
 * version: an empty storage, as on first run, is what a prerender shows.
 */
const EMPTY_BROWSER = `
const events = { addListener() {}, removeListener() {}, hasListener: () => false };
const area = { get: async () => ({}), set: async () => {}, remove: async () => {}, clear: async () => {}, onChanged: events };
export const browser = { runtime: { id: 'prerender' }, storage: { local: area, session: area, sync: area, managed: area, onChanged: events } };
export default browser;`;

/** Resolves `@/…` to the repo root, `#campaign` to the campaign file, and the extension API to nothing (never called while rendering). */
function aliases(root: string, campaign: string): EsbuildPlugin {
  return {
    name: 'popup-aliases',
    setup(b) {
      b.onResolve({ filter: /^#campaign$/ }, () => ({ path: campaign }));
      b.onResolve({ filter: /^(wxt\/browser|@wxt-dev\/browser)$/ }, () => ({ path: 'browser', namespace: 'no-api' }));
      b.onLoad({ filter: /.*/, namespace: 'no-api' }, () => ({ contents: EMPTY_BROWSER }));
      b.onResolve({ filter: /^@\// }, (args) =>
        b.resolve(`./${args.path.slice(2)}`, { resolveDir: root, kind: args.kind }),
      );
    },
  };
}

async function bundle(root: string, campaign: string, entry: string, external: string[]) {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'empty' },
    external,
    plugins: [aliases(root, campaign)],
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

// The head script's whole program: the function lives with the rest of the UI-language choice.
const HEAD_SCRIPT_ID = '\0choose-lang';
const HEAD_SCRIPT = "import { markPageBeforePaint } from '@/utils/i18n/ui-lang'; markPageBeforePaint();";

/**
 * The head script, as the build's public asset. Bundled by Vite (Rollup), whose
 * tree-shaking drops the schema's validators that esbuild would keep: the script
 * needs only the language list.
 */
export async function chooseLangScript(root = ROOT): Promise<string> {
  const output = await viteBuild({
    configFile: false,
    logLevel: 'silent',
    root,
    resolve: { alias: [{ find: /^@\//, replacement: `${root}/` }] },
    plugins: [
      {
        name: 'choose-lang-entry',
        enforce: 'pre',
        resolveId: (id) => (id === HEAD_SCRIPT_ID ? id : undefined),
        load: (id) => (id === HEAD_SCRIPT_ID ? HEAD_SCRIPT : undefined),
      },
    ],
    build: {
      write: false,
      minify: true,
      target: 'es2020',
      lib: { entry: HEAD_SCRIPT_ID, formats: ['iife'], name: 'chooseLang' },
      rollupOptions: { input: HEAD_SCRIPT_ID },
    },
  });
  const [result] = Array.isArray(output) ? output : [output];
  const chunk = result && 'output' in result ? result.output.find((file) => file.type === 'chunk') : undefined;
  if (chunk?.type !== 'chunk') throw new Error('the head script (choose-lang.js) did not build');
  return chunk.code;
}

/** The popup's markup in every language, each in a `data-prerender` wrapper. */
export async function prerenderedPopup(campaign: string, root = ROOT): Promise<string> {
  const code = await bundle(root, resolve(root, campaign), 'entrypoints/popup/prerender.tsx', [
    'preact',
    'preact/*',
    'preact-render-to-string',
  ]);
  // Written inside the project so that preact resolves to the same copy the page uses.
  const file = join(root, '.wxt', `prerender-popup-${process.pid}-${Date.now()}.mjs`);
  writeFileSync(file, code);
  const { prerenderPopup } = await import(pathToFileURL(file).href).finally(() => rmSync(file, { force: true }));
  const messages = (lang: string) =>
    JSON.parse(readFileSync(join(root, `public/_locales/${lang}/messages.json`), 'utf8'));
  const english = messages('en');
  return LANGS.map(
    (lang) => `<div data-prerender="${lang}" lang="${lang}">${prerenderPopup(lang, messages(lang), english)}</div>`,
  ).join('');
}

export const CAMPAIGN_ISLAND_ID = 'bundled-campaign';

/**
 * The bundled campaign as a JSON data block (not executed, so allowed by the CSP):
 * the page hydrates from the very data it was rendered from, and the campaign's
 * texts in four languages are parsed as JSON instead of shipped as JavaScript.
 */
export function campaignIsland(campaign: string, root = ROOT): string {
  const json = JSON.stringify(JSON.parse(readFileSync(resolve(root, campaign), 'utf8')));
  // `<` escaped: no text in the campaign can close the script element.
  return `<script type="application/json" id="${CAMPAIGN_ISLAND_ID}">${json.replace(/</g, '\\u003c')}</script>`;
}

/** Fills popup.html's `<div id="app">`. */
export function prerenderPopupPlugin(campaign: () => string): Plugin {
  return {
    name: 'solidarity-call:prerender-popup',
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (!/popup/.test(ctx.path) || !html.includes('<div id="app"></div>')) return html;
        const markup = await prerenderedPopup(campaign());
        // The head script comes with the no-API explanation (scripts/no-api-fallback.ts), which popup.html carries.
        return html.replace(
          '<div id="app"></div>',
          () => `${shareMarksSprite()}<div id="app">${markup}</div>${campaignIsland(campaign())}`,
        );
      },
    },
  };
}
