import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { assertValidCampaign, CAMPAIGN_ALIAS, campaignFile, shippedCampaignFile } from './scripts/campaign';
import { campaignCountsDefines } from './scripts/campaign-counts';
import { feedDefines, feedSettings } from './scripts/feed-settings';
import { ICON_SIZES, renderIcons } from './scripts/icons';
import { extensionManifest } from './scripts/manifest';
import { noApiFallbackPlugin } from './scripts/no-api-fallback';
import { CHOOSE_LANG_SCRIPT, chooseLangScript, prerenderPopupPlugin } from './scripts/prerender-popup';

// What every bundle reads as '#campaign': the validated campaign, re-serialised (scripts/campaign.ts).
const shippedCampaign = shippedCampaignFile(campaignFile(), fileURLToPath(new URL('.', import.meta.url)));

export default defineConfig({
  // Separate output folders let several builds (e2e, production, another campaign) sit side by side.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  manifestVersion: 3,
  // Explicit imports: a reader sees where every name comes from.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  // The bundled campaign: assets/campaign.json, or CAMPAIGN=path (from the repo root) for another campaign.
  alias: { [CAMPAIGN_ALIAS]: shippedCampaign },
  // The popup's HTML is rendered at build time, one copy per language (scripts/prerender-popup.ts); popup and
  // options explain how to allow the extension where Firefox opens them without its API (scripts/no-api-fallback.ts).
  vite: ({ mode }) => ({
    define: { ...feedDefines(feedSettings(mode)), ...campaignCountsDefines(shippedCampaign) },
    plugins: [preact(), prerenderPopupPlugin(() => shippedCampaign), noApiFallbackPlugin()],
    // Every browser we support preloads modules itself, and the files come from the package on disk: Vite's
    // modulepreload polyfill would only add bytes to the popup (about 0.4 KB gzipped). Its preload helper stays,
    // as Vite keeps it for the CSS of a dynamically imported chunk (entrypoints/popup/main.tsx).
    build: { modulePreload: false },
  }),
  // FEED_URL and FEED_PUBLIC_KEY (scripts/feed-settings.ts): a build with a feed gets the update code and `alarms`.
  manifest: ({ browser, mode }) => {
    const feed = feedSettings(mode);
    return extensionManifest(browser, mode, ICON_SIZES, { feed: Boolean(feed), feedUrl: feed?.url });
  },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}{{modeSuffix}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources{{modeSuffix}}.zip',
    // What addons.mozilla.org's reviewers need to rebuild the Firefox package (scripts/build-for-amo.sh), and
    // nothing else: listed, not globbed from the root (the sources root), so no stray local file slips in.
    includeSources: [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'assets/**',
      'components/**',
      'entrypoints/**',
      'public/**',
      'scripts/**',
      'utils/**',
      'README.md',
      'LICENSE',
      'PRIVACY.md',
      'CHANGELOG.md',
    ],
  },
  hooks: {
    // A campaign with a wrong checksum, an http link or a dangling {link:ID} never gets built.
    'build:before': (wxt) => assertValidCampaign(campaignFile(), wxt.config.root),
    // Types come from utils/campaign/campaign-module.d.ts, not from whichever file the last build used.
    'prepare:tsconfig': (_wxt, { tsconfig }) => {
      delete tsconfig.compilerOptions.paths[CAMPAIGN_ALIAS];
      delete tsconfig.compilerOptions.paths[`${CAMPAIGN_ALIAS}/*`];
    },
    'build:publicAssets': (wxt, files) => {
      const icons = renderIcons(join(wxt.config.root, 'assets/icon.svg'), join(wxt.config.wxtDir, 'icons'));
      for (const { size, file } of icons) files.push({ absoluteSrc: file, relativeDest: `icon/${size}.png` });
      return chooseLangScript().then((contents) => {
        files.push({ relativeDest: CHOOSE_LANG_SCRIPT, contents });
      });
    },
  },
});
