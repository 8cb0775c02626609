import * as v from 'valibot';
import { LANGS, VARIANTS } from '@/utils/campaign/langs';

/** The runtime message the popup (and the end-to-end tests) send to insert into a tab. */
export const InsertMessage = v.object({
  type: v.literal('insert-call'),
  tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
  frameId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  variant: v.optional(v.picklist(VARIANTS)),
  lang: v.optional(v.picklist(LANGS)),
});
export type InsertMessage = v.InferOutput<typeof InsertMessage>;

/**
 * Only the extension's own pages may ask: a content script of ours would carry our id
 * too, but its `url` is the web page's, so the URL must be under our own origin.
 */
export function isFromOwnPage(sender: { id?: string; url?: string }, ownId: string, ownBase: string): boolean {
  // A prefix, not URL.origin: for chrome-extension:/moz-extension: URLs `origin` can be "null", and "null" equals "null".
  const base = ownBase.endsWith('/') ? ownBase : `${ownBase}/`;
  return sender.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(base);
}

/** The popup's preview asks what the focused field of a tab is (contract 3 in the session plan). */
export const ProbePlaceMessage = v.object({
  type: v.literal('probe-place'),
  tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
