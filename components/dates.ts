import type { Lang } from '@/utils/campaign/schema';

/**
 * "2018", "February 2018" or "17 January 2019" in the popup's language, for the
 * campaign's YYYY, YYYY-MM and YYYY-MM-DD dates: only as precise as the source.
 * UTC, so a date never slips a day (or a month) with the reader's time zone.
 */
export function formatDate(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-').map(Number);
  const when = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {
    timeZone: 'UTC',
    year: 'numeric',
    ...(month ? { month: 'long' } : {}),
    ...(day ? { day: 'numeric' } : {}),
  }).format(when);
}
