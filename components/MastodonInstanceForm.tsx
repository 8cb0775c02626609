import { useState } from 'preact/hooks';
import { useStrings } from '@/components/strings';
import { parseMastodonHost } from '@/utils/share/mastodon-host';

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
  const [value, setValue] = useState(initial);
  const [invalid, setInvalid] = useState(false);
  function submit(event: Event) {
    event.preventDefault();
    const host = parseMastodonHost(value);
    setInvalid(!host);
    if (host) onHost(host);
  }
  return (
    <form class="mastodon-form" onSubmit={submit}>
      <label for="mastodon-host">{t('popupMastodonAsk')}</label>
      <div class="field">
        <input
          id="mastodon-host"
          type="text"
          inputMode="url"
          autocomplete="off"
          spellcheck={false}
          placeholder="mastodon.social"
          value={value}
          aria-invalid={invalid}
          aria-describedby="mastodon-hint"
          // biome-ignore lint/a11y/noAutofocus: the form opens on the user's click and asks exactly this
          autoFocus
          onInput={(event) => setValue(event.currentTarget.value)}
        />
        <button type="submit" class="primary">
          {t('popupMastodonShare')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('popupCancel')}
        </button>
      </div>
      <p id="mastodon-hint" class={invalid ? 'hint error' : 'hint'}>
        {invalid ? t('popupMastodonInvalid') : t('popupMastodonHint')}
      </p>
    </form>
  );
}
