import { MastodonHostField, useMastodonHost } from '@/components/MastodonHostField';
import { useStrings } from '@/components/strings';

/** Asks for the user's Mastodon instance once; only a well-formed host is accepted. */
export function MastodonInstanceForm({
  initial,
  onHost,
  onCancel,
}: {
  initial: string;
  onHost: (host: string) => void;
  onCancel: () => void;
}) {
  const { t } = useStrings();
  const field = useMastodonHost(initial);
  function submit(event: Event) {
    event.preventDefault();
    const host = field.check();
    if (host) onHost(host);
  }
  return (
    <form
      class="card mastodon-form"
      onSubmit={submit}
      // Escape closes the form first; a second Escape closes the popup as usual.
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onCancel();
      }}
    >
      <MastodonHostField id="mastodon-host" label={t('popupMastodonAsk')} t={t} field={field} autoFocus>
        <button type="submit" class="primary">
          {t('popupMastodonShare')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('popupCancel')}
        </button>
      </MastodonHostField>
    </form>
  );
}
