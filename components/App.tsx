// Without the webextension-polyfill (about 3 KB gzipped): MV3's chrome.* and Firefox's browser.* both return promises.
import { browser } from '@wxt-dev/browser';
import { useEffect, useState } from 'preact/hooks';
import { Announcer } from '@/components/announcer';
import { CaseSummary } from '@/components/CaseSummary';
import { LinkChangeNotices } from '@/components/ChangeNotice';
import { DonationList } from '@/components/DonationList';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { ShareBar } from '@/components/ShareBar';
import { StringsProvider } from '@/components/strings';
import type { Campaign, Lang } from '@/utils/campaign/schema';
import type { Strings } from '@/utils/i18n/strings';

export interface AppProps {
  campaign: Campaign;
  /** The UI strings of the language to show first (the one prerendered for this page). */
  strings: Strings;
  /** Whether the user chose the language (a setting), rather than the browser's interface language. */
  explicitLang?: boolean;
  /** The strings of another language, for the language switch. */
  loadStrings: (lang: Lang) => Promise<Strings>;
  /** Remembers the user's choice. */
  onLangChosen?: (lang: Lang) => void;
  /** A signed update arrived while this popup was open: say so where the date is. */
  updatedJustNow?: boolean;
}

/**
 * The popup, sized for the browsers' 600 px: the case and every donation channel's name in the
 * part that scrolls (when anything is opened), the share buttons and the two actions in a bar that
 * stays at the foot.
 */
export function App({
  campaign,
  strings: initial,
  explicitLang = false,
  loadStrings,
  onLangChosen,
  updatedJustNow,
}: AppProps) {
  const [strings, setStrings] = useState(initial);
  const [explicit, setExplicit] = useState(explicitLang);
  useEffect(() => setStrings(initial), [initial]);
  useEffect(() => setExplicit(explicitLang), [explicitLang]);
  const { t, lang } = strings;

  async function chooseLang(next: Lang) {
    const loaded = await loadStrings(next);
    setStrings(loaded);
    setExplicit(true);
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
            <button
              type="button"
              class="settings"
              aria-label={t('popupSettings')}
              title={t('popupSettings')}
              onClick={() => browser.runtime.openOptionsPage()}
            >
              <svg class="mark" aria-hidden="true" focusable="false" width="18" height="18">
                <use href="#mark-settings" />
              </svg>
            </button>
          </header>
          <main>
            <CaseSummary campaign={campaign} updatedJustNow={updatedJustNow} />
            <DonationList campaign={campaign} />
            <LinkChangeNotices campaign={campaign} />
            <p class="privacy">{t('popupPrivacy')}</p>
          </main>
          <ShareBar campaign={campaign} explicitLang={explicit} />
        </div>
      </Announcer>
    </StringsProvider>
  );
}
