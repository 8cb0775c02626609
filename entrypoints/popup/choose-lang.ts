import { browserUiLanguage, chooseLang, readLangMirror } from '@/entrypoints/popup/lang-choice';

// A blocking classic script in <head> (built by scripts/prerender-popup.ts, not a
// module, not inline: MV3's CSP forbids inline scripts). It runs before the body is
// parsed, so the first paint already shows the prerendered copy in the right language.
document.documentElement.lang = chooseLang(readLangMirror(), browserUiLanguage());
