// Without the webextension-polyfill (about 3 KB gzipped): MV3's chrome.* and Firefox's browser.* both return promises.
import { browser } from '@wxt-dev/browser';
import { useRef, useState } from 'preact/hooks';
import { InsertButton } from '@/components/InsertButton';
import { MastodonInstanceForm } from '@/components/MastodonInstanceForm';
import { type MessageKey, useStrings } from '@/components/strings';
import type { Campaign } from '@/utils/campaign/schema';
import { copyText } from '@/utils/clipboard/copy-text';
import { renderMessage } from '@/utils/message/render';
import { parseMastodonHost } from '@/utils/share/mastodon-host';
import { NETWORKS, type Network, shareLink } from '@/utils/share/share-link';
import { mastodonInstance } from '@/utils/storage';

/** Brand names stay as they are; only "E-mail" is translated. */
const NETWORK_NAMES: Record<Network, string | MessageKey> = {
  x: 'X',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  telegram: 'Telegram',
  vk: 'VK',
  whatsapp: 'WhatsApp',
  email: 'popupEmail',
};

async function savedMastodonHost(): Promise<string | null> {
  const value = await mastodonInstance.getValue().catch(() => null);
  return typeof value === 'string' ? parseMastodonHost(value) : null;
}

/** Spreading the call: each network's own share page in a new tab, the message to copy, or inserted into the page. */
export function ShareBar({ campaign }: { campaign: Campaign }) {
  const { t, lang } = useStrings();
  const [status, setStatus] = useState('');
  const [asking, setAsking] = useState<string | null>(null);
  const [manualCopy, setManualCopy] = useState<string | null>(null);
  const manualRef = useRef<HTMLTextAreaElement>(null);
  // The button that opened the Mastodon form gets the focus back when it closes, so a keyboard user is not sent to the top.
  const opener = useRef<HTMLElement | null>(null);
  const ask = (initial: string) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setAsking(initial);
  };
  const closeForm = () => {
    setAsking(null);
    opener.current?.focus();
  };
  const name = (network: Network) => {
    const label = NETWORK_NAMES[network];
    return label.startsWith('popup') ? t(label as MessageKey) : label;
  };

  async function open(network: Network, host?: string) {
    setStatus('');
    await browser.tabs.create({ url: shareLink(network, campaign, lang, host) });
  }

  async function share(network: Network) {
    if (network !== 'mastodon') return open(network);
    const host = await savedMastodonHost();
    if (host) return open(network, host);
    ask('');
  }

  async function shareOnHost(host: string) {
    closeForm();
    await mastodonInstance.setValue(host);
    await open('mastodon', host);
  }

  async function copyMessage() {
    const message = renderMessage(campaign, { lang, variant: 'standard', format: 'text' });
    if (await copyText(message)) {
      setManualCopy(null);
      setStatus(t('popupMessageCopied'));
    } else {
      setManualCopy(message);
      setStatus(t('popupCopyFailed'));
      // The textarea exists after this render; select it for Ctrl+C.
      setTimeout(() => manualRef.current?.select());
    }
  }

  return (
    <section class="share" aria-labelledby="share-heading">
      <h2 id="share-heading">{t('popupShareHeading')}</h2>
      <ul class="networks">
        {NETWORKS.map((network) => (
          <li key={network}>
            <button
              type="button"
              class={`network network-${network}`}
              aria-label={t('popupShareOn', name(network))}
              onClick={() => share(network)}
            >
              {name(network)}
            </button>
          </li>
        ))}
      </ul>
      {asking !== null && <MastodonInstanceForm initial={asking} onHost={shareOnHost} onCancel={closeForm} />}
      <div class="actions">
        <button type="button" class="action" onClick={copyMessage}>
          {t('popupCopyMessage')}
        </button>
        <InsertButton onStatus={setStatus} />
      </div>
      {manualCopy !== null && (
        <textarea ref={manualRef} class="manual-copy" readOnly rows={5} aria-label={t('popupCopyMessage')}>
          {manualCopy}
        </textarea>
      )}
      <p class="status" role="status">
        {status}
      </p>
      <button type="button" class="link-button" onClick={async () => ask((await savedMastodonHost()) ?? '')}>
        {t('popupMastodonChange')}
      </button>
    </section>
  );
}
