import { useEffect, useState } from 'preact/hooks';
import { useAnnounce } from '@/components/announcer';
import { CaseStatus } from '@/components/CaseStatus';
import { formatDate } from '@/components/dates';
import { useStrings } from '@/components/strings';
import { Timeline } from '@/components/Timeline';
import { localize } from '@/utils/campaign/localize';
import type { Campaign } from '@/utils/campaign/schema';
import { fillCounts } from '@/utils/campaign/status-counts';

/** The case in a few lines; "Read more" opens the fuller account and the dated timeline with sources. */
export function CaseSummary({ campaign, updatedJustNow }: { campaign: Campaign; updatedJustNow?: boolean }) {
  const { t, lang } = useStrings();
  const [open, setOpen] = useState(false);
  const announce = useAnnounce();
  const updated = t(updatedJustNow ? 'popupUpdatedJustNow' : 'popupUpdated', formatDate(campaign.updated, lang));
  // Said once when a signed update lands in the open popup; the line itself changes in place, on the line it had.
  // biome-ignore lint/correctness/useExhaustiveDependencies: announced on the arrival, not again on a language switch
  useEffect(() => {
    if (updatedJustNow) announce(updated);
  }, [updatedJustNow]);
  return (
    <section class="case" aria-labelledby="case-title">
      <h1 id="case-title">{localize(campaign.title, lang)}</h1>
      <p class="summary">{fillCounts(localize(campaign.summary.short, lang), campaign.status, lang)}</p>
      <button
        type="button"
        class="disclosure"
        aria-expanded={open}
        aria-controls="case-more"
        onClick={() => setOpen(!open)}
      >
        {open ? t('popupReadLess') : t('popupReadMore')}
        <span class="chevron" aria-hidden="true">
          {open ? '▴' : '▾'}
        </span>
      </button>
      <div id="case-more" hidden={!open}>
        <p>{fillCounts(localize(campaign.summary.full, lang), campaign.status, lang)}</p>
        {campaign.status && <CaseStatus status={campaign.status} />}
        <h2 class="small-heading">{t('popupTimeline')}</h2>
        <Timeline entries={campaign.timeline} status={campaign.status} />
      </div>
      <p class={updatedJustNow ? 'updated just-now' : 'updated'}>{updated}</p>
    </section>
  );
}
