import { siBluesky, siMastodon, siTelegram, siVk, siWhatsapp, siX } from 'simple-icons';

/**
 * The networks' marks (Simple Icons, CC0) and our two pictograms, as one hidden SVG sprite the
 * build writes into popup.html: each button refers to its mark by id, so the paths cost the
 * popup's JavaScript nothing and are never fetched from anywhere.
 */
const MARKS: Record<string, string> = {
  x: siX.path,
  bluesky: siBluesky.path,
  mastodon: siMastodon.path,
  telegram: siTelegram.path,
  vk: siVk.path,
  whatsapp: siWhatsapp.path,
  // An envelope.
  email:
    'M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1Zm1 3v9h16V8l-8 5.3Zm1.6-1L12 11.2 18.4 7Z',
};

/** Three sliders: the settings. Drawn with strokes, in the text's colour. */
const SETTINGS =
  '<symbol id="mark-settings" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round">' +
  '<path d="M4 6h9m4 0h3M4 12h3m4 0h9M4 18h11m4 0h1"/><circle cx="15" cy="6" r="2"/><circle cx="9" cy="12" r="2"/><circle cx="17" cy="18" r="2"/></symbol>';

export const SHARE_MARK_IDS = Object.keys(MARKS);

export function shareMarksSprite(): string {
  const symbols = Object.entries(MARKS).map(
    ([id, d]) => `<symbol id="mark-${id}" viewBox="0 0 24 24"><path fill="currentColor" d="${d}"/></symbol>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" class="sprite" width="0" height="0" aria-hidden="true">${symbols.join('')}${SETTINGS}</svg>`;
}
