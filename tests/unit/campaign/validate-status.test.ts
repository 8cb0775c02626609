import { describe, expect, it } from 'vitest';
import bundledFile from '@/assets/campaign.json';
import type { Campaign } from '@/utils/campaign/schema';
import { validateCampaign } from '@/utils/campaign/validate';
import { statusProblem } from '@/utils/campaign/validate-status';
import sampleFile from '../../fixtures/sample-campaign.json';

/** A deep copy of the bundled campaign file with one field set (or removed, for undefined). */
function edited(path: string, value: unknown, file: unknown = bundledFile): Campaign {
  const copy = structuredClone(file) as Record<string, unknown>;
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  const parent = keys.reduce((node, key) => (node as Record<string, unknown>)[key], copy as unknown) as Record<
    string,
    unknown
  >;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy as unknown as Campaign;
}

const errorOf = (data: unknown) => {
  const result = validateCampaign(data);
  return result.ok ? '' : result.error;
};

describe('the status section: the build refuses, naming the field', () => {
  it('accepts the bundled status', () => {
    expect(errorOf(bundledFile)).toBe('');
  });

  it.each([
    ['a status line without a source', 'status.lines.0.source', undefined, 'status.lines[0].source:'],
    ['a status line with an empty text', 'status.lines.1.text.ru', ' ', 'status.lines[1].text.ru: must not be empty'],
    ['a release without a source', 'status.people.7.released.source', undefined, 'status.people[7].released.source:'],
    ['a date in the future', 'status.lines.2.date', '2999-01', 'status.lines[2].date: 2999-01 is in the future'],
    ['a timeline date in the future', 'timeline.0.date', '2999', 'timeline[0].date: 2999 is in the future'],
    [
      'a count that contradicts the names',
      'status.counts',
      [
        {
          id: 'released',
          n: 4,
          date: '2025-01',
          source: { url: 'https://example.org/', label: 'x' },
        },
      ],
      'status.counts[0].n: 4 released, but status.people gives 3 (Viktor Filinkov, Yuli Boyarshinov, Igor Shishkin)',
    ],
    [
      '"about 9 involved" when ten are named',
      'status.counts.2.n',
      9,
      'status.counts[2].n: about 9 involved, but status.people names 10',
    ],
    [
      'a line about someone the people list does not have',
      'status.lines.1.people',
      ['kuksov', 'sagynbaev'],
      'status.lines[1].people[1]: "sagynbaev" is not in status.people',
    ],
    [
      'someone about whom no line says anything',
      'status.lines.1.people',
      ['kuksov'],
      'status.people[6]: Arman Sagynbayev is named in no status line',
    ],
    [
      'a release before the sentence',
      'status.people.9.released.date',
      '2018-05',
      'status.people[9].released.date: 2018-05 is before the sentence (2019-01-17)',
    ],
    [
      'a count placeholder the status cannot fill',
      'messages.short.ru',
      'Осуждены {count:sentencd}: {link:campaign}',
      'messages.short.ru: {count:sentencd} is not a count the status can give',
    ],
    ['a sentence place that is not one', 'status.people.0.sentence.place', 'omsk', 'status.people[0].sentence.place:'],
  ])('%s', (_, path, value, error) => {
    expect(errorOf(edited(path, value))).toContain(error);
  });

  it('refuses a count placeholder in a campaign without status', () => {
    expect(errorOf(edited('messages.short.en', 'We are {count:sentenced}. {link:home}', sampleFile))).toContain(
      'messages.short.en: {count:sentenced} is not a count the status can give (the campaign has no status)',
    );
  });

  it('measures "the future" against today, at the precision of each date', () => {
    const campaign = bundledFile as Campaign;
    expect(statusProblem(campaign, '2026-12-01')).toBeUndefined();
    // A month or a year is in the future only once all of it is.
    expect(statusProblem(edited('status.lines.2.date', '2026-12'), '2026-12-01')).toBeUndefined();
    expect(statusProblem(campaign, '2026-11-30')).toBe('updated: 2026-12-01 is in the future (today is 2026-11-30)');
  });

  it('refuses a status event after the date its sources were checked', () => {
    expect(statusProblem(edited('status.lines.2.date', '2027-02'), '2030-01-01')).toBe(
      'status.lines[2].date: 2027-02 is after status.checked (2026-12-01): check the sources again and move the date',
    );
  });
});
