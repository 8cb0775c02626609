import { browser } from 'wxt/browser';
import {
  type FieldProbe,
  type InsertOutcome,
  type PageRequest,
  REQUEST_KEY,
  type SiteAccess,
  UNPREPARED,
} from '@/utils/insert/protocol';
import { type FrameProbe, type InsertChoice, insertSteps, type Step, type StepResult } from './insert-plan';
import { checkAnswer, checkProbe } from './page-answer';
import { prepareInsertion } from './prepare';

// The scripting layer, in the background: it runs the calls insert-plan.ts chooses, and nothing else.

export interface InsertCallOptions extends Omit<InsertChoice, 'otherSite'> {
  tabId: number;
  /** Another site's iframe (the menu's `frameUrl`), and access to it, asked for while the caller held the user's gesture. */
  otherSite?: { site: string; access: Promise<SiteAccess> };
}

/** The script that answers in our isolated world of a frame (entrypoints/insert.ts): the page cannot see into it. */
const ISOLATED_WORLD_SCRIPT = '/insert.js';

// Serialised by executeScript into the isolated world, so no outside names.
function leaveRequest(key: string, request: PageRequest) {
  (globalThis as unknown as Record<string, PageRequest>)[key] = request;
}

/**
 * Runs insert.js in our isolated world of those frames: one executeScript; a second, before it, only to
 * hand over a request other than the default (an explicit version or language, a probe, a notice).
 */
async function executeInIsolatedWorld(tabId: number, frames: number[] | 'all', request?: PageRequest) {
  const target = frames === 'all' ? { tabId, allFrames: true } : { tabId, frameIds: frames };
  if (request) await browser.scripting.executeScript({ target, func: leaveRequest, args: [REQUEST_KEY, request] });
  const results = await browser.scripting.executeScript({ target, files: [ISOLATED_WORLD_SCRIPT] });
  return results.map((r) => ({ frameId: r.frameId ?? 0, result: r.result as unknown }));
}

/** One frame's checked answer; the first insert after install may find nothing prepared yet. */
async function answerOfFrame(tabId: number, frameId: number, request?: PageRequest) {
  let [first] = await executeInIsolatedWorld(tabId, [frameId], request);
  if (first?.result === UNPREPARED) {
    await prepareInsertion();
    [first] = await executeInIsolatedWorld(tabId, [frameId], request);
  }
  return checkAnswer(first?.result);
}

/** Every frame we may reach, probed; only well-formed answers count. */
async function probeAllFrames(tabId: number): Promise<FrameProbe[]> {
  const results = await executeInIsolatedWorld(tabId, 'all', { op: 'probe' }).catch(() => []);
  return results.flatMap(({ frameId, result }) => {
    const probe = checkProbe(result);
    return probe ? [{ ...probe, frameId }] : [];
  });
}

function runStep(tabId: number, step: Step): Promise<StepResult> {
  return step.run === 'in-frame' ? answerOfFrame(tabId, step.frameId, step.request) : probeAllFrames(tabId);
}

/**
 * The one insertion routine behind the context menu, the keyboard shortcut and the popup: the steps
 * insert-plan.ts chooses, run one after the other. The texts were rendered beforehand (./prepare.ts).
 */
export async function insertCall(options: InsertCallOptions): Promise<InsertOutcome> {
  const { tabId, otherSite, ...choice } = options;
  const site = otherSite && { site: otherSite.site, access: await otherSite.access };
  const steps = insertSteps({ ...choice, otherSite: site });
  let next = steps.next();
  while (!next.done) next = steps.next(await runStep(tabId, next.value));
  return next.value;
}

/** A probe of the focused field for the popup's preview: what the isolated world measured, checked. */
export async function probeField(tabId: number): Promise<FieldProbe | undefined> {
  const [top] = await executeInIsolatedWorld(tabId, [0], { op: 'probe' });
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
