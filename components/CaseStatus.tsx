import { formatDate } from '@/components/dates';
import { useStrings } from '@/components/strings';
import { localize } from '@/utils/campaign/localize';
import type { Status } from '@/utils/campaign/schema';
import { countValue, fillCounts, formatCount } from '@/utils/campaign/status-counts';

/** The newest dated fact of the status (dates as precise as their sources compare as strings). */
export function newestEvent(status: Status): string {
  return (
    status.lines
      .map((line) => line.date)
      .sort()
      .at(-1) ?? ''
  );
}

/**
 * Where the prisoners are, as of the date the sources were checked: the counts
 * derived from the people data, each line with its source, and both dates said
 * for what they are, so an old event never passes for news.
 */
export function CaseStatus({ status }: { status: Status }) {
  const { t, lang } = useStrings();
  const count = (id: string) => formatCount(countValue(status, id) ?? 0, lang);
  const newest = newestEvent(status);
  return (
    <section class="case-status" aria-labelledby="case-status-heading">
      <h2 id="case-status-heading" class="small-heading">
        {t('popupStatusHeading')}
      </h2>
      <p class="status-counts">{t('popupStatusCounts', count('released'), count('sentenced'), count('no-release'))}</p>
      <ul class="status-lines">
        {status.lines.map((line) => (
          <li key={`${line.date}-${line.source.url}`}>
            <span class="event">{fillCounts(localize(line.text, lang), status, lang)}</span>{' '}
            <a class="source" href={line.source.url} target="_blank" rel="noopener noreferrer">
              {t('popupSource', line.source.label)}
            </a>
          </li>
        ))}
      </ul>
      <p class="status-dates">{t('popupStatusDates', formatDate(newest, lang), formatDate(status.checked, lang))}</p>
    </section>
  );
}
