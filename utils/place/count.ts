/** How a network counts a post's length. */
export type Counter = 'x' | 'graphemes' | 'mastodon' | 'utf16';

/** X and Mastodon shorten every link to a fixed 23 characters, whatever its length. */
const URL_WEIGHT = 23;
/** Written-out links, without the punctuation that usually closes a sentence after them. */
const URL = /https?:\/\/[^\s<>"]*[^\s<>".,;:!?)\]»“”'’]/g;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

function countGraphemes(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
  return count;
}

/** twitter-text v3: these code point ranges weigh 1, everything else 2. */
const LIGHT_RANGES: readonly [number, number][] = [
  [0x0000, 0x10ff], // Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic … Georgian
  [0x2000, 0x200d], // spaces, zero-width joiners
  [0x2010, 0x201f], // dashes, quotation marks
  [0x2032, 0x2037], // primes
];

function codePointWeight(codePoint: number): number {
  return LIGHT_RANGES.some(([start, end]) => codePoint >= start && codePoint <= end) ? 1 : 2;
}

/**
 * X's weighted length, the way twitter-text v3 counts: text NFC-normalised, each
 * URL 23, each emoji (a whole emoji sequence) 2, other code points 1 or 2 by range.
 * Only written-out http(s) links count as URLs here; our messages write every link out.
 */
export function xLength(text: string): number {
  const normalized = text.normalize('NFC');
  let length = 0;
  for (const part of normalized.split(URL)) {
    for (const { segment } of graphemes.segment(part)) {
      if (EMOJI.test(segment)) length += 2;
      else for (const char of segment) length += codePointWeight(char.codePointAt(0) ?? 0);
    }
  }
  return length + (normalized.match(URL)?.length ?? 0) * URL_WEIGHT;
}

/** Bluesky counts grapheme clusters of the whole text, links included as written. */
export function blueskyLength(text: string): number {
  return countGraphemes(text);
}

/** Mastodon counts grapheme clusters, with every link as 23. */
export function mastodonLength(text: string): number {
  const links = text.match(URL)?.length ?? 0;
  return countGraphemes(text.replace(URL, '')) + links * URL_WEIGHT;
}

/**
 * The text's length as `counter` counts it. 'utf16' is what `maxlength` and JavaScript
 * count, and never less than code points or graphemes: the safe count where a network
 * does not say how it counts.
 */
export function measure(text: string, counter: Counter): number {
  switch (counter) {
    case 'x':
      return xLength(text);
    case 'graphemes':
      return countGraphemes(text);
    case 'mastodon':
      return mastodonLength(text);
    case 'utf16':
      return text.length;
  }
}
