import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, OptionsApp } from '@/components/options/OptionsApp';
import { bundledCampaign } from '@/utils/campaign/bundled';
import { renderMessage } from '@/utils/message/render';
import { customTemplate, langSetting, mastodonInstance } from '@/utils/storage/items';
import { updatesEnabled } from '@/utils/storage/update-state';
import { renderInOptions } from './render-options';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
});

afterEach(() => {
  cleanup();
  vi.unstubAllEnvs();
});

const link = bundledCampaign.links[0]!.id;
const editor = () => document.getElementById('template') as HTMLTextAreaElement;
const typeTemplate = (text: string) => fireEvent.input(editor(), { target: { value: text } });

describe('the options page', () => {
  it('shows the campaign text in every preview until the user writes their own', async () => {
    renderInOptions(<OptionsApp initial={await loadSettings()} />);
    const text = document.querySelector('pre[data-format="text"]')?.textContent;
    expect(text).toBe(renderMessage(bundledCampaign, { lang: 'en', variant: 'standard', format: 'text' }));
    expect(screen.getByText('optionsTemplateUsingCampaign')).toBeTruthy();
  });

  it('saves valid wording as it is typed, with lengths per network and the preview updated', async () => {
    renderInOptions(<OptionsApp initial={await loadSettings()} />);
    typeTemplate(`Free them all {link:${link}}`);
    await waitFor(async () => expect(await customTemplate.getValue()).toBe(`Free them all {link:${link}}`));
    expect(document.querySelector('li[data-network="x"]')?.textContent).toMatch(/^X \d+ \/ 280$/);
    expect(document.querySelector('li[data-network="bluesky"]')?.textContent).toMatch(/\/ 300$/);
    expect(document.querySelector('li[data-network="mastodon"]')?.textContent).toMatch(/\/ 500$/);
    expect(document.querySelector('pre[data-format="text"]')?.textContent).toBe(
      `Free them all ${bundledCampaign.links[0]!.url}`,
    );
  });

  it('keeps the last good wording when the new one has an unknown placeholder, and says why', async () => {
    await customTemplate.setValue(`Mine {link:${link}}`);
    renderInOptions(<OptionsApp initial={await loadSettings()} />);
    typeTemplate(`Mine {link:${link}} {oops}`);
    expect(screen.getByText(/optionsTemplateUnknownPlaceholder \| \{oops\}/)).toBeTruthy();
    expect(editor().getAttribute('aria-invalid')).toBe('true');
    await new Promise((r) => setTimeout(r, 20));
    expect(await customTemplate.getValue()).toBe(`Mine {link:${link}}`);
  });

  it('warns when the wording has no link', async () => {
    renderInOptions(<OptionsApp initial={await loadSettings()} />);
    typeTemplate('Solidarity with the prisoners.');
    expect(screen.getByText(/optionsTemplateNoLink/)).toBeTruthy();
  });

  it('stores the language and the default length, and resets them', async () => {
    await updatesEnabled.setValue(false);
    renderInOptions(<OptionsApp initial={await loadSettings()} />);
    fireEvent.change(document.getElementById('lang') as HTMLSelectElement, { target: { value: 'ru' } });
    await waitFor(async () => expect(await langSetting.getValue()).toBe('ru'));
    fireEvent.click(screen.getByText('optionsReset'));
    await waitFor(async () => expect(await langSetting.getValue()).toBeNull());
    expect(await updatesEnabled.getValue()).toBe(true);
    expect(await screen.findByText('optionsResetDone')).toBeTruthy();
  });

  it('says a build without a feed never connects, and survives corrupt storage', async () => {
    await fakeBrowser.storage.local.set({ lang: 7, defaultVariant: 'huge', customTemplate: {}, lastCheck: 'x' });
    renderInOptions(<OptionsApp initial={await loadSettings()} />);
    expect(screen.getByText('optionsUpdatesNone')).toBeTruthy();
    expect((document.getElementById('lang') as HTMLSelectElement).value).toBe('');
    expect(editor().value).toBe('');
  });

  it('keeps a Mastodon server only as a well-formed host, and forgets it when emptied', async () => {
    renderInOptions(<OptionsApp initial={await loadSettings()} />);
    const input = document.getElementById('mastodon') as HTMLInputElement;
    const enter = (text: string) => {
      fireEvent.input(input, { target: { value: text } });
      fireEvent.change(input);
    };
    enter('https://Social.Example.org/');
    await waitFor(async () => expect(await mastodonInstance.getValue()).toBe('social.example.org'));
    expect(input.value).toBe('social.example.org');
    enter('http://evil.example/x');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('mastodon-hint')?.textContent).toBe('popupMastodonInvalid');
    expect(await mastodonInstance.getValue()).toBe('social.example.org');
    enter('  ');
    await waitFor(async () => expect(await mastodonInstance.getValue()).toBeNull());
    expect(input.getAttribute('aria-invalid')).toBe('false');
  });

  it('says why the last check refused an update in the user’s words, the English detail in a disclosure', async () => {
    vi.stubEnv('FEED_URL', 'https://feed.example.org/feed.json');
    const reason = 'the signed campaign is invalid: donations[1].account: Bitcoin address checksum does not match';
    await fakeBrowser.storage.local.set({
      lastCheck: { at: Date.UTC(2026, 10, 27), ok: false, code: 'invalidCampaign', reason },
    });
    renderInOptions(<OptionsApp initial={await loadSettings()} />);
    expect(document.getElementById('last-check')?.textContent).toMatch(
      /^optionsLastCheckRefused \| .+ \| optionsReason_invalidCampaign$/,
    );
    const detail = document.querySelector('details.check-detail') as HTMLDetailsElement;
    expect(detail.open).toBe(false);
    expect(detail.querySelector('summary')?.textContent).toBe('optionsCheckDetail');
    expect(detail.querySelector('code')?.textContent).toBe(reason);
    expect(detail.querySelector('code')?.getAttribute('lang')).toBe('en');
  });

  it('shows the updates switch and the last check in a build with a feed', async () => {
    vi.stubEnv('FEED_URL', 'https://feed.example.org/feed.json');
    await fakeBrowser.storage.local.set({
      lastCheck: { at: Date.UTC(2026, 10, 27), ok: false, reason: 'the server answered 500' },
    });
    renderInOptions(<OptionsApp initial={await loadSettings()} />);
    expect(screen.getByText(/optionsUpdatesHelp \| feed\.example\.org/)).toBeTruthy();
    expect(document.getElementById('last-check')?.textContent).toMatch(
      /optionsLastCheckRefused .*the server answered 500/,
    );
    // A record from before reason codes: its English reason, and no details to open.
    expect(document.querySelector('.check-detail')).toBeNull();
    fireEvent.click(document.getElementById('updates') as HTMLInputElement);
    await waitFor(async () => expect(await updatesEnabled.getValue()).toBe(false));
    expect((document.getElementById('check-now') as HTMLButtonElement).disabled).toBe(true);
  });
});
