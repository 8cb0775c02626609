import { useState } from 'preact/hooks';
import { DonationCard } from '@/components/DonationCard';
import { formatDate } from '@/components/dates';
import { useStrings } from '@/components/strings';
import type { Campaign } from '@/utils/campaign/schema';

/**
 * The donation channels: every name in view, one channel open at a time, and once for all of them when they were published and where to check they are current.
 */
export function DonationList({ campaign }: { campaign: Campaign }) {
  const { t, lang } = useStrings();
  const [open, setOpen] = useState<string | null>(null);
  const dates = [...new Set(campaign.donations.map((d) => d.published))];
  return (
    <section class="donate" aria-labelledby="donate-heading">
      <h2 id="donate-heading">{t('popupDonateHeading')}</h2>
      <ul class="channels">
        {campaign.donations.map((donation) => (
          <DonationCard
            key={donation.id}
            donation={donation}
            open={open === donation.id}
            onToggle={() => setOpen(open === donation.id ? null : donation.id)}
          />
        ))}
      </ul>
      {open && <p class="intro">{t('popupDonateIntro')}</p>}
      <p class="meta">
        {dates.length === 1 && dates[0] ? <span>{t('popupPublished', formatDate(dates[0], lang))} · </span> : null}
        <a href={campaign.donatePage.url} target="_blank" rel="noopener noreferrer">
          {t('popupCurrentDetails')}
        </a>
      </p>
    </section>
  );
}
