import { useStrings } from '@/components/strings';
import type { Strings } from '@/utils/i18n/strings';
import type { LastCheck } from '@/utils/storage/update-state';

/** The last check in the user's language; a record from before reason codes says its English reason. */
function describeCheck(last: LastCheck | null, { t }: Strings): string {
  if (!last) return t('optionsLastCheckNever');
  const when = new Date(last.at).toLocaleString();
  const what = last.code ? t(`optionsReason_${last.code}`) : last.reason;
  return t(last.ok ? 'optionsLastCheckOk' : 'optionsLastCheckRefused', when, what);
}

/** Signed updates on or off, and what the last check found; a build without a feed says it never connects. */
export function UpdatesSetting(props: {
  feedUrl: string;
  enabled: boolean;
  last: LastCheck | null;
  checking: boolean;
  onEnabled: (enabled: boolean) => void;
  onCheckNow: () => void;
}) {
  const strings = useStrings();
  const { t } = strings;
  return (
    <section class="card" aria-labelledby="updates-heading">
      <h2 id="updates-heading">{t('optionsUpdatesHeading')}</h2>
      {props.feedUrl ? (
        <>
          <label class="check">
            <input
              id="updates"
              type="checkbox"
              checked={props.enabled}
              onChange={(e) => props.onEnabled(e.currentTarget.checked)}
            />
            <span>{t('optionsUpdatesToggle')}</span>
          </label>
          <p class="hint">{t('optionsUpdatesHelp', new URL(props.feedUrl).host)}</p>
          <p id="last-check" class={props.last && !props.last.ok ? 'warning' : 'status'} aria-live="polite">
            {describeCheck(props.last, strings)}
          </p>
          {props.last?.code && (
            // The specifics (status, field, versions) a maintainer needs, as the check wrote them.
            <details class="check-detail">
              <summary>{t('optionsCheckDetail')}</summary>
              <code lang="en">{props.last.reason}</code>
            </details>
          )}
          <button type="button" id="check-now" onClick={props.onCheckNow} disabled={!props.enabled || props.checking}>
            {t('optionsCheckNow')}
          </button>
        </>
      ) : (
        <p class="hint" id="no-feed">
          {t('optionsUpdatesNone')}
        </p>
      )}
    </section>
  );
}
