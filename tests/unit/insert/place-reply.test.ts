import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ProbePlaceMessage } from '@/utils/insert/background/insert-triggers';
import { checkProbe } from '@/utils/insert/background/page-answer';
import { PLACE_IDS, placeReply, readPlaceReply } from '@/utils/insert/place-reply';
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

describe('readPlaceReply: the answer as the popup takes it', () => {
  it('keeps a well-formed answer, ids and numbers only', () => {
    expect(
      readPlaceReply({
        ok: true,
        place: 'mastodon',
        limit: 500,
        counter: 'mastodon',
        variant: 'long',
        fieldKind: 'rich',
        room: null,
        pageLang: 'de',
        extra: 'x',
      }),
    ).toEqual({
      place: 'mastodon',
      limit: 500,
      counter: 'mastodon',
      variant: 'long',
      fieldKind: 'rich',
      pageLang: 'de',
    });
  });

  it.each([
    undefined,
    null,
    'ok',
    { ok: false },
    { ok: true },
    { ok: true, place: 'Mastodon <b>', limit: 500 },
    { ok: true, place: 'x', limit: -1 },
    { ok: true, place: 'x', limit: '280' },
  ])('anything else is no probe: %j', (reply) => {
    expect(readPlaceReply(reply)).toBeNull();
  });

  it('drops unknown field kinds, languages and counters', () => {
    expect(
      readPlaceReply({ ok: true, place: 'x', limit: 280, fieldKind: 'canvas', pageLang: 'fr', counter: 'words' }),
    ).toEqual({ place: 'x', limit: 280 });
  });

  it('reads back what the background answers', () => {
    const reply = placeReply(
      checkProbe({
        focused: true,
        hops: 0,
        kind: 'textarea',
        room: 900,
        place: 'x',
        limit: 280,
        counter: 'x',
        variant: 'short',
      }),
    );
    expect(readPlaceReply(reply)).toEqual({
      place: 'x',
      limit: 280,
      counter: 'x',
      variant: 'short',
      fieldKind: 'textarea',
      room: 900,
    });
  });
});
