import { useState } from 'preact/hooks';
import { parseMastodonHost } from '@/utils/share/mastodon-host';
import { t } from './t';

/** The user's Mastodon server, for the popup's "share on Mastodon"; empty forgets it. */
export function MastodonSetting(props: { host: string | null; onHost: (host: string | null) => void }) {
  const [value, setValue] = useState(props.host ?? '');
  const [invalid, setInvalid] = useState(false);
  const save = () => {
    if (value.trim() === '') {
      setInvalid(false);
      return props.onHost(null);
    }
    const host = parseMastodonHost(value);
    setInvalid(!host);
    if (host) {
      setValue(host);
      props.onHost(host);
    }
  };
  return (
    <section class="card" aria-labelledby="mastodon-heading">
      <h2 id="mastodon-heading">Mastodon</h2>
      <label for="mastodon">{t('optionsMastodonLabel')}</label>
      <div class="field">
        <input
          id="mastodon"
          type="text"
          inputMode="url"
          autocomplete="off"
          spellcheck={false}
          placeholder="mastodon.social"
          value={value}
          aria-invalid={invalid}
          aria-describedby="mastodon-hint"
          onInput={(e) => setValue(e.currentTarget.value)}
          onChange={save}
        />
      </div>
      <p id="mastodon-hint" class={invalid ? 'hint error' : 'hint'}>
        {invalid ? t('popupMastodonInvalid') : t('popupMastodonHint')}
      </p>
    </section>
  );
}
