import { formatDate } from '@/components/dates';
import { useStrings } from '@/components/strings';
import { localize } from '@/utils/campaign/localize';
import type { Status, TimelineEntry } from '@/utils/campaign/schema';
import { fillCounts } from '@/utils/campaign/status-counts';

/** The case's dated events, each with the source it was found in. */
export function Timeline({ entries, status }: { entries: TimelineEntry[]; status?: Status }) {
  const { t, lang } = useStrings();
  return (
    <ol class="timeline">
      {entries.map((entry) => (
        <li key={`${entry.date}-${entry.source.url}`}>
          <time dateTime={entry.date}>{formatDate(entry.date, lang)}</time>
          <span class="event">{fillCounts(localize(entry.text, lang), status, lang)}</span>
          <a class="source" href={entry.source.url} target="_blank" rel="noopener noreferrer">
            {t('popupSource', entry.source.label)}
          </a>
        </li>
      ))}
    </ol>
  );
}
