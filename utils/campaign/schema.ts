import * as v from 'valibot';
import { PLACES } from './places';
import { asciiHost, asWritten } from './text-safety';

export { PLACES };

import { FORMATS, type Format, LANGS, type Lang, VARIANTS, type Variant } from './langs';

export { FORMATS, type Format, LANGS, type Lang, VARIANTS, type Variant };

// Checked as written, never trimmed: what passes is what ships (text-safety.ts).
const nonEmpty = v.pipe(v.string(), asWritten, v.minLength(1, 'must not be empty'));

/** Every link the extension shows or inserts is https: no http, no javascript:, no data:. */
export const HttpsUrl = v.pipe(
  v.string(),
  asWritten,
  v.url('must be a URL'),
  asciiHost,
  v.check((url) => new URL(url).protocol === 'https:', 'must be an https link'),
);

/** A calendar date, YYYY-MM-DD, or a month or year (YYYY-MM, YYYY) for facts known only that precisely. */
export const IsoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date like 2018-02-05, 2018-02 or 2018'),
);

/** A text in English and any of the other languages; missing translations fall back to English. */
export const Localized = v.object({
  en: nonEmpty,
  ru: v.optional(nonEmpty),
  nl: v.optional(nonEmpty),
  de: v.optional(nonEmpty),
});
export type Localized = v.InferOutput<typeof Localized>;

const Id = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/, 'must be a lowercase id'));

export const Link = v.object({
  /** Templates refer to links by id: {link:campaign}. */
  id: Id,
  /** The English page, and the page for any language without its own. */
  url: HttpsUrl,
  /** The same page in the reader's language, where the source has one (read through linkUrl). */
  urls: v.optional(v.object({ ru: v.optional(HttpsUrl), nl: v.optional(HttpsUrl), de: v.optional(HttpsUrl) })),
  label: Localized,
});
export type Link = v.InferOutput<typeof Link>;

/** Where a fact was found: every fact the extension states names one. */
export const Source = v.object({ url: HttpsUrl, label: nonEmpty });
export type Source = v.InferOutput<typeof Source>;

const donationBase = {
  id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/, 'must be a lowercase id')),
  name: Localized,
  /** When the channel was published, as precisely as its source says (the call: 2018). */
  published: IsoDate,
  /** Where the account itself comes from, when not from the call (ABC Moscow's PayPal address: a 2023 source). */
  accountSource: v.optional(v.object({ date: IsoDate, source: Source })),
  /** A note the donor must add, e.g. "St. Petersburg and Penza". */
  note: v.optional(nonEmpty),
};

/**
 * The shape of each donation channel. Whether the address itself is valid
 * (checksums) is checked by the campaign validator, not by the schema.
 */
export const Donation = v.variant('kind', [
  v.object({ kind: v.literal('paypal'), account: nonEmpty, ...donationBase }),
  v.object({ kind: v.literal('yoomoney'), account: nonEmpty, ...donationBase }),
  v.object({ kind: v.literal('bitcoin'), account: nonEmpty, ...donationBase }),
]);
export type Donation = v.InferOutput<typeof Donation>;
export type DonationKind = Donation['kind'];

export const TimelineEntry = v.object({
  date: IsoDate,
  text: Localized,
  source: Source,
});
export type TimelineEntry = v.InferOutput<typeof TimelineEntry>;

/** A hashtag as networks read one: # and letters, digits or underscores (any script). */
const Hashtag = v.pipe(v.string(), asWritten, v.regex(/^#[\p{L}\p{N}_]+$/u, 'must be a hashtag like #NetworkCase'));
const Hashtags = v.array(Hashtag);

/**
 * One person of the case, as far as sources say: the sentence (when, where, how
 * long) and a release. A person without `released` counts as "no release found":
 * never a guess either way.
 */
export const Person = v.object({
  id: Id,
  name: Localized,
  sentence: v.optional(
    v.object({
      date: IsoDate,
      years: v.pipe(v.number(), v.minValue(0.25, 'must be a number of years'), v.maxValue(30, 'must be at most 30')),
      /** Only where a source says where the court sat. */
      place: v.optional(v.picklist(PLACES, `must be one of ${PLACES.join(', ')}`)),
      source: Source,
    }),
  ),
  released: v.optional(v.object({ date: IsoDate, source: Source })),
});
export type Person = v.InferOutput<typeof Person>;

/**
 * A number a source states that the people list cannot derive (the first arrests,
 * "about 11 involved"). `of` says which derived count it must agree with, if any.
 */
export const SourcedCount = v.object({
  id: Id,
  n: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** "about 11": at least the people named. */
  approximate: v.optional(v.boolean()),
  date: IsoDate,
  source: Source,
});
export type SourcedCount = v.InferOutput<typeof SourcedCount>;

/** A line of "where things stand": dated and sourced, optionally naming whom it is about. */
export const StatusLine = v.object({
  date: IsoDate,
  text: Localized,
  source: Source,
  people: v.optional(v.array(Id)),
});
export type StatusLine = v.InferOutput<typeof StatusLine>;

export const Status = v.object({
  /** When the sources were last checked; the status says "as of" this date. */
  checked: IsoDate,
  people: v.array(Person),
  counts: v.optional(v.array(SourcedCount)),
  lines: v.pipe(v.array(StatusLine), v.minLength(1, 'needs at least one line')),
});
export type Status = v.InferOutput<typeof Status>;

/**
 * The whole campaign: the one source of truth for everything the extension
 * says. Message templates are plain text with placeholders:
 * `{link:ID}` (a link from `links`), `{donations}` (the donation channels),
 * `{count:ID}` (a number derived from `status`, see utils/campaign/status-counts.ts).
 */
export const Campaign = v.object({
  /** Monotonic: a signed update is accepted only with a higher version. */
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** When the content was last updated. */
  updated: IsoDate,
  title: Localized,
  summary: v.object({ short: Localized, full: Localized }),
  timeline: v.array(TimelineEntry),
  donations: v.array(Donation),
  /** How messages introduce a donation note, e.g. "write in the note"; English "note" when absent. */
  noteLabel: v.optional(Localized),
  /** Where the donation channels are kept up to date (ABC Moscow's page). */
  donatePage: v.object({ url: HttpsUrl, label: Localized }),
  links: v.pipe(v.array(Link), v.minLength(1, 'needs at least one link')),
  /** The link shares point at (an id from `links`). */
  shareLink: nonEmpty,
  messages: v.object({ short: Localized, standard: Localized, long: Localized }),
  /** Added where a network reads hashtags and they fit; a language without its own uses English's. */
  hashtags: v.optional(
    v.object({ en: Hashtags, ru: v.optional(Hashtags), nl: v.optional(Hashtags), de: v.optional(Hashtags) }),
  ),
  /** Where things stand now; numbers in texts ({count:…}) are derived from it. */
  status: v.optional(Status),
});
export type Campaign = v.InferOutput<typeof Campaign>;

/**
 * What writing a message needs. The background carries only this much of the
 * bundled campaign (utils/campaign/bundled.ts), not the timeline and summaries.
 */
export type MessageCampaign = Pick<
  Campaign,
  'version' | 'messages' | 'links' | 'donations' | 'donatePage' | 'noteLabel' | 'shareLink' | 'hashtags' | 'status'
> & {
  /** The numbers {count:…} stands for, derived at build time, where the status itself is not carried. */
  counts?: Readonly<Record<string, number>>;
};
