import { describe, expect, it } from 'vitest';
import {
  chooseFrame,
  type FrameProbe,
  type InsertChoice,
  insertSteps,
  type Step,
  type StepResult,
} from '@/utils/insert/background/insert-plan';
import { checkAnswer, checkProbe } from '@/utils/insert/background/page-answer';

const top = (p: Partial<FrameProbe>): FrameProbe => ({ frameId: 0, focused: true, hops: 0, ...p });

it.each<[string, FrameProbe[], number | undefined]>([
  ['the top frame with a field', [top({ kind: 'textarea' })], 0],
  [
    'a same-origin iframe over its parent, which sees the same field through it',
    [top({ kind: 'textarea', hops: 1 }), top({ frameId: 7, kind: 'textarea' })],
    7,
  ],
  [
    'a field without focus (the popup has it) over a focused frame without one',
    [top({ focused: false, kind: 'rich' }), top({ frameId: 3, refusal: 'no-field' })],
    0,
  ],
  [
    'a reachable cross-origin frame over the parent that cannot look in',
    [top({ refusal: 'cross-origin-frame' }), top({ frameId: 4, kind: 'input' })],
    4,
  ],
  ['a refusal to explain over nothing', [top({ refusal: 'password' }), top({ frameId: 2, focused: false })], 0],
  ['nothing when no frame has a field', [top({ refusal: 'no-field' }), top({ frameId: 2, focused: false })], undefined],
])('%s', (_, probes, frameId) => {
  expect(chooseFrame(probes)?.frameId).toBe(frameId);
});

/** Drives the plan as the scripting layer does, each step answered in turn; returns the steps taken and the outcome. */
function run(call: InsertChoice, results: StepResult[]) {
  const steps: Step[] = [];
  const plan = insertSteps(call);
  let next = plan.next();
  while (!next.done) {
    steps.push(next.value);
    const result = results.shift();
    if (result === undefined) throw new Error(`no result for ${JSON.stringify(next.value)}`);
    next = plan.next(result);
  }
  return { steps, outcome: next.value };
}

// Answers as the isolated world gives them, checked as the background checks them.
const inserted = checkAnswer({
  inserted: true,
  kind: 'rich',
  method: 'paste',
  variant: 'short',
  length: 230,
  lang: 'en',
});
const refused = (reason: string) => checkAnswer({ inserted: false, reason, lang: 'ru' });
const probes = (...frames: object[]) =>
  frames.flatMap((p, frameId) => {
    const probe = checkProbe({ focused: false, hops: 0, ...p });
    return probe ? [{ ...probe, frameId }] : [];
  });
const granted = { origins: ['https://comments.example/*'] as [string], granted: true };

describe('insertSteps: which frame is asked what, and what the user is told', () => {
  it('the common case: one injection into the top frame, no request; the answer as it came', () => {
    expect(run({}, [inserted])).toEqual({ steps: [{ run: 'in-frame', frameId: 0 }], outcome: inserted });
  });

  it('an explicit version and language go with the request; a refusal is told without the language', () => {
    const { steps, outcome } = run({ frameId: 3, variant: 'long', lang: 'de' }, [refused('password')]);
    expect(steps).toEqual([{ run: 'in-frame', frameId: 3, request: { op: 'insert', variant: 'long', lang: 'de' } }]);
    expect(outcome).toEqual({ inserted: false, reason: 'password' });
  });

  it('the focus in another site’s frame: every frame probed, the one the user allowed before takes the text', () => {
    const found = probes({ refusal: 'cross-origin-frame', focused: true }, { kind: 'textarea', focused: true });
    const { steps, outcome } = run({}, [refused('cross-origin-frame'), found, inserted]);
    expect(steps).toEqual([
      { run: 'in-frame', frameId: 0 },
      { run: 'probe-all-frames' },
      { run: 'in-frame', frameId: 1 },
    ]);
    expect(outcome).toEqual(inserted);
  });

  it('another site’s frame out of reach: the notice beside it, in the chosen version and language', () => {
    const { steps, outcome } = run({ variant: 'short', lang: 'nl' }, [
      refused('cross-origin-frame'),
      probes({ refusal: 'cross-origin-frame', focused: true }),
      refused('cross-origin-frame'),
    ]);
    expect(steps.at(-1)).toEqual({
      run: 'in-frame',
      frameId: 0,
      request: { op: 'notice', reason: 'cross-origin-frame', site: undefined, variant: 'short', lang: 'nl' },
    });
    expect(outcome).toEqual({ inserted: false, reason: 'cross-origin-frame' });
  });

  it('a right-click in another site’s frame, access refused: the notice names the site, nothing is injected there', () => {
    const access = { ...granted, granted: false };
    const { steps, outcome } = run({ frameId: 9, otherSite: { site: 'comments.example', access } }, [
      refused('cross-origin-frame'),
    ]);
    expect(steps).toEqual([
      {
        run: 'in-frame',
        frameId: 0,
        request: { op: 'notice', reason: 'cross-origin-frame', site: 'comments.example' },
      },
    ]);
    expect(outcome).toEqual({ inserted: false, reason: 'cross-origin-frame', site: 'comments.example', access });
  });

  it('access granted: the text goes into that frame; a refusal there still names the site and the access', () => {
    const call = { frameId: 9, otherSite: { site: 'comments.example', access: granted } };
    expect(run(call, [inserted]).outcome).toEqual(inserted);
    const { steps, outcome } = run(call, [refused('readonly')]);
    expect(steps).toEqual([{ run: 'in-frame', frameId: 9 }]);
    expect(outcome).toMatchObject({ inserted: false, reason: 'readonly', site: 'comments.example', access: granted });
  });
});
