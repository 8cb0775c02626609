import { VARIANTS, type Variant } from '@/utils/campaign/langs';
import { type Counter, measure } from './count';
import type { Place } from './places';

export interface Field {
  kind: 'input' | 'textarea' | 'rich';
  /** What `maxlength` still allows, in UTF-16 code units; null without one. */
  room: number | null;
}

export interface Choice {
  variant: Variant | 'own';
  text: string;
  /** The text's length against the tighter of the place's limit and the field's room, counted as that one counts. */
  length: number;
  limit: number | null;
  counter: Counter;
  fits: boolean;
  /** The hashtags appended to the text (none where they did not fit or do not belong). */
  hashtags: string[];
}

export interface ChooseInput {
  texts: Record<Variant, string>;
  /** The user's own wording (options page), rendered. */
  own?: string;
  place: Place;
  field: Field;
  /** A version the user picked: inserted or refused as it is, never swapped. */
  explicit?: Variant;
  /** The user's default version (options): taken where it fits, else the place decides. */
  saved?: Variant | null;
  hashtags?: readonly string[];
}

/** How the text stands against the place and the field: the check with the least room to spare is reported. */
function weigh(text: string, place: Place, field: Field) {
  const checks: { length: number; limit: number; counter: Counter }[] = [];
  if (place.limit !== null)
    checks.push({ length: measure(text, place.counter), limit: place.limit, counter: place.counter });
  if (field.room !== null) checks.push({ length: text.length, limit: field.room, counter: 'utf16' });
  if (checks.length === 0)
    return { length: measure(text, place.counter), limit: null, counter: place.counter, fits: true };
  const tightest = checks.reduce((a, b) => (b.limit - b.length < a.limit - a.length ? b : a));
  return { ...tightest, fits: checks.every((check) => check.length <= check.limit) };
}

/** "#NetworkCase" or "NetworkCase" both become "#NetworkCase"; tags the text already carries are left out. */
function newTags(text: string, hashtags: readonly string[]): string[] {
  const lower = text.toLowerCase();
  const tags = hashtags.map((tag) => `#${tag.trim().replace(/^#+/, '')}`).filter((tag) => tag.length > 1);
  return [...new Set(tags)].filter((tag) => !lower.includes(tag.toLowerCase()));
}

/** The text with as many of the hashtags as fit (in their order), or as it was. */
function withHashtags(text: string, input: ChooseInput): { text: string; hashtags: string[] } {
  const { place, field } = input;
  // A single line is a search box or a name, not a post.
  if (!place.hashtags || field.kind === 'input' || !input.hashtags?.length) return { text, hashtags: [] };
  const tags = newTags(text, input.hashtags);
  for (let count = tags.length; count > 0; count--) {
    const taken = tags.slice(0, count);
    const tagged = `${text.trimEnd()}\n\n${taken.join(' ')}`;
    if (weigh(tagged, place, field).fits) return { text: tagged, hashtags: taken };
  }
  return { text, hashtags: [] };
}

function choice(variant: Variant | 'own', base: string, input: ChooseInput): Choice {
  const fitsAlone = weigh(base, input.place, input.field).fits;
  const { text, hashtags } = fitsAlone ? withHashtags(base, input) : { text: base, hashtags: [] };
  return { variant, text, hashtags, ...weigh(text, input.place, input.field) };
}

/** The version that belongs in this field at this place: a single line gets the short one. */
export function preferredVariant(place: Place, field: Field): Variant {
  if (field.kind === 'input') return 'short';
  if (field.kind === 'textarea') return place.textarea ?? place.variant;
  return place.variant;
}

/** An `<input>` silently drops line breaks (gluing lines together), so lines become spaces first. */
export function textForField(text: string, kind: Field['kind']): string {
  return kind === 'input' ? text.replace(/[ \t]*(\r?\n)+[ \t]*/g, ' ').trim() : text;
}

/**
 * What to insert: an explicit pick as it is; else the saved default version where it fits; else
 * the user's own wording where it fits; else the longest version, up to the one that belongs there,
 * that fits both the place's limit (as the network counts) and the field's maxlength. Texts are
 * made fit for the field first (an `<input>` takes one line); hashtags only where they fit.
 * When nothing fits, the short version with `fits: false`, for the caller to refuse.
 */
export function chooseText(input: ChooseInput): Choice {
  const { place, field } = input;
  const flat = (text: string) => textForField(text, field.kind);
  const texts = { short: flat(input.texts.short), standard: flat(input.texts.standard), long: flat(input.texts.long) };
  if (input.explicit) return choice(input.explicit, texts[input.explicit], input);
  if (input.saved) {
    const saved = choice(input.saved, texts[input.saved], input);
    if (saved.fits) return saved;
  }
  const own = input.own === undefined ? undefined : flat(input.own);
  if (own?.trim() && weigh(own, place, field).fits) return choice('own', own, input);
  const ceiling = VARIANTS.indexOf(preferredVariant(place, field));
  for (const variant of VARIANTS.slice(0, ceiling + 1).reverse()) {
    if (weigh(texts[variant], place, field).fits) return choice(variant, texts[variant], input);
  }
  return choice('short', texts.short, input);
}
