import { browser } from 'wxt/browser';
import type { Lang, Variant } from '@/utils/campaign/schema';
import { chooseFrame } from './choose-frame';
import { checkAnswer, checkProbe } from './page-answer';
import { prepareInsertion } from './prepare';
import {
  type FieldProbe,
  type InsertOutcome,
  type PageAnswer,
  type PageRequest,
  REQUEST_KEY,
  type SiteAccess,
  UNPREPARED,
} from './protocol';

export interface InsertCallOptions {
  tabId: number;
  /** The frame the user right-clicked in; without it, the top frame, which follows the focus down. */
  frameId?: number;
  variant?: Variant;
  lang?: Lang;
  /**
   * A right-click in another site's iframe: that site as the browser named it (the menu's `frameUrl`),
   * and access to it, asked for by the caller while it still held the user's gesture.
   */
  otherSite?: { site: string; access: Promise<SiteAccess> };
}

/** The page side (entrypoints/insert.ts), run in the extension's isolated world: the page cannot see into it. */
const PAGE_SIDE = '/insert.js';

// Serialised by executeScript into the isolated world, so no outside names.
function leaveRequest(key: string, request: PageRequest) {
  (globalThis as unknown as Record<string, PageRequest>)[key] = request;
}

/**
 * One executeScript of the page side; a second, before it, only to hand over a request other than
 * the default (an explicit version or language, a probe, a notice).
 */
async function runPageSide(tabId: number, frames: number[] | 'all', request?: PageRequest) {
  const target = frames === 'all' ? { tabId, allFrames: true } : { tabId, frameIds: frames };
  if (request) await browser.scripting.executeScript({ target, func: leaveRequest, args: [REQUEST_KEY, request] });
  const results = await browser.scripting.executeScript({ target, files: [PAGE_SIDE] });
  return results.map((r) => ({ frameId: r.frameId ?? 0, result: r.result as unknown }));
}

/** Inserts (or shows a notice) in one frame; the first insert after install may find nothing prepared yet. */
async function actIn(tabId: number, frameId: number, request?: PageRequest): Promise<PageAnswer> {
  let [first] = await runPageSide(tabId, [frameId], request);
  if (first?.result === UNPREPARED) {
    await prepareInsertion();
    [first] = await runPageSide(tabId, [frameId], request);
  }
  return checkAnswer(first?.result);
}

/** Every frame we may reach, probed; only well-formed answers count. */
async function probeFrames(tabId: number): Promise<(FieldProbe & { frameId: number })[]> {
  const results = await runPageSide(tabId, 'all', { op: 'probe' }).catch(() => []);
  return results.flatMap(({ frameId, result }) => {
    const probe = checkProbe(result);
    return probe ? [{ ...probe, frameId }] : [];
  });
}

/**
 * The one insertion routine behind the context menu, the keyboard shortcut and the popup. In the
 * common case one injection finds the field, chooses the text and inserts it (or says beside the
 * field why not); the texts were rendered beforehand (utils/insert/prepare.ts). More calls only for
 * an explicit choice, and a field in another site's frame.
 */
export async function insertCall(options: InsertCallOptions): Promise<InsertOutcome> {
  const { tabId, variant, lang, otherSite } = options;
  const choice = variant || lang ? { variant, lang } : undefined;
  const request: PageRequest | undefined = choice ? { op: 'insert', ...choice } : undefined;
  const notice = (site?: string) => actIn(tabId, 0, { op: 'notice', reason: 'cross-origin-frame', site, ...choice });
  if (otherSite) {
    const access = await otherSite.access;
    const { site } = otherSite;
    if (!access.granted) {
      await notice(site);
      return { inserted: false, reason: 'cross-origin-frame', site, access };
    }
    const answer = await actIn(tabId, options.frameId ?? 0, request);
    return answer.inserted ? answer : { ...answer, site, access };
  }
  const answer = await actIn(tabId, options.frameId ?? 0, request);
  if (answer.inserted || answer.reason !== 'cross-origin-frame') return outcomeOf(answer);
  // The focus is in another site's frame. The browser does not tell the popup or the shortcut which
  // site that is (webNavigation would, at the price of a history-reading permission), and the page's
  // word for it is worth nothing; but a site the user allowed before is reachable: look there.
  const frame = chooseFrame(await probeFrames(tabId));
  if (frame?.kind && frame.frameId !== 0) return outcomeOf(await actIn(tabId, frame.frameId, request));
  await notice();
  return { inserted: false, reason: 'cross-origin-frame' };
}

/** The outcome without the language: the popup does not need it. */
function outcomeOf(answer: PageAnswer): InsertOutcome {
  const { lang: _lang, ...outcome } = answer;
  return answer.inserted ? answer : (outcome as InsertOutcome);
}

/** A probe of the focused field for the popup's preview: what the page side measured, checked. */
export async function probeField(tabId: number): Promise<FieldProbe | undefined> {
  const [top] = await runPageSide(tabId, [0], { op: 'probe' });
  return checkProbe(top?.result);
}

/**
 * How executeScript says a page is closed to extensions: Chrome "Cannot access a chrome:// URL",
 * "The extensions gallery cannot be scripted."; Firefox (about:, addons.mozilla.org) "Missing host permission for the tab".
 */
const PROTECTED_PAGE = /cannot access|cannot be scripted|host permission/i;

/** An error from the browser, as a code: its text may quote the page's URL, so it never reaches the popup. */
export function errorOutcome(error: unknown): InsertOutcome {
  return { inserted: false, reason: PROTECTED_PAGE.test(String(error)) ? 'restricted' : 'failed' };
}
