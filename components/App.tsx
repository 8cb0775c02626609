import { useEffect, useState } from 'preact/hooks';
import { Announcer } from '@/components/announcer';
import { CaseSummary } from '@/components/CaseSummary';
import { LinkChangeNotices } from '@/components/ChangeNotice';
import { DonationCard } from '@/components/DonationCard';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { SafetyNote } from '@/components/SafetyNote';
import { ShareBar } from '@/components/ShareBar';
import { type Strings, StringsProvider } from '@/components/strings';
import type { Campaign, Lang } from '@/utils/campaign/schema';

export interface AppProps {
  campaign: Campaign;
  /** The UI strings of the language to show first (the one prerendered for this page). */
  strings: Strings;
  /** The strings of another language, for the language switch. */
  loadStrings: (lang: Lang) => Promise<Strings>;
  /** Remembers the user's choice. */
  onLangChosen?: (lang: Lang) => void;
  /** A signed update arrived while this popup was open: say so where the date is. */
  updatedJustNow?: boolean;
}

/** The popup: the case, the donation channels, and ways to spread the call. */
export function App({ campaign, strings: initial, loadStrings, onLangChosen, updatedJustNow }: AppProps) {
  const [strings, setStrings] = useState(initial);
  useEffect(() => setStrings(initial), [initial]);
  const { t, lang } = strings;

  async function chooseLang(next: Lang) {
    const loaded = await loadStrings(next);
    setStrings(loaded);
    onLangChosen?.(next);
  }

  return (
    <StringsProvider value={strings}>
      <Announcer>
        <div class="popup" lang={lang}>
          <header class="topbar">
            <img src="/icon/32.png" width={24} height={24} alt="" />
            <span class="brand">{t('extName')}</span>
            <LanguageSwitch onChoose={chooseLang} />
          </header>
          <main>
            <CaseSummary campaign={campaign} updatedJustNow={updatedJustNow} />
            <section class="donate" aria-labelledby="donate-heading">
              <h2 id="donate-heading">{t('popupDonateHeading')}</h2>
              <p class="intro">{t('popupDonateIntro')}</p>
              {campaign.donations.map((donation) => (
                <DonationCard key={donation.id} donation={donation} donatePage={campaign.donatePage} />
              ))}
              <LinkChangeNotices campaign={campaign} />
            </section>
            <SafetyNote />
            <ShareBar campaign={campaign} />
          </main>
          <footer class="privacy">{t('popupPrivacy')}</footer>
        </div>
      </Announcer>
    </StringsProvider>
  );
}
