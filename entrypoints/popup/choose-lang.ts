import {
  browserUiLanguage,
  chooseLang,
  hasExtensionApi,
  langFromUrl,
  readLangMirror,
} from '@/entrypoints/popup/lang-choice';

// A blocking classic script in <head> (built by scripts/prerender-popup.ts, not a
// module, not inline: MV3's CSP forbids inline scripts). It runs before the body is
// parsed, so the first paint already shows the prerendered copy in the right language,
// and, where the page has no extension API, only the explanation of how to allow it
// (public/no-api.css: shown unless this script marks <html data-api>).
const html = document.documentElement;
html.lang = chooseLang(langFromUrl(location.search) ?? readLangMirror(), browserUiLanguage());
if (hasExtensionApi()) html.setAttribute('data-api', '');
