// Relative imports: the build's validator (wxt.config.ts) reads this before the @/ alias exists.
import { PLACES } from './places';
import type { Lang, Person, Status } from './schema';

/**
 * The numbers texts may state, derived from the people the status names, so a
 * text cannot say "nine" while the list holds ten:
 *   sentenced[-YEAR][-PLACE]   people sentenced (in that year, by a court in that place)
 *   released[-YEAR][-PLACE]    people released (in that year), by the place of their sentence
 *   no-release[-YEAR][-PLACE]  people sentenced for whom no release was found
 *   years-min|years-max|years-total[-YEAR][-PLACE]  over the sentences counted
 * Any other id names one of the status's sourced counts (the first arrests, "about 11").
 */
const DERIVED = new RegExp(
  `^(sentenced|released|no-release|years-min|years-max|years-total)(?:-(\\d{4}))?(?:-(${PLACES.join('|')}))?$`,
);

type Measure = 'sentenced' | 'released' | 'no-release' | 'years-min' | 'years-max' | 'years-total';

export interface DerivedCount {
  measure: Measure;
  year?: string;
  place?: string;
}

export function parseDerived(id: string): DerivedCount | undefined {
  const match = DERIVED.exec(id);
  if (!match) return undefined;
  return { measure: match[1] as Measure, year: match[2], place: match[3] };
}

/** The people a derived count counts, in the order the status lists them. */
export function peopleCounted(status: Status, { measure, year, place }: DerivedCount): Person[] {
  return status.people.filter((person) => {
    if (place && person.sentence?.place !== place) return false;
    if (measure === 'released') return !!person.released && (!year || person.released.date.startsWith(year));
    if (!person.sentence || (year && !person.sentence.date.startsWith(year))) return false;
    return measure === 'no-release' ? !person.released : true;
  });
}

/** The number {count:id} stands for, or undefined when the status has no such count. */
export function countValue(status: Status | undefined, id: string): number | undefined {
  if (!status) return undefined;
  const derived = parseDerived(id);
  if (!derived) return status.counts?.find((count) => count.id === id)?.n;
  const people = peopleCounted(status, derived);
  if (derived.measure === 'sentenced' || derived.measure === 'released' || derived.measure === 'no-release')
    return people.length;
  const years = people.map((person) => person.sentence?.years ?? 0);
  if (years.length === 0) return undefined;
  if (derived.measure === 'years-min') return Math.min(...years);
  if (derived.measure === 'years-max') return Math.max(...years);
  return years.reduce((sum, n) => sum + n, 0);
}

/** 5.5 in English, 5,5 in Russian, Dutch and German. */
export function formatCount(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : lang, { maximumFractionDigits: 2 }).format(value);
}

const COUNT = /\{count:([a-z][a-z0-9-]*)\}/g;

/** A popup text with its {count:…} filled in; an unknown count stays visible as written. */
export function fillCounts(text: string, status: Status | undefined, lang: Lang): string {
  return text.replace(COUNT, (placeholder, id: string) => {
    const value = countValue(status, id);
    return value === undefined ? placeholder : formatCount(value, lang);
  });
}

/** The ids of the {count:…} placeholders in a text, in order. */
export function countIds(text: string): string[] {
  return [...text.matchAll(COUNT)].map((match) => match[1] ?? '');
}

/**
 * The numbers the bundled messages can ask for, computed once at build time, so the
 * background carries these few numbers instead of the whole status (names, sources,
 * lines in four languages): the counts its texts use. Own wording that asks for another
 * count shows the placeholder as written, as it does for an unknown link.
 */
export function messageCounts(campaign: {
  messages: Record<string, Partial<Record<Lang, string>>>;
  summary?: Record<string, Partial<Record<Lang, string>>>;
  status?: Status;
}): Record<string, number> {
  const status = campaign.status;
  if (!status) return {};
  const texts = [...Object.values(campaign.messages), ...Object.values(campaign.summary ?? {})].flatMap((text) =>
    Object.values(text),
  );
  const ids = new Set(texts.flatMap((text) => (text ? countIds(text) : [])));
  const counts: Record<string, number> = {};
  for (const id of ids) {
    const value = countValue(status, id);
    if (value !== undefined) counts[id] = value;
  }
  return counts;
}
