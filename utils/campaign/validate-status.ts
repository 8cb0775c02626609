// Relative imports: wxt.config.ts runs this at build time, before the @/ alias exists.
import type { Campaign, Localized } from './schema';
import { countIds, countValue, parseDerived, peopleCounted } from './status-counts';

/** "2026-12-01": today in UTC, as the campaign writes dates. */
export function isoToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** A date as precise as its source (2018, 2018-02, 2018-02-05) lies ahead of `today` only if all of it does. */
function isAfter(date: string, today: string): boolean {
  return date > today.slice(0, date.length);
}

/** Every dated fact, with the field a reader of the JSON file finds it at. */
function datedFields(campaign: Campaign): [string, string][] {
  const fields: [string, string][] = [['updated', campaign.updated]];
  campaign.timeline.forEach((entry, i) => {
    fields.push([`timeline[${i}].date`, entry.date]);
  });
  campaign.donations.forEach((donation, i) => {
    fields.push([`donations[${i}].published`, donation.published]);
    if (donation.accountSource) fields.push([`donations[${i}].accountSource.date`, donation.accountSource.date]);
  });
  const status = campaign.status;
  if (status) {
    fields.push(['status.checked', status.checked]);
    status.people.forEach((person, i) => {
      if (person.sentence) fields.push([`status.people[${i}].sentence.date`, person.sentence.date]);
      if (person.released) fields.push([`status.people[${i}].released.date`, person.released.date]);
    });
    status.counts?.forEach((count, i) => {
      fields.push([`status.counts[${i}].date`, count.date]);
    });
    status.lines.forEach((line, i) => {
      fields.push([`status.lines[${i}].date`, line.date]);
    });
  }
  return fields;
}

/** Every text that may hold {count:…}, with its field. */
function texts(campaign: Campaign): [string, string][] {
  const out: [string, string][] = [];
  const add = (where: string, text: Localized) => {
    for (const [lang, value] of Object.entries(text)) if (value !== undefined) out.push([`${where}.${lang}`, value]);
  };
  add('summary.short', campaign.summary.short);
  add('summary.full', campaign.summary.full);
  for (const [variant, text] of Object.entries(campaign.messages)) add(`messages.${variant}`, text);
  campaign.timeline.forEach((entry, i) => {
    add(`timeline[${i}].text`, entry.text);
  });
  campaign.status?.lines.forEach((line, i) => {
    add(`status.lines[${i}].text`, line.text);
  });
  return out;
}

function names(people: { name: Localized }[]): string {
  return people.map((person) => person.name.en).join(', ') || 'nobody';
}

function datesProblem(campaign: Campaign, today: string): string | undefined {
  const fields = datedFields(campaign);
  for (const [field, date] of fields) {
    if (isAfter(date, today)) return `${field}: ${date} is in the future (today is ${today})`;
  }
  const checked = campaign.status?.checked;
  if (!checked) return undefined;
  for (const [field, date] of fields) {
    if (field.startsWith('status.') && field !== 'status.checked' && isAfter(date, checked))
      return `${field}: ${date} is after status.checked (${checked}): check the sources again and move the date`;
  }
  return undefined;
}

function peopleProblem(campaign: Campaign): string | undefined {
  const status = campaign.status;
  if (!status) return undefined;
  const ids = status.people.map((person) => person.id);
  const dup = ids.findIndex((id, i) => ids.indexOf(id) !== i);
  if (dup >= 0) return `status.people[${dup}].id: "${ids[dup]}" is used twice`;
  for (const [i, person] of status.people.entries()) {
    const { sentence, released } = person;
    if (sentence && released && released.date < sentence.date.slice(0, released.date.length))
      return `status.people[${i}].released.date: ${released.date} is before the sentence (${sentence.date})`;
  }
  for (const [i, line] of status.lines.entries()) {
    for (const [j, id] of (line.people ?? []).entries()) {
      if (!ids.includes(id)) return `status.lines[${i}].people[${j}]: "${id}" is not in status.people`;
    }
  }
  // Where things stand must say it for everyone: released, or "no release found".
  for (const [i, person] of status.people.entries()) {
    if (!status.lines.some((line) => line.people?.includes(person.id)))
      return `status.people[${i}]: ${person.name.en} is named in no status line`;
  }
  return undefined;
}

function countsProblem(campaign: Campaign): string | undefined {
  const status = campaign.status;
  const counts = status?.counts ?? [];
  const ids = counts.map((count) => count.id);
  const dup = ids.findIndex((id, i) => ids.indexOf(id) !== i);
  if (dup >= 0) return `status.counts[${dup}].id: "${ids[dup]}" is used twice`;
  for (const [i, count] of counts.entries()) {
    const derived = status && parseDerived(count.id);
    if (status && derived) {
      const people = peopleCounted(status, derived);
      const value = countValue(status, count.id);
      if (value !== count.n)
        return `status.counts[${i}].n: ${count.n} ${count.id}, but status.people gives ${value} (${names(people)})`;
    }
    if (status && count.id === 'involved' && count.n < status.people.length)
      return `status.counts[${i}].n: about ${count.n} involved, but status.people names ${status.people.length} (${names(status.people)})`;
  }
  for (const [field, text] of texts(campaign)) {
    for (const id of countIds(text)) {
      if (countValue(status, id) === undefined)
        return `${field}: {count:${id}} is not a count the status can give (${status ? `sourced counts: ${ids.join(', ') || 'none'}; derived: sentenced|released|no-release|years-min|years-max|years-total[-YEAR][-PLACE]` : 'the campaign has no status'})`;
    }
  }
  return undefined;
}

/**
 * What the schema cannot see about the status: no date in the future (or after the
 * checked date), people and lines that agree, and every count agreeing with the names.
 * One line naming the field, like the rest of the campaign's validation.
 */
export function statusProblem(campaign: Campaign, today: string = isoToday()): string | undefined {
  return datesProblem(campaign, today) ?? peopleProblem(campaign) ?? countsProblem(campaign);
}
