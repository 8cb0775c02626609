import type { Lang, Variant } from '@/utils/campaign/schema';
import type { FieldProbe, InsertOutcome, PageAnswer, PageRequest, SiteAccess } from '@/utils/insert/protocol';

// Pure: what insertCall (./insert-call.ts) asks of which frame, and what it tells the user. Runs in the background.

export interface InsertChoice {
  /** The frame the user right-clicked in; without it, the top frame, which follows the focus down. */
  frameId?: number;
  variant?: Variant;
  lang?: Lang;
  /**
   * A right-click in another site's iframe: that site as the browser named it (the menu's `frameUrl`),
   * and the access to it the caller asked for while it still held the user's gesture.
   */
  otherSite?: { site: string; access: SiteAccess };
}

export interface FrameProbe extends FieldProbe {
  frameId: number;
}

/** One call of the scripting layer: run the isolated-world script in one frame, or probe every frame. */
export type Step = { run: 'in-frame'; frameId: number; request?: PageRequest } | { run: 'probe-all-frames' };
/** What a step brings back: the checked answer of one frame, or the checked probes of all. */
export type StepResult = PageAnswer | FrameProbe[];

/**
 * The frame to insert into when the caller did not name one: the frame whose own
 * document holds the field. A parent frame sees a same-origin child's field too
 * (through the iframe), so the fewest hops wins; focus breaks ties, because when
 * the popup is open no page document has the focus, yet the field is still active.
 */
export function chooseFrame(probes: FrameProbe[]): FrameProbe | undefined {
  const score = (p: FrameProbe) => (p.kind ? 4 : p.refusal && p.refusal !== 'no-field' ? 2 : 0) + (p.focused ? 1 : 0);
  return probes
    .filter((p) => score(p) > 1)
    .sort((a, b) => score(b) - score(a) || a.hops - b.hops || b.frameId - a.frameId)[0];
}

/** The outcome without the language: the popup does not need it. */
function outcomeOf(answer: PageAnswer): InsertOutcome {
  const { lang: _lang, ...outcome } = answer;
  return answer.inserted ? answer : (outcome as InsertOutcome);
}

function* inFrame(frameId: number, request?: PageRequest): Generator<Step, PageAnswer, StepResult> {
  return (yield { run: 'in-frame', frameId, request }) as PageAnswer;
}

function* probeAllFrames(): Generator<Step, FrameProbe[], StepResult> {
  return (yield { run: 'probe-all-frames' }) as FrameProbe[];
}

/**
 * The steps of one insertion, each fed the result of the one before; returns what to tell the user.
 * In the common case one step: the isolated world finds the field, chooses the text and inserts it
 * (or says beside the field why not). More only for a field in another site's frame.
 */
export function* insertSteps(call: InsertChoice): Generator<Step, InsertOutcome, StepResult> {
  const { variant, lang, otherSite } = call;
  const choice = variant || lang ? { variant, lang } : undefined;
  // The default (insert into the focused field, the saved settings) needs no request.
  const request: PageRequest | undefined = choice ? { op: 'insert', ...choice } : undefined;
  const notice = (site?: string) => inFrame(0, { op: 'notice', reason: 'cross-origin-frame', site, ...choice });
  if (otherSite) {
    const { site, access } = otherSite;
    if (!access.granted) {
      yield* notice(site);
      return { inserted: false, reason: 'cross-origin-frame', site, access };
    }
    const answer = yield* inFrame(call.frameId ?? 0, request);
    return answer.inserted ? answer : { ...answer, site, access };
  }
  const answer = yield* inFrame(call.frameId ?? 0, request);
  if (answer.inserted || answer.reason !== 'cross-origin-frame') return outcomeOf(answer);
  // The focus is in another site's frame. The browser does not tell the popup or the shortcut which
  // site that is (webNavigation would, at the price of a history-reading permission), and the page's
  // word for it is worth nothing; but a site the user allowed before is reachable: look there.
  const frame = chooseFrame(yield* probeAllFrames());
  if (frame?.kind && frame.frameId !== 0) return outcomeOf(yield* inFrame(frame.frameId, request));
  yield* notice();
  return { inserted: false, reason: 'cross-origin-frame' };
}
