import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { countChars } from '@/components/message-choice';
import { ShareBar } from '@/components/ShareBar';
import { bundledCampaign } from '@/utils/campaign/bundled';
import { renderMessage } from '@/utils/message/render';
import { renderInPopup } from '../../support/render-popup';

const text = (lang: 'en' | 'ru', variant: 'short' | 'standard' | 'long') =>
  renderMessage(bundledCampaign, { lang, variant, format: 'text' });

describe('the message preview', () => {
  let probe: unknown;
  let sent: unknown[];
  beforeEach(() => {
    fakeBrowser.reset();
    probe = undefined;
    sent = [];
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, active: true }] as never);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message);
      return (message as { type: string }).type === 'probe-place' ? probe : { ok: true, inserted: true };
    });
  });
  afterEach(() => vi.restoreAllMocks());

  const version = () => screen.getByRole('combobox') as HTMLSelectElement;

  it('without an answer from the page: the standard version, its length, in the popup’s language', async () => {
    renderInPopup(<ShareBar campaign={bundledCampaign} />);
    await waitFor(() => expect(sent).toContainEqual({ type: 'probe-place', tabId: 7 }));
    expect(version().value).toBe('standard');
    expect(screen.getByText(`${countChars(text('en', 'standard'))} characters`)).toBeTruthy();
    expect(screen.getByText('Message: English')).toBeTruthy();
  });

  it('a place with a limit: the longest version that fits, measured against it; another can be picked, and Copy and Insert use it', async () => {
    const write = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    probe = { ok: true, place: 'x', limit: 280, fieldKind: 'rich' };
    renderInPopup(<ShareBar campaign={bundledCampaign} />);
    await waitFor(() => expect(version().value).toBe('short'));
    expect(screen.getByText(`${countChars(text('en', 'short'))} of 280 characters`)).toBeTruthy();

    fireEvent.change(version(), { target: { value: 'long' } });
    expect(screen.getByText(/of 280 characters · too long here$/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Copy message' }));
    await waitFor(() => expect(write).toHaveBeenCalledWith(text('en', 'long')));
    fireEvent.click(screen.getByRole('button', { name: 'Insert into page' }));
    await waitFor(() => expect(sent).toContainEqual({ type: 'insert-call', tabId: 7, variant: 'long', lang: 'en' }));
  });

  it('the page is told another language: the message follows it, and the popup’s language is one click away', async () => {
    probe = { ok: true, place: 'unknown', limit: null, fieldKind: 'textarea', pageLang: 'en' };
    renderInPopup(<ShareBar campaign={bundledCampaign} />, 'ru');
    await screen.findByText('Сообщение: English');
    fireEvent.click(screen.getByRole('button', { name: 'Вставить по-русски' }));
    expect(screen.getByText('Сообщение: Русский')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Вставить по-русски' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Вставить на страницу' }));
    await waitFor(() => expect(sent).toContainEqual({ type: 'insert-call', tabId: 7, variant: 'long', lang: 'ru' }));
  });

  it('a language the user chose wins over the page’s', async () => {
    probe = { ok: true, place: 'unknown', limit: null, pageLang: 'en' };
    renderInPopup(<ShareBar campaign={bundledCampaign} explicitLang />, 'ru');
    await waitFor(() => expect(sent).toContainEqual({ type: 'probe-place', tabId: 7 }));
    expect(screen.getByText('Сообщение: Русский')).toBeTruthy();
  });

  it('the options’ default version is what the preview starts from', async () => {
    await fakeBrowser.storage.local.set({ defaultVariant: 'short' });
    renderInPopup(<ShareBar campaign={bundledCampaign} />);
    await waitFor(() => expect(version().value).toBe('short'));
  });
});
