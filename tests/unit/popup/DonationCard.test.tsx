import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BITCOIN_LABEL, BITCOIN_MESSAGE, DonationCard } from '@/components/DonationCard';
import { DonationList } from '@/components/DonationList';
import { bundledCampaign } from '@/utils/campaign/bundled';
import { localize } from '@/utils/campaign/localize';
import type { Donation } from '@/utils/campaign/schema';
import { renderInPopup } from '../../support/render-popup';

const donation = (kind: Donation['kind']) => bundledCampaign.donations.find((d) => d.kind === kind) as Donation;
const card = (d: Donation, props: { open?: boolean } = {}) => (
  <ul>
    <DonationCard donation={d} open={props.open ?? true} onToggle={() => {}} />
  </ul>
);

describe('DonationCard', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows the account in monospace groups that copy back to exactly the account', () => {
    const bitcoin = donation('bitcoin');
    renderInPopup(card(bitcoin));
    const code = document.getElementById(`account-${bitcoin.id}`) as HTMLElement;
    expect(code.tagName).toBe('CODE');
    expect(code.children.length).toBeGreaterThan(1);
    expect(code.textContent).toBe(bitcoin.account);
  });

  it('Bitcoin: a wallet link for the BIP21 URI, and the QR code only when asked for', () => {
    const bitcoin = donation('bitcoin');
    renderInPopup(card(bitcoin));
    const uri = `bitcoin:${bitcoin.account}?label=${encodeURIComponent(BITCOIN_LABEL)}&message=${encodeURIComponent(BITCOIN_MESSAGE)}`;
    expect(screen.getByRole('link', { name: 'Open in wallet' }).getAttribute('href')).toBe(uri);
    expect(screen.queryByRole('img')).toBeNull();
    const show = screen.getByRole('button', { name: 'Show QR code' });
    fireEvent.click(show);
    const qr = screen.getByRole('img', { name: 'QR code of the Bitcoin payment address' });
    expect(qr.getAttribute('data-qr')).toBe(uri);
    expect(qr.querySelector('path')?.getAttribute('d')?.length).toBeGreaterThan(100);
    expect(show.textContent).toBe('Hide QR code');
    expect(show.getAttribute('aria-expanded')).toBe('true');
  });

  it('PayPal: the note to add, with its own Copy', async () => {
    const write = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    renderInPopup(card(donation('paypal')));
    expect(screen.getByText('St. Petersburg and Penza')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /note$/ }));
    await waitFor(() => expect(write).toHaveBeenCalledWith('St. Petersburg and Penza'));
  });

  it('closed: the name is a disclosure button, the details are hidden', () => {
    const yoomoney = donation('yoomoney');
    renderInPopup(card(yoomoney, { open: false }), 'ru');
    const name = screen.getByRole('button', { name: localize(yoomoney.name, 'ru') });
    expect(name.getAttribute('aria-expanded')).toBe('false');
    expect((document.getElementById(name.getAttribute('aria-controls') ?? '') as HTMLElement).hidden).toBe(true);
  });
});

describe('DonationList', () => {
  const names = (lang: 'en' | 'ru') => bundledCampaign.donations.map((d) => localize(d.name, lang));
  const expanded = () =>
    bundledCampaign.donations.map((d) => document.getElementById(`name-${d.id}`)?.getAttribute('aria-expanded'));

  it('every channel by name, all closed; one open at a time', () => {
    renderInPopup(<DonationList campaign={bundledCampaign} />);
    for (const name of names('en')) expect(screen.getByRole('button', { name })).toBeTruthy();
    expect(expanded()).toEqual(['false', 'false', 'false']);
    fireEvent.click(screen.getByRole('button', { name: names('en')[0] }));
    expect(expanded()).toEqual(['true', 'false', 'false']);
    fireEvent.click(screen.getByRole('button', { name: names('en')[2] }));
    expect(expanded()).toEqual(['false', 'false', 'true']);
    fireEvent.click(screen.getByRole('button', { name: names('en')[2] }));
    expect(expanded()).toEqual(['false', 'false', 'false']);
  });

  it('says once, not on every card, when the channels were published, and links to the current details', () => {
    renderInPopup(<DonationList campaign={bundledCampaign} />, 'ru');
    expect(screen.getAllByText(/Опубликовано в призыве/)).toHaveLength(1);
    expect(screen.getByText(/^Опубликовано в призыве: 2018/)).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Актуальные реквизиты' });
    expect(link.getAttribute('href')).toBe(bundledCampaign.donatePage.url);
  });
});
