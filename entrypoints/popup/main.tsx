// Imported here, not by the hydrating module, so the build links it in the head: the first paint needs it.
import '@/entrypoints/popup/popup.css';
import { keepCopy } from './prerendered';

// The head script has set <html lang>: the copies in other languages can go before `load`, not a frame later.
keepCopy(document.documentElement.lang);

/**
 * Paint first, then load Preact and hydrate. The prerendered copy already is the popup, and hydrating changes
 * nothing on screen, so its script need not hold up the first paint (`npm run bench`: about 20 ms sooner on
 * 2 cores). The timer is for a page with no frames to give, like one opened in a background tab.
 */
let started = false;
function hydrateOnce() {
  if (started) return;
  started = true;
  void import('./hydrate');
}
requestAnimationFrame(() => setTimeout(hydrateOnce));
setTimeout(hydrateOnce, 100);
