import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ShareBar } from '@/components/ShareBar';
import { bundledCampaign } from '@/utils/campaign/bundled';
import { renderMessage } from '@/utils/message/render';
import { shareLink } from '@/utils/share/share-link';
import { mastodonInstance } from '@/utils/storage/items';
import { renderInPopup } from '../../support/render-popup';

describe('ShareBar', () => {
  let opened: string[];
  beforeEach(() => {
    fakeBrowser.reset();
    opened = [];
    vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation(async ({ url }) => {
      opened.push(url ?? '');
      return {} as never;
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['Share on X', 'x'],
    ['Share on Bluesky', 'bluesky'],
    ['Share on Telegram', 'telegram'],
    ['Share on VK', 'vk'],
    ['Share on WhatsApp', 'whatsapp'],
    ['Share on E-mail', 'email'],
  ] as const)('"%s" opens the network’s share page in a new tab', async (name, network) => {
    renderInPopup(<ShareBar campaign={bundledCampaign} />);
    fireEvent.click(screen.getByRole('button', { name }));
    await waitFor(() => expect(opened).toEqual([shareLink(network, bundledCampaign, 'en')]));
  });

  it('shares in the popup’s language', async () => {
    renderInPopup(<ShareBar campaign={bundledCampaign} />, 'ru');
    fireEvent.click(screen.getByRole('button', { name: 'Поделиться: X' }));
    await waitFor(() => expect(opened).toEqual([shareLink('x', bundledCampaign, 'ru')]));
  });

  it('Mastodon asks for the instance once, refuses a bad host, remembers a good one', async () => {
    renderInPopup(<ShareBar campaign={bundledCampaign} />);
    fireEvent.click(screen.getByRole('button', { name: 'Share on Mastodon' }));
    const input = (await screen.findByLabelText('Your Mastodon instance')) as HTMLInputElement;
    expect(opened).toEqual([]);

    fireEvent.input(input, { target: { value: 'http://evil.example/x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText(/not a server address/)).toBeTruthy();
    expect(opened).toEqual([]);

    fireEvent.input(input, { target: { value: '@me@Social.Example.org' } });
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    await waitFor(() => expect(opened).toEqual([shareLink('mastodon', bundledCampaign, 'en', 'social.example.org')]));
    expect(await mastodonInstance.getValue()).toBe('social.example.org');
    expect(screen.queryByLabelText('Your Mastodon instance')).toBeNull();

    // Asked once: the next share goes straight to the remembered instance.
    fireEvent.click(screen.getByRole('button', { name: 'Share on Mastodon' }));
    await waitFor(() => expect(opened).toHaveLength(2));
    expect(opened[1]?.startsWith('https://social.example.org/share?text=')).toBe(true);
  });

  it('by keyboard: the form takes the focus, Escape closes it and gives the focus back to the button that opened it', async () => {
    renderInPopup(<ShareBar campaign={bundledCampaign} />);
    const mastodon = screen.getByRole('button', { name: 'Share on Mastodon' });
    mastodon.focus();
    fireEvent.click(mastodon);
    const input = await screen.findByLabelText('Your Mastodon instance');
    await waitFor(() => expect(document.activeElement).toBe(input));
    fireEvent.keyDown(input, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByLabelText('Your Mastodon instance')).toBeNull());
    expect(document.activeElement).toBe(mastodon);

    const change = screen.getByRole('button', { name: 'Mastodon instance…' });
    change.focus();
    fireEvent.click(change);
    await screen.findByLabelText('Your Mastodon instance');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(change));
    expect(opened).toEqual([]);
  });

  it('a remembered instance that is not a valid host is asked again', async () => {
    await mastodonInstance.setValue('javascript:alert(1)');
    renderInPopup(<ShareBar campaign={bundledCampaign} />);
    fireEvent.click(screen.getByRole('button', { name: 'Share on Mastodon' }));
    await screen.findByLabelText('Your Mastodon instance');
    expect(opened).toEqual([]);
  });

  it('"Copy message" copies the standard message and says so', async () => {
    const write = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    renderInPopup(<ShareBar campaign={bundledCampaign} />, 'de');
    fireEvent.click(screen.getByRole('button', { name: 'Nachricht kopieren' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Nachricht kopiert'));
    expect(write).toHaveBeenCalledWith(
      renderMessage(bundledCampaign, { lang: 'de', variant: 'standard', format: 'text' }),
    );
  });

  it('"Copy message" refused: the message appears selected for Ctrl+C', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    renderInPopup(<ShareBar campaign={bundledCampaign} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy message' }));
    const area = (await screen.findByRole('textbox', { name: 'Copy message' })) as HTMLTextAreaElement;
    expect(area.value).toBe(renderMessage(bundledCampaign, { lang: 'en', variant: 'standard', format: 'text' }));
    await waitFor(() => expect(area.selectionEnd - area.selectionStart).toBe(area.value.length));
    expect(screen.getByRole('status').textContent).toMatch(/Ctrl\+C/);
  });
});
