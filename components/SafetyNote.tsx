import { useStrings } from '@/components/strings';
import type { Lang } from '@/utils/campaign/schema';
import type { MessageKey } from '@/utils/i18n/strings';

const KEY: MessageKey = 'popupSafetyNote';

/**
 * A calm note where people share: in Russian for readers in Russia (a Russian court
 * declared "Network" a terrorist organisation; posting support can carry legal risk).
 * In the other languages the same key speaks to people sharing with readers in
 * Russia; it shows only where the popup asks for it (`forOthers`). Informs, never blocks.
 */
export function SafetyNote({ lang: wanted, forOthers = false }: { lang?: Lang; forOthers?: boolean }) {
  const { t, lang: uiLang } = useStrings();
  const lang = wanted ?? uiLang;
  if (lang !== 'ru' && !forOthers) return null;
  // One line until opened, so in the popup's 600 px the note does not push the channels out of view.
  return (
    <div class="safety-note" role="note" lang={uiLang}>
      <details>
        <summary>
          <span class="safety-mark" aria-hidden="true">
            ⚠︎{' '}
          </span>
          {t(KEY)}
        </summary>
      </details>
    </div>
  );
}
