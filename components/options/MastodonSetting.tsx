import { MastodonHostField, useMastodonHost } from '@/components/MastodonHostField';
import { useStrings } from '@/components/strings';

/** The user's Mastodon server, for the popup's "share on Mastodon"; empty forgets it. */
export function MastodonSetting(props: { host: string | null; onHost: (host: string | null) => void }) {
  const { t } = useStrings();
  const field = useMastodonHost(props.host ?? '');
  const save = () => {
    if (field.value.trim() === '') {
      field.clearError();
      return props.onHost(null);
    }
    const host = field.check();
    if (host) props.onHost(host);
  };
  return (
    <section class="card" aria-labelledby="mastodon-heading">
      <h2 id="mastodon-heading">Mastodon</h2>
      <MastodonHostField id="mastodon" label={t('optionsMastodonLabel')} t={t} field={field} onChange={save} />
    </section>
  );
}
