import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/components/App';
import { DonationCard } from '@/components/DonationCard';
import { bundledCampaign } from '@/utils/campaign/bundled';
import type { Campaign, Donation } from '@/utils/campaign/schema';
import { loadChangeNotices } from '@/utils/campaign-in-use/change-notices';
import { changeNotices } from '@/utils/storage/items';
import { renderInPopup, stringsFor } from '../../support/render-popup';
import { OTHER_BITCOIN } from '../../support/signed-feeds';

const bitcoin = bundledCampaign.donations.find((d) => d.kind === 'bitcoin') as Donation;
const { donatePage } = bundledCampaign;

beforeEach(() => {
  fakeBrowser.reset();
  vi.stubEnv('FEED_URL', 'https://feed.example/feed.json');
});

describe('a change notice on the card', () => {
  it('shows the old account beside the new, in the popup’s language, until dismissed', async () => {
    await changeNotices.setValue([
      { subject: 'donation:bitcoin', before: bitcoin.account, after: OTHER_BITCOIN, on: '2026-03-05', at: Date.now() },
    ]);
    renderInPopup(<DonationCard donation={{ ...bitcoin, account: OTHER_BITCOIN }} open onToggle={() => {}} />, 'de');
    const note = await screen.findByRole('note');
    expect(note.textContent).toContain('Am 5. März 2026 durch ein signiertes Update geändert');
    expect(note.textContent).toContain(`Vorher${bitcoin.account}`);
    expect(note.textContent).toContain(`Jetzt${OTHER_BITCOIN}`);
    fireEvent.click(screen.getByRole('button', { name: 'Verstanden' }));
    await waitFor(() => expect(screen.queryByRole('note')).toBeNull());
    expect(await loadChangeNotices()).toEqual(new Map());
  });

  it('says nothing once the week is over', async () => {
    const eightDays = 8 * 24 * 60 * 60 * 1000;
    await changeNotices.setValue([
      { subject: 'donation:bitcoin', before: 'x', after: OTHER_BITCOIN, on: '2026-03-05', at: Date.now() - eightDays },
    ]);
    renderInPopup(<DonationCard donation={bitcoin} open onToggle={() => {}} />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText(/Changed on/)).toBeNull();
  });

  it('a donation id like "constructor" or "__proto__" is just a key: the popup renders', async () => {
    const campaign = structuredClone(bundledCampaign) as Campaign;
    const [first, second] = campaign.donations as [Donation, Donation];
    first.id = 'constructor';
    second.id = '__proto__';
    await changeNotices.setValue([
      {
        subject: 'donatePage',
        before: donatePage.url,
        after: 'https://example.org/d',
        on: '2026-03-05',
        at: Date.now(),
      },
    ]);
    const strings = stringsFor('en');
    renderInPopup(<App campaign={campaign} strings={strings} loadStrings={async () => strings} />);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(campaign.donations.length);
    const note = await screen.findByRole('note');
    expect(note.textContent).toContain('Current details: Changed on 5 March 2026 by a signed update');
    expect(note.textContent).toContain('https://example.org/d');
  });
});
