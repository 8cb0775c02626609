/**
 * What the background and the page side of an insertion say to each other. The page side runs in
 * the extension's isolated world, but everything it reports is read from a page that may be hostile,
 * so its answer is checked against a closed schema (utils/insert/background/page-answer.ts) before use.
 */
import { LANGS, type Lang, type Variant } from '@/utils/campaign/langs';
import type { Counter, PlaceId } from '@/utils/place';

/** Our languages, re-exported so the page side need not import the campaign schema's validators. */
export const LANG_KEYS: readonly Lang[] = LANGS;

/** Why nothing was inserted; each has a line in the notice shown near the field. */
export const REFUSALS = [
  'password',
  'readonly',
  'disabled',
  'no-field',
  'too-long',
  'cross-origin-frame',
  'failed',
] as const;
export type Refusal = (typeof REFUSALS)[number];

export const FIELD_KINDS = ['input', 'textarea', 'rich'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** How the text went in: the only method names a reply may carry. */
export const METHODS = ['execCommand', 'setRangeText', 'paste', 'beforeinput', 'editContext'] as const;
export type Method = (typeof METHODS)[number];

/** What the page side found in one frame (the probe of the rare cross-origin path, and the popup's preview). */
export interface FieldProbe {
  /** The frame's document has the focus (the window may not: the popup can have it). */
  focused: boolean;
  /** How many same-origin iframes lie between this frame and the field. */
  hops: number;
  kind?: FieldKind;
  /** UTF-16 units `maxlength` still allows once the selection is replaced; null when there is no limit. */
  room?: number | null;
  refusal?: Refusal;
  /** The language the page is told (navigator.languages), mapped to ours. */
  pageLang?: Lang;
  /** Where the page is (utils/place), and its post limit as that place counts. */
  place?: PlaceId;
  limit?: number | null;
  /** How that place counts, and the version that belongs in this field there: what the popup's preview chooses with. */
  counter?: Counter;
  variant?: Variant;
}

/** The notice texts in one language; `{site}` stands for the frame's site where there is one. */
export interface NoticeStrings {
  reasons: Record<Refusal, string>;
  /** The cross-origin reason when the browser did not say which site the frame is from. */
  crossOriginUnknown: string;
  copy: string;
  copied: string;
  close: string;
}

/** Everything the page side needs in one language, rendered by the background before any click. */
export interface PreparedLang {
  texts: Record<Variant, string>;
  /** The user's own wording (options page), rendered. */
  own?: string;
  /** The campaign's hashtags in this language, added where the place reads them and they fit. */
  hashtags: readonly string[];
  notice: NoticeStrings;
}

/** What the background keeps ready in storage.local for the page side (utils/insert/background/prepare.ts). */
export interface Prepared {
  version: number;
  /** The user's explicit language (popup, options); null follows the page's language. */
  savedLang: Lang | null;
  savedVariant: Variant | null;
  langs: Record<Lang, PreparedLang>;
}

/**
 * What the background asks when the default (insert into the focused field) is not what it wants.
 * Handed over in the isolated world, which the page cannot read (utils/insert/isolated-world/answer-request.ts).
 */
export type PageRequest =
  | { op: 'insert'; variant?: Variant; lang?: Lang }
  | { op: 'probe' }
  | { op: 'notice'; reason: Refusal; site?: string; variant?: Variant; lang?: Lang };

/** The page side's answer before it is checked; after the check only these fields survive. */
export type PageAnswer =
  | { inserted: true; kind: FieldKind; method: Method; variant: Variant | 'own'; length: number; lang: Lang }
  | { inserted: false; reason: Refusal; lang?: Lang };

/** What the background asked the browser for when the field is in another site's iframe. */
export interface SiteAccess {
  /** The one match pattern asked for: that site, nothing more. */
  origins: [string];
  granted: boolean;
}

/** Why nothing was inserted, as the popup may hear it: a refusal, or a page the browser keeps closed. */
export type ReplyReason = Refusal | 'restricted';

/** The background's answer to the popup: only our own codes, never text from a page or an error. */
export type InsertOutcome =
  | { inserted: true; kind: FieldKind; method: Method; variant: Variant | 'own'; length: number; lang: Lang }
  /** `site` (from the browser, never the page) and `access` when the field is in another site's iframe. */
  | { inserted: false; reason: ReplyReason; site?: string; access?: SiteAccess };

/** The key under which the prepared texts wait in storage.local. */
export const PREPARED_KEY = 'insertPrepared';
/** Bumped whenever Prepared changes shape, so an old entry is rebuilt rather than misread. */
export const PREPARED_VERSION = 1;

/**
 * Where the background leaves a request other than the default, on our isolated world's global: the
 * page's world has another global and cannot see it. Taken and deleted by the next injection.
 */
export const REQUEST_KEY = 'solidarityCallRequest';

/** The page side's answer when storage holds nothing usable yet: the background prepares the texts and asks again. */
export const UNPREPARED = 'unprepared';
