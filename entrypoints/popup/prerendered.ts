/**
 * Keeps the prerendered copy of the popup in `lang` and drops the others, which CSS already hides: the page then
 * holds one popup, for whatever reads it (a screen reader's find, a test, an extension). Nothing if the build made
 * no copy in `lang` (`wxt dev`).
 */
export function keepCopy(lang: string): HTMLElement | null {
  const app = document.getElementById('app');
  const value = CSS.escape(lang);
  const copy = app?.querySelector<HTMLElement>(`:scope > [data-prerender="${value}"]`);
  if (!app || !copy) return null;
  for (const other of app.querySelectorAll(`:scope > [data-prerender]:not([data-prerender="${value}"])`))
    other.remove();
  return copy;
}
