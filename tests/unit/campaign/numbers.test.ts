import { describe, expect, it } from 'vitest';
import { bundledCampaign } from '@/utils/campaign/bundled';
import { localize } from '@/utils/campaign/localize';
import { LANGS, type Lang, type Person, type Status, VARIANTS } from '@/utils/campaign/schema';
import { countIds, countValue, fillCounts } from '@/utils/campaign/status-counts';
import { renderMessage } from '@/utils/message/render';

const campaign = bundledCampaign;
function bundledStatus(): Status {
  if (!campaign.status) throw new Error('the bundled campaign has a status');
  return campaign.status;
}
const status = bundledStatus();
const people = status.people;

/** Every text a reader sees, as written in the data (with its {count:…}), per language. */
function templates(lang: Lang): [string, string][] {
  return [
    ['title', localize(campaign.title, lang)],
    ['summary.short', localize(campaign.summary.short, lang)],
    ['summary.full', localize(campaign.summary.full, lang)],
    ...VARIANTS.map((v): [string, string] => [`messages.${v}`, localize(campaign.messages[v], lang)]),
    ...campaign.timeline.map((e, i): [string, string] => [`timeline[${i}]`, localize(e.text, lang)]),
    ...status.lines.map((l, i): [string, string] => [`status.lines[${i}]`, localize(l.text, lang)]),
  ];
}

/** Sentences, without splitting at "St. Petersburg", "No. 7" or "24. Januar". */
function sentences(text: string): string[] {
  return text
    .replace(/\b(St|No|nr|Nr)\. /g, '$1.\u00a0')
    .replace(/(\d)\. /g, '$1.\u00a0')
    .split(/(?<=[.!?]) +|\n+/)
    .filter((s) => s.trim());
}

// What a sentence must speak of, in its language, for each kind of number in it.
const SPEAKS_OF: Record<string, Record<Lang, RegExp>> = {
  sentenced: {
    en: /sentenc|got /i,
    ru: /приговор|осудил|осуждённ|получил/i,
    nl: /veroordeel|kregen/i,
    de: /verurteil|bekamen|erhielten/i,
  },
  released: { en: /releas/, ru: /свобод|освобожд/, nl: /vrij/, de: /frei/ },
  'no-release': {
    en: /no release/,
    ru: /об освобождении .*не найдено/,
    nl: /geen vrijlating/,
    de: /keine Freilassung/,
  },
  arrested: {
    en: /detain|arrest/,
    ru: /задерж|арест/,
    nl: /arresteer|opgepakt/,
    de: /festgenommen|(nahm|nimmt) .*fest/,
  },
  involved: { en: /involved/, ru: /проходили/, nl: /betrokken/, de: /betroffen/ },
  years: { en: /years/, ru: /лет|год/, nl: /jaar/, de: /Jahre/ },
};
const PLACE_WORDS: Record<string, RegExp> = { penza: /Penza|Пенз|Pensa/, 'st-petersburg': /Petersburg|Петербург/ };

function kindOf(id: string): string {
  if (id.startsWith('years-')) return 'years';
  if (id.startsWith('arrested-')) return 'arrested';
  if (id.startsWith('no-release')) return 'no-release';
  return id.split('-')[0] ?? id;
}

describe('the people data counts what the sources say', () => {
  const who = (filter: (p: Person) => boolean) => people.filter(filter).map((p) => p.id);
  it('ten sentenced: nine in 2020 (seven in Penza, two in St. Petersburg), Shishkin in 2019', () => {
    expect(who((p) => !!p.sentence)).toHaveLength(10);
    expect(who((p) => p.sentence?.date.startsWith('2020') ?? false)).toHaveLength(9);
    expect(who((p) => p.sentence?.place === 'penza')).toHaveLength(7);
    expect(who((p) => p.sentence?.place === 'st-petersburg')).toEqual(['filinkov', 'boyarshinov']);
    expect(who((p) => p.sentence?.date.startsWith('2019') ?? false)).toEqual(['shishkin']);
    expect(people.filter((p) => p.sentence?.place === 'penza').reduce((s, p) => s + (p.sentence?.years ?? 0), 0)).toBe(
      86,
    );
  });

  it('three released, each with a date and a source; no release found for the seven from Penza', () => {
    expect(people.filter((p) => p.released).map((p) => [p.id, p.released?.date])).toEqual([
      ['filinkov', '2025-01'],
      ['boyarshinov', '2023-04-21'],
      ['shishkin', '2021-07'],
    ]);
    expect(who((p) => !p.released)).toEqual([
      'pchelintsev',
      'shakursky',
      'chernov',
      'ivankin',
      'kulkov',
      'kuksov',
      'sagynbayev',
    ]);
  });

  it('the derived counts are those numbers', () => {
    const counts = Object.fromEntries(
      [
        'sentenced',
        'sentenced-2020',
        'sentenced-2020-penza',
        'sentenced-2020-st-petersburg',
        'sentenced-2019',
        'released',
        'no-release',
        'years-min-2020',
        'years-max-2020',
        'years-total-2020-penza',
      ].map((id) => [id, countValue(status, id)]),
    );
    expect(counts).toEqual({
      sentenced: 10,
      'sentenced-2020': 9,
      'sentenced-2020-penza': 7,
      'sentenced-2020-st-petersburg': 2,
      'sentenced-2019': 1,
      released: 3,
      'no-release': 7,
      'years-min-2020': 5.5,
      'years-max-2020': 18,
      'years-total-2020-penza': 86,
    });
  });
});

const MONTHS = [
  'January|February|March|April|May|June|July|August|September|October|November|December',
  'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря',
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december',
  'Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember',
].join('|');
/** "24 January", "5–12 February", "5.–12. Februar", "21. April". */
const DAY_OF_MONTH = new RegExp(`\\b\\d{1,2}\\.?(?:–\\d{1,2}\\.?)?[\\s\u00a0](?:${MONTHS})`, 'giu');

/** Number words a person might type for a count of people, per language. */
const NUMBER_WORDS: Record<Lang, RegExp> = {
  en: /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?! months)/i,
  ru: /(^|[\s(])(двое|двоих|трое|троих|четверо|пятеро|шестеро|шестерых|семеро|семерых|восьмерых|девятеро|девятерых|десятеро|два|две|три|пять|шесть|семь|восемь|девять|десять|одиннадцать)(?=[\s,.;:)])(?! месяц)/i,
  nl: /\b(twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\b(?! maanden)/i,
  de: /\b(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\b(?! Monate)/i,
};

describe.each(LANGS)('every sentence with a number agrees with the data it counts (%s)', (lang) => {
  const stem = (p: Person) => (localize(p.name, lang).split(' ').pop() ?? '').slice(0, 5);

  it.each(templates(lang))('%s: each {count:…} sits in a sentence about what it counts', (_, text) => {
    for (const sentence of sentences(text)) {
      // The kind is checked in the clause (up to a semicolon): "3 released; for 7, no release found" is two claims.
      for (const clause of sentence.split(';'))
        for (const id of countIds(clause)) {
          const kind = kindOf(id);
          const speaks = SPEAKS_OF[kind]?.[lang];
          expect(speaks, `${id}: a known kind`).toBeDefined();
          expect(clause, `{count:${id}} in a clause about ${kind}`).toMatch(speaks as RegExp);
          if (kind === 'released')
            expect(clause, `{count:${id}} not in a clause saying no release was found`).not.toMatch(
              SPEAKS_OF['no-release']?.[lang] as RegExp,
            );
        }
      for (const id of countIds(sentence)) {
        const year = /-(\d{4})/.exec(id)?.[1];
        if (year) expect(sentence, `{count:${id}} in a sentence naming ${year}`).toContain(year);
        for (const [place, words] of Object.entries(PLACE_WORDS))
          if (id.endsWith(place)) expect(sentence, `{count:${id}} in a sentence naming ${place}`).toMatch(words);
      }
    }
  });

  it.each(templates(lang))('%s: no count of people typed in words or digits', (_, text) => {
    for (const sentence of sentences(text)) {
      const named = people.filter((p) => sentence.includes(stem(p)));
      const stripped = sentence
        .replace(/\{count:[a-z0-9-]+\}/g, '')
        // Calendar years and year spans (2017–18, 2017/18), days of a month, colony numbers.
        .replace(/\b\d{4}([–/]\d{2,4})?\b/g, '')
        .replace(DAY_OF_MONTH, '')
        .replace(/(No\.|№|nr\.|Nr\.)\s?\d+/g, '');
      // Sentence lengths typed beside the people they belong to: each one theirs, or their sum.
      const years = named.map((p) => p.sentence?.years ?? -1);
      const allowed = new Set([...years, years.reduce((s, n) => s + n, 0)]);
      for (const match of stripped.matchAll(/\d+(?:[.,]\d+)?/g)) {
        const value = Number(match[0].replace(',', '.'));
        expect(named.length, `"${match[0]}" in “${sentence}” names whose sentence it is`).toBeGreaterThan(0);
        expect(allowed.has(value), `"${match[0]}" in “${sentence}” is a sentence of ${named.map(stem)}`).toBe(true);
      }
      expect(stripped, `a count typed in words in “${sentence}”`).not.toMatch(NUMBER_WORDS[lang]);
    }
  });

  it('as rendered, the numbers are the data’s', () => {
    const short = renderMessage(campaign, { lang, variant: 'short', format: 'text' });
    expect(short).toContain(fillCounts('{count:sentenced-2020}', status, lang));
    const summary = fillCounts(localize(campaign.summary.full, lang), status, lang);
    for (const n of ['6', '2', '11', '10', '3', '7', '86']) expect(summary).toMatch(new RegExp(`(^|\\D)${n}(\\D|$)`));
    expect(summary).not.toMatch(/\{count:/);
  });
});
