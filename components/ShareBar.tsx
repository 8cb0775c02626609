// Without the webextension-polyfill (about 3 KB gzipped): MV3's chrome.* and Firefox's browser.* both return promises.
import { browser } from '@wxt-dev/browser';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { activeTabId, InsertButton } from '@/components/InsertButton';
import { MastodonInstanceForm } from '@/components/MastodonInstanceForm';
import { MessagePreview } from '@/components/MessagePreview';
import { countChars, firstLang, firstVariant, roomFor } from '@/components/message-choice';
import { SafetyNote } from '@/components/SafetyNote';
import { useStrings } from '@/components/strings';
import { type Campaign, type Lang, VARIANTS, type Variant } from '@/utils/campaign/schema';
import { copyText } from '@/utils/clipboard/copy-text';
import { type PlaceProbe, readPlaceReply } from '@/utils/insert/place-reply';
import { renderMessage } from '@/utils/message/render';
import { parseMastodonHost } from '@/utils/share/mastodon-host';
import { NETWORKS, type Network, shareLink } from '@/utils/share/share-link';
import { defaultVariant, mastodonInstance } from '@/utils/storage/items';

/** Brand names stay as they are; only "E-mail" is translated. */
const BRAND_NAMES: Record<Exclude<Network, 'email'>, string> = {
  x: 'X',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  telegram: 'Telegram',
  vk: 'VK',
  whatsapp: 'WhatsApp',
};

async function savedMastodonHost(): Promise<string | null> {
  const value = await mastodonInstance.getValue();
  return value === null ? null : parseMastodonHost(value);
}

/** Asks the background what the focused field of the active tab is (contract 3); null when it cannot say. */
async function probePlace(): Promise<PlaceProbe | null> {
  try {
    const tabId = await activeTabId();
    if (tabId === undefined) return null;
    return readPlaceReply(await browser.runtime.sendMessage({ type: 'probe-place', tabId }));
  } catch {
    return null;
  }
}

/**
 * The action bar, always in view at the popup's foot: the networks' share pages, the message that
 * Copy and Insert will use (version, length against the field's room, language), and both actions.
 */
export function ShareBar({ campaign, explicitLang = false }: { campaign: Campaign; explicitLang?: boolean }) {
  const { t, lang: ui } = useStrings();
  const [status, setStatus] = useState('');
  const [asking, setAsking] = useState<string | null>(null);
  const [manualCopy, setManualCopy] = useState<string | null>(null);
  const [probe, setProbe] = useState<PlaceProbe | null>(null);
  const [setting, setSetting] = useState<Variant | null>(null);
  const [pickedVariant, pickVariant] = useState<Variant | null>(null);
  const [pickedLang, pickLang] = useState<Lang | null>(null);
  const manualRef = useRef<HTMLTextAreaElement>(null);
  // The button that opened the Mastodon form gets the focus back when it closes, so a keyboard user is not sent to the top.
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    void probePlace().then(setProbe);
    void defaultVariant.getValue().then(setSetting);
  }, []);

  const lang = pickedLang ?? firstLang(ui, explicitLang, probe);
  const texts = useMemo(
    () =>
      Object.fromEntries(
        VARIANTS.map((v) => [v, renderMessage(campaign, { lang, variant: v, format: 'text' })]),
      ) as Record<Variant, string>,
    [campaign, lang],
  );
  const lengths = useMemo(
    () => Object.fromEntries(VARIANTS.map((v) => [v, countChars(texts[v])])) as Record<Variant, number>,
    [texts],
  );
  const variant = pickedVariant ?? firstVariant(probe, lengths, setting);

  const ask = (initial: string) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setAsking(initial);
  };
  const closeForm = () => {
    setAsking(null);
    opener.current?.focus();
  };
  const name = (network: Network) => (network === 'email' ? t('popupEmail') : BRAND_NAMES[network]);

  async function open(network: Network, host?: string) {
    setStatus('');
    await browser.tabs.create({ url: shareLink(network, campaign, ui, host) });
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
    const message = texts[variant];
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
      <h2 id="share-heading" class="visually-hidden">
        {t('popupShareHeading')}
      </h2>
      <ul class="networks">
        {NETWORKS.map((network) => (
          <li key={network}>
            <button
              type="button"
              class={`network network-${network}`}
              aria-label={t('popupShareOn', name(network))}
              title={t('popupShareOn', name(network))}
              onClick={() => share(network)}
            >
              {/* The network's mark, from the sprite the build puts in popup.html (scripts/share-marks.ts). */}
              <svg class="mark" aria-hidden="true" focusable="false" width="20" height="20">
                <use href={`#mark-${network}`} />
              </svg>
            </button>
          </li>
        ))}
      </ul>
      <SafetyNote />
      {asking !== null && <MastodonInstanceForm initial={asking} onHost={shareOnHost} onCancel={closeForm} />}
      <MessagePreview
        variant={variant}
        lang={lang}
        lengths={lengths}
        room={roomFor(probe)}
        onVariant={pickVariant}
        onLang={pickLang}
      />
      {manualCopy !== null && (
        <textarea ref={manualRef} class="manual-copy" readOnly rows={5} aria-label={t('popupCopyMessage')}>
          {manualCopy}
        </textarea>
      )}
      <div class="status-row">
        <p class="status" role="status">
          {status}
        </p>
        <button type="button" class="link-button" onClick={async () => ask((await savedMastodonHost()) ?? '')}>
          {t('popupMastodonChange')}
        </button>
      </div>
      {/* Last, at the popup's foot: what grows above (a status, an offer) never moves these two. */}
      <div class="actions">
        <button type="button" class="action" onClick={copyMessage}>
          {t('popupCopyMessage')}
        </button>
        <InsertButton onStatus={setStatus} variant={variant} lang={lang} />
      </div>
    </section>
  );
}
