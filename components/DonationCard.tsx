import { useState } from 'preact/hooks';
import { AccountValue } from '@/components/AccountValue';
import { ChangeNotice } from '@/components/ChangeNotice';
import { CopyButton } from '@/components/CopyButton';
import { QrCode } from '@/components/QrCode';
import { useStrings } from '@/components/strings';
import { localize } from '@/utils/campaign/localize';
import type { Donation } from '@/utils/campaign/schema';
import { checkedBip21Uri } from '@/utils/donate/bip21-uri';

// What a wallet stores with the payment: short, plain ASCII (a small QR code) and
// naming no case or place, since a wallet's history may be seen by others.
export const BITCOIN_LABEL = 'Legal defence fund';
export const BITCOIN_MESSAGE = 'Solidarity donation';

interface DonationCardProps {
  donation: Donation;
  /** Whether its details are shown; the list opens one channel at a time. */
  open: boolean;
  onToggle: () => void;
}

const byId = (id: string) => () => document.getElementById(id);

/**
 * One donation channel: its name is a disclosure button, so every channel's name fits the popup
 * at once; opened, the account to copy by button or by eye, and for Bitcoin a QR code on demand.
 * The popup shows only campaigns whose addresses passed their checksums where the campaign was
 * accepted (the build, or a signed update, verified on every read: utils/campaign/validate.ts).
 */
export function DonationCard({ donation, open, onToggle }: DonationCardProps) {
  const { t, lang } = useStrings();
  const [qr, setQr] = useState(false);
  const name = localize(donation.name, lang);
  const { id } = donation;
  const accountId = `account-${id}`;
  const noteId = `note-${id}`;
  const uri =
    donation.kind === 'bitcoin'
      ? checkedBip21Uri(donation.account, { label: BITCOIN_LABEL, message: BITCOIN_MESSAGE })
      : null;

  return (
    <li class={`card card-${donation.kind}${open ? ' open' : ''}`}>
      <h3>
        <button
          type="button"
          class="channel"
          id={`name-${id}`}
          aria-expanded={open}
          aria-controls={`channel-${id}`}
          onClick={onToggle}
        >
          <span class="channel-name">{name}</span>
          <span class="chevron" aria-hidden="true" />
        </button>
      </h3>
      {/* Outside the closed part: a changed address is flagged whether the channel is open or not. */}
      <ChangeNotice subject={`donation:${id}`} />
      <div class="channel-body" id={`channel-${id}`} hidden={!open}>
        <div class="field">
          <AccountValue value={donation.account} id={accountId} />
          <CopyButton value={donation.account} what={t('popupWhatAccount', name)} target={byId(accountId)} />
        </div>
        {donation.note && (
          <div class="field note">
            <span class="note-label" id={`${noteId}-label`}>
              {t('popupNoteLabel')}
            </span>
            <code class="note-value" id={noteId}>
              {donation.note}
            </code>
            <CopyButton value={donation.note} what={t('popupWhatNote', name)} target={byId(noteId)} />
          </div>
        )}
        {uri && (
          <div class="qr-row">
            {qr && <QrCode data={uri} label={t('popupQrLabel')} />}
            <div class="qr-text">
              {qr && <p>{t('popupQrHint')}</p>}
              <button type="button" class="link-button" aria-expanded={qr} onClick={() => setQr(!qr)}>
                {t(qr ? 'popupHideQr' : 'popupShowQr')}
              </button>
              <a class="wallet-link" href={uri}>
                {t('popupOpenWallet')}
              </a>
            </div>
          </div>
        )}
      </div>
    </li>
  );
}
