/**
 * What the background and the injected page script say to each other. The page
 * script runs in the page's own world, so it gets plain data only: texts already
 * rendered, notice strings already translated.
 */

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

export type FieldKind = 'input' | 'textarea' | 'rich';

/** What the page script found in one frame. */
export interface FieldProbe {
  /** The frame's document has the focus (the window may not: the popup can have it). */
  focused: boolean;
  /** How many same-origin iframes lie between this frame and the field. */
  hops: number;
  kind?: FieldKind;
  /** Characters `maxlength` still allows once the selection is replaced; null when there is no limit. */
  room?: number | null;
  refusal?: Refusal;
  /** The origin of the cross-origin iframe holding the focus, when that is where the field is. */
  frameOrigin?: string;
}

/** The notice texts, translated by the background (the page world has no i18n API). */
export interface NoticeStrings {
  reasons: Record<Refusal, string>;
  copy: string;
  copied: string;
  close: string;
}

export type PageRequest =
  | { op: 'probe' }
  | { op: 'insert'; text: string; notice: NoticeStrings }
  | { op: 'refuse'; reason: Refusal; text: string; notice: NoticeStrings };

/** What the background asked the browser for when the field is in another site's iframe. */
export interface SiteAccess {
  /** The one match pattern asked for: that site, nothing more. */
  origins: [string];
  granted: boolean;
  /** Why the browser did not ask the user, e.g. no user gesture. */
  error?: string;
}

export type InsertOutcome =
  | { inserted: true; kind: FieldKind; method: string; text: string }
  /** `site` and `access` when the field is in another site's iframe. */
  | { inserted: false; reason: Refusal; site?: string; access?: SiteAccess };

/** The global through which the background hands a request to the page script; deleted as soon as it is read. */
export const REQUEST_KEY = '__solidarityCallRequest';
