import * as v from 'valibot';
import { LANGS, VARIANTS } from '@/utils/campaign/langs';
import { COUNTERS, PLACE_IDS } from '@/utils/insert/place-reply';
import { FIELD_KINDS, type FieldProbe, METHODS, type PageAnswer, REFUSALS } from '@/utils/insert/protocol';

// Longer than any message we render; a count beyond it can only be forged.
const MAX_COUNT = 100_000;
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_COUNT));

/**
 * The page side's answer, as the background accepts it: booleans, codes from closed lists and
 * counts, nothing else (strictObject: any extra key fails). A hostile page can touch what the page
 * side reads, so even our own script's answer is input to check.
 */
const Inserted = v.strictObject({
  inserted: v.literal(true),
  kind: v.picklist(FIELD_KINDS),
  method: v.picklist(METHODS),
  variant: v.picklist([...VARIANTS, 'own']),
  length: count,
  lang: v.picklist(LANGS),
});
const Refused = v.strictObject({
  inserted: v.literal(false),
  reason: v.picklist(REFUSALS),
  lang: v.optional(v.picklist(LANGS)),
});
const AnswerSchema = v.variant('inserted', [Inserted, Refused]);

const ProbeSchema = v.strictObject({
  focused: v.boolean(),
  hops: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(64)),
  kind: v.optional(v.picklist(FIELD_KINDS)),
  room: v.optional(v.nullable(count)),
  refusal: v.optional(v.picklist(REFUSALS)),
  pageLang: v.optional(v.picklist(LANGS)),
  place: v.optional(v.picklist(PLACE_IDS)),
  limit: v.optional(v.nullable(count)),
  counter: v.optional(v.picklist(COUNTERS)),
  variant: v.optional(v.picklist(VARIANTS)),
});

const FAILED: PageAnswer = { inserted: false, reason: 'failed' };

/** The answer if it is one we could have given; anything else is "failed". */
export function checkAnswer(answer: unknown): PageAnswer {
  const parsed = v.safeParse(AnswerSchema, answer);
  return parsed.success ? parsed.output : FAILED;
}

/** A frame's probe if well-formed; anything else counts as a frame without a field. */
export function checkProbe(probe: unknown): FieldProbe | undefined {
  const parsed = v.safeParse(ProbeSchema, probe);
  return parsed.success ? parsed.output : undefined;
}
