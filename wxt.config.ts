import { join } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { ICON_SIZES, renderIcons } from './scripts/icons';
import { extensionManifest } from './scripts/manifest';

export default defineConfig({
  // Separate output folders let several builds (e2e, production, another campaign) sit side by side.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  manifestVersion: 3,
  // Explicit imports: a reader sees where every name comes from.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, mode }) => extensionManifest(browser, mode, ICON_SIZES),
  hooks: {
    'build:publicAssets': (wxt, files) => {
      const icons = renderIcons(join(wxt.config.root, 'assets/icon.svg'), join(wxt.config.wxtDir, 'icons'));
      for (const { size, file } of icons) files.push({ absoluteSrc: file, relativeDest: `icon/${size}.png` });
    },
  },
});
