import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ShareBar } from '@/components/ShareBar';
import { bundledCampaign } from '@/utils/campaign/bundled';
import type { Lang } from '@/utils/campaign/schema';
import { REFUSALS } from '@/utils/insert/protocol';
import { MESSAGES, renderInPopup, stringsFor } from '../../support/render-popup';

describe('Insert into page', () => {
  let sent: unknown[];
  let replies: unknown[];
  beforeEach(() => {
    fakeBrowser.reset();
    sent = [];
    replies = [];
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 42, active: true }] as never);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      // The preview's probe (contract 3) is answered as a background without it would: nothing.
      if ((message as { type?: string }).type === 'probe-place') return undefined;
      sent.push(message);
      const reply = replies.shift();
      if (reply instanceof Error) throw reply;
      return reply;
    });
  });
  afterEach(() => vi.restoreAllMocks());

  /** The background answers each insert message with the next of `answers`. */
  function answer(...answers: unknown[]) {
    replies.push(...answers);
  }
  function clickInsert(lang: Lang = 'en') {
    renderInPopup(<ShareBar campaign={bundledCampaign} />, lang);
    fireEvent.click(screen.getByRole('button', { name: stringsFor(lang).t('popupInsert') }));
  }
  const status = () => screen.getByRole('status').textContent;
  const untilStatus = (text: string) => waitFor(() => expect(status()).toBe(text));

  it('asks the background to insert into the active tab, says it did in the live status line, once', async () => {
    answer({ ok: true, inserted: true, kind: 'textarea', method: 'insert-text', text: '…' });
    clickInsert();
    await untilStatus('Inserted into the page');
    // role=status is itself announced; the popup-wide announcer must not say it a second time.
    expect(screen.getByTestId('announcer').textContent).toBe('');
    expect(sent).toEqual([{ type: 'insert-call', tabId: 42, variant: 'standard', lang: 'en' }]);
    expect(fakeBrowser.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  it('says it in the popup language, e.g. Russian', async () => {
    answer({ ok: true, inserted: true, kind: 'rich', method: 'paste', text: '…' });
    clickInsert('ru');
    await untilStatus('Вставлено на страницу');
  });

  const ENGLISH: Record<Exclude<(typeof REFUSALS)[number], 'cross-origin-frame'>, string> = {
    password: 'Solidarity Call does not insert into password fields: nothing was inserted.',
    readonly: 'This field is read-only: nothing was inserted.',
    disabled: 'This field is disabled: nothing was inserted.',
    'no-field': 'Put the caret in a text field first, then insert the call.',
    'too-long': 'This field has no room for even the short message: nothing was inserted.',
    failed: 'This editor did not take the text: nothing was inserted.',
  };

  it('has a sentence for every refusal the background can give', () => {
    expect(Object.keys(ENGLISH).sort()).toEqual(REFUSALS.filter((r) => r !== 'cross-origin-frame').sort());
  });

  it.each(Object.entries(ENGLISH))('refused "%s": says why in English, not the code', async (reason, sentence) => {
    answer({ ok: false, inserted: false, reason });
    clickInsert();
    await untilStatus(sentence);
    expect(screen.queryByRole('button', { name: /^Allow / })).toBeNull();
  });

  const translated = (['ru', 'nl', 'de'] as const).flatMap((lang) =>
    Object.keys(ENGLISH).map((reason) => [lang, reason] as const),
  );
  it.each(translated)('in %s, refused "%s": the translated sentence', async (lang, reason) => {
    answer({ ok: false, inserted: false, reason });
    clickInsert(lang);
    const key = `insertRefused_${reason.replace(/-/g, '_')}` as keyof (typeof MESSAGES)['en'];
    const sentence = MESSAGES[lang][key].message;
    expect(sentence).not.toBe(ENGLISH[reason as keyof typeof ENGLISH]);
    await untilStatus(sentence);
  });

  it.each(['en', 'de'] as const)('a page closed to extensions (%s) is named as such', async (lang) => {
    answer({ ok: false, inserted: false, reason: 'restricted' });
    clickInsert(lang);
    await untilStatus(
      lang === 'en'
        ? 'The browser does not let extensions change this page (its own pages, add-on stores): nothing was inserted.'
        : 'Der Browser lässt Erweiterungen diese Seite nicht ändern (browsereigene Seiten, Add-on-Stores): Es wurde nichts eingefügt.',
    );
  });

  it('a reply carrying words (an error, an unknown reason) is never shown: only our own sentence', async () => {
    answer({ ok: false, inserted: false, reason: 'Seized! Donate to bc1qforged', error: 'bc1qforged' });
    clickInsert('nl');
    await untilStatus(MESSAGES.nl.insertRefused_failed.message);
  });

  it('no answer, or no background to answer, still ends in a clear message', async () => {
    answer(undefined, new Error('Could not establish connection. Receiving end does not exist.'));
    clickInsert();
    await untilStatus('Could not insert: the extension did not answer. Try again.');
    fireEvent.click(screen.getByRole('button', { name: 'Insert into page' }));
    await untilStatus('Could not insert: Error: Could not establish connection. Receiving end does not exist.');
  });

  it('a field in another site’s frame: says to right-click it; no site and no button from a reply', async () => {
    answer({ ok: false, inserted: false, reason: 'cross-origin-frame', site: 'evil.example' });
    clickInsert();
    await untilStatus(
      'This field is in a frame from another site: nothing was inserted. The browser does not tell the toolbar button which site it is: right-click the field and choose "Insert solidarity call" to allow that site, or copy the message.',
    );
    expect(screen.queryByRole('button', { name: /^Allow / })).toBeNull();
  });
});
