import { AccountValue } from '@/components/AccountValue';
import { ChangeNotice } from '@/components/ChangeNotice';
import { CopyButton } from '@/components/CopyButton';
import { formatDate } from '@/components/dates';
import { QrCode } from '@/components/QrCode';
import { useStrings } from '@/components/strings';
import { localize } from '@/utils/campaign/localize';
import type { Campaign, Donation } from '@/utils/campaign/schema';
import { checkAddress } from '@/utils/donate/address';
import { bip21Uri } from '@/utils/donate/bip21';

// What a wallet stores with the payment: short, plain ASCII (a small QR code) and
// naming no case or place, since a wallet's history may be seen by others.
export const BITCOIN_LABEL = 'Legal defence fund';
export const BITCOIN_MESSAGE = 'Solidarity donation';

interface DonationCardProps {
  donation: Donation;
  donatePage: Campaign['donatePage'];
}

const byId = (id: string) => () => document.getElementById(id);

/** One donation channel: its account to copy by button or by eye, when it was published, and where to check it is current. */
export function DonationCard({ donation, donatePage }: DonationCardProps) {
  const { t, lang } = useStrings();
  const name = localize(donation.name, lang);
  const valid = checkAddress(donation.kind, donation.account);
  const accountId = `account-${donation.id}`;
  const noteId = `note-${donation.id}`;
  const uri =
    donation.kind === 'bitcoin' && valid
      ? bip21Uri(donation.account, { label: BITCOIN_LABEL, message: BITCOIN_MESSAGE })
      : null;

  return (
    <article class={`card card-${donation.kind}`} aria-labelledby={`name-${donation.id}`}>
      <h3 id={`name-${donation.id}`}>{name}</h3>
      <ChangeNotice subject={`donation:${donation.id}`} />
      {valid ? (
        <div class="field">
          <AccountValue value={donation.account} id={accountId} />
          <CopyButton value={donation.account} what={t('popupWhatAccount', name)} target={byId(accountId)} />
        </div>
      ) : (
        <p class="warning" role="note">
          {t('popupInvalidAddress')}
        </p>
      )}
      {valid && donation.note && (
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
          <QrCode data={uri} label={t('popupQrLabel')} />
          <div class="qr-text">
            <p>{t('popupQrHint')}</p>
            <a class="wallet-link" href={uri}>
              {t('popupOpenWallet')}
            </a>
          </div>
        </div>
      )}
      <p class="meta">
        <span>{t('popupPublished', formatDate(donation.published, lang))}</span> ·{' '}
        <a href={donatePage.url} target="_blank" rel="noopener noreferrer">
          {t('popupCurrentDetails')}
        </a>
      </p>
    </article>
  );
}
