import * as v from 'valibot';
import { expect, it } from 'vitest';
import { ProbePlaceMessage } from '@/utils/insert/background/insert-triggers';
import { checkProbe, PLACE_IDS } from '@/utils/insert/background/page-answer';
import { placeReply } from '@/utils/insert/place-reply';
import { PLACES } from '@/utils/place';

it('answers the preview with the checked probe: place, limit, field, room, the page’s language', () => {
  const probe = checkProbe({
    focused: true,
    hops: 0,
    kind: 'rich',
    room: null,
    pageLang: 'en',
    place: 'x',
    limit: 280,
  });
  expect(placeReply(probe)).toEqual({
    ok: true,
    place: 'x',
    limit: 280,
    fieldKind: 'rich',
    room: null,
    pageLang: 'en',
  });
});

it('no field: the place alone; a forged probe: not ok', () => {
  expect(
    placeReply(checkProbe({ focused: true, hops: 0, refusal: 'no-field', place: 'unknown', limit: null })),
  ).toEqual({
    ok: true,
    place: 'unknown',
    limit: null,
  });
  expect(placeReply(checkProbe({ focused: true, hops: 0, place: 'evil.example' }))).toEqual({ ok: false });
  expect(placeReply(checkProbe({ focused: true, hops: 0, limit: 'Donate to bc1q…' }))).toEqual({ ok: false });
});

it.each([
  [{ type: 'probe-place', tabId: 4 }, true],
  [{ type: 'probe-place', tabId: -4 }, false],
  [{ type: 'probe-place' }, false],
])('%o is a probe message: %s', (message, ok) => {
  expect(v.safeParse(ProbePlaceMessage, message).success).toBe(ok);
});

it('the probe accepts exactly the place table’s ids', () => {
  expect([...PLACE_IDS].sort()).toEqual([...Object.keys(PLACES), 'unknown'].sort());
});
