import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ShareBar } from '@/components/ShareBar';
import { bundledCampaign } from '@/utils/campaign/bundled';
import { renderInPopup } from './render-popup';

describe('Insert into page', () => {
  let sent: unknown[];
  beforeEach(() => {
    fakeBrowser.reset();
    sent = [];
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 42, active: true }] as never);
  });
  afterEach(() => vi.restoreAllMocks());

  function answer(response: unknown) {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message);
      return response;
    });
  }

  it('asks the background to insert into the active tab and says it did', async () => {
    answer({ ok: true });
    renderInPopup(<ShareBar campaign={bundledCampaign} />);
    fireEvent.click(screen.getByRole('button', { name: 'Insert into page' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Inserted into the page'));
    expect(sent).toEqual([{ type: 'insert-call', tabId: 42 }]);
    expect(fakeBrowser.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  it('shows the reason the background gives for not inserting', async () => {
    answer({ ok: false, reason: 'This page does not allow extensions.' });
    renderInPopup(<ShareBar campaign={bundledCampaign} />, 'nl');
    fireEvent.click(screen.getByRole('button', { name: 'Invoegen in pagina' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Invoegen mislukt: This page does not allow extensions.'),
    );
  });

  it('no answer at all still ends in a clear message', async () => {
    answer(undefined);
    renderInPopup(<ShareBar campaign={bundledCampaign} />);
    fireEvent.click(screen.getByRole('button', { name: 'Insert into page' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(/^Could not insert: click into a text field/),
    );
  });
});
