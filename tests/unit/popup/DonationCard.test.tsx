import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BITCOIN_LABEL, BITCOIN_MESSAGE, DonationCard } from '@/components/DonationCard';
import { bundledCampaign } from '@/utils/campaign/bundled';
import type { Donation } from '@/utils/campaign/schema';
import { renderInPopup } from './render-popup';

const donation = (kind: Donation['kind']) => bundledCampaign.donations.find((d) => d.kind === kind) as Donation;
const { donatePage } = bundledCampaign;

describe('DonationCard', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows the account in monospace groups that copy back to exactly the account', () => {
    const bitcoin = donation('bitcoin');
    renderInPopup(<DonationCard donation={bitcoin} donatePage={donatePage} />);
    const code = document.getElementById(`account-${bitcoin.id}`) as HTMLElement;
    expect(code.tagName).toBe('CODE');
    expect(code.children.length).toBeGreaterThan(1);
    expect(code.textContent).toBe(bitcoin.account);
  });

  it('Bitcoin: a QR code and a wallet link for the BIP21 URI', () => {
    const bitcoin = donation('bitcoin');
    renderInPopup(<DonationCard donation={bitcoin} donatePage={donatePage} />);
    const uri = `bitcoin:${bitcoin.account}?label=${encodeURIComponent(BITCOIN_LABEL)}&message=${encodeURIComponent(BITCOIN_MESSAGE)}`;
    expect(screen.getByRole('link', { name: 'Open in wallet' }).getAttribute('href')).toBe(uri);
    const qr = screen.getByRole('img', { name: 'QR code of the Bitcoin payment address' });
    expect(qr.getAttribute('data-qr')).toBe(uri);
    expect(qr.querySelector('path')?.getAttribute('d')?.length).toBeGreaterThan(100);
  });

  it('PayPal: the note to add, with its own Copy', async () => {
    const write = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const paypal = donation('paypal');
    renderInPopup(<DonationCard donation={paypal} donatePage={donatePage} />);
    expect(screen.getByText('St. Petersburg and Penza')).toBeTruthy();
    const copyNote = screen.getByRole('button', { name: /note$/ });
    fireEvent.click(copyNote);
    await waitFor(() => expect(write).toHaveBeenCalledWith('St. Petersburg and Penza'));
  });

  it('says when the channel was published, in the popup’s language, and links to the current details', () => {
    renderInPopup(<DonationCard donation={donation('yoomoney')} donatePage={donatePage} />, 'ru');
    expect(screen.getByText('Опубликовано в призыве: 2018')).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Актуальные реквизиты' });
    expect(link.getAttribute('href')).toBe(donatePage.url);
  });

  it.each([
    ['bitcoin', '1EKGZT2iMjNKHz8oVt7svXpUdcPAXkRBAh'],
    ['yoomoney', '41001160378988'],
    ['paypal', 'not-an-address'],
  ] as const)('%s with a failing checksum: no account, no Copy, no QR, a warning instead', (kind, account) => {
    const broken = { ...donation(kind), account } as Donation;
    const { container } = renderInPopup(<DonationCard donation={broken} donatePage={donatePage} />);
    const card = container.querySelector('article') as HTMLElement;
    expect(card.textContent).not.toContain(account);
    expect(within(card).queryByRole('button')).toBeNull();
    expect(card.querySelector('svg, a[href^="bitcoin:"]')).toBeNull();
    expect(within(card).getByRole('note').textContent).toMatch(/failed its checksum test.*Do not send money/);
  });
});
