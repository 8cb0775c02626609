import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ShareBar } from '@/components/ShareBar';
import { bundledCampaign } from '@/utils/campaign/bundled';
import type { Lang } from '@/utils/campaign/schema';
import { REFUSALS } from '@/utils/insert/protocol';
import { MESSAGES, renderInPopup, stringsFor } from './render-popup';

const FRAME_REPLY = {
  ok: false,
  inserted: false,
  reason: 'cross-origin-frame',
  site: 'comments.example:8080',
  access: {
    origins: ['http://comments.example/*'],
    granted: false,
    error: 'This function must be called during a user gesture',
  },
};

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
    // The version and language the preview showed (no probe: standard, in the popup's language).
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

  it.each([
    ['en', 'Cannot access a chrome:// URL'],
    ['en', 'The extensions gallery cannot be scripted.'],
    ['en', 'Missing host permission for the tab'],
    ['de', 'Missing host permission for the tab'],
  ] as const)('a page closed to extensions (%s, "%s") is named as such', async (lang, error) => {
    answer({ ok: false, inserted: false, reason: 'failed', error });
    clickInsert(lang);
    await untilStatus(
      lang === 'en'
        ? 'The browser does not let extensions change this page (its own pages, add-on stores): nothing was inserted.'
        : 'Der Browser lässt Erweiterungen diese Seite nicht ändern (browsereigene Seiten, Add-on-Stores): Es wurde nichts eingefügt.',
    );
  });

  it('any other error from the page is shown as the browser gave it', async () => {
    answer({ ok: false, inserted: false, reason: 'failed', error: 'Error: Frame with ID 0 was removed.' });
    clickInsert('nl');
    await untilStatus('Invoegen mislukt: Error: Frame with ID 0 was removed.');
  });

  it('no answer, or no background to answer, still ends in a clear message', async () => {
    answer(undefined, new Error('Could not establish connection. Receiving end does not exist.'));
    clickInsert();
    await untilStatus('Could not insert: the extension did not answer. Try again.');
    fireEvent.click(screen.getByRole('button', { name: 'Insert into page' }));
    await untilStatus('Could not insert: Error: Could not establish connection. Receiving end does not exist.');
  });

  it('a field in a frame nothing can grant (not http) is named, with no button to allow it', async () => {
    answer({ ok: false, inserted: false, reason: 'cross-origin-frame', site: 'null' });
    clickInsert();
    await untilStatus(
      'This field is in a frame from null, which extensions cannot reach: nothing was inserted. Copy the message instead.',
    );
    expect(screen.queryByRole('button', { name: /^Allow / })).toBeNull();
  });

  describe('a field in another site’s frame', () => {
    let request: ReturnType<typeof vi.fn>;
    beforeEach(() => {
      request = vi.fn();
      // The fake browser has no permissions API: this is the one call the component makes there.
      (fakeBrowser as unknown as { permissions: { request: typeof request } }).permissions = { request };
    });

    async function offered(lang: Lang = 'en') {
      answer(FRAME_REPLY);
      clickInsert(lang);
      return screen.findByRole('button', { name: stringsFor(lang).t('popupInsertAllow', 'comments.example:8080') });
    }

    it('names the site and offers to allow it; nothing is asked before that click', async () => {
      const allow = await offered();
      expect(allow.textContent).toBe('Allow comments.example:8080 and insert');
      expect(status()).toBe(
        'This field is in a frame from comments.example:8080: nothing was inserted yet. Allow access to comments.example:8080 to insert there, or copy the message.',
      );
      expect(request).not.toHaveBeenCalled();
    });

    it('the click asks for exactly the origins of the reply, at once, then inserts once', async () => {
      const allow = await offered();
      request.mockResolvedValue(true);
      answer({ ok: true, inserted: true, kind: 'textarea', method: 'insert-text', text: '…' });
      fireEvent.click(allow);
      // Synchronously inside the click: the gesture is what lets the browser ask.
      expect(request).toHaveBeenCalledTimes(1);
      expect(request).toHaveBeenCalledWith({ origins: ['http://comments.example/*'] });
      await untilStatus('Inserted into the page');
      expect(sent).toEqual([
        { type: 'insert-call', tabId: 42, variant: 'standard', lang: 'en' },
        { type: 'insert-call', tabId: 42, variant: 'standard', lang: 'en' },
      ]);
      expect(screen.queryByRole('button', { name: /^Allow / })).toBeNull();
    });

    it('retries once only: still out of reach after access, it says so and offers nothing more', async () => {
      const allow = await offered('nl');
      request.mockResolvedValue(true);
      answer({ ...FRAME_REPLY, access: undefined });
      fireEvent.click(allow);
      await untilStatus(
        'Dit veld staat in een frame van comments.example:8080, waar extensies niet bij kunnen: er is niets ingevoegd. Kopieer het bericht.',
      );
      expect(sent).toHaveLength(2);
      expect(screen.queryByRole('button', { name: /toestaan en invoegen$/ })).toBeNull();
    });

    it.each([
      ['the user says no', () => request.mockResolvedValue(false)],
      ['the browser refuses to ask', () => request.mockRejectedValue(new Error('not a user gesture'))],
      [
        'the browser throws',
        () =>
          request.mockImplementation(() => {
            throw new Error('permissions.request may only be called from a user input handler');
          }),
      ],
    ])('%s: it says access was not allowed and inserts nothing', async (_, refuse) => {
      const allow = await offered('ru');
      refuse();
      fireEvent.click(allow);
      await untilStatus('Доступ к comments.example:8080 не разрешён: ничего не вставлено.');
      expect(sent).toHaveLength(1);
      expect(request).toHaveBeenCalledWith({ origins: ['http://comments.example/*'] });
    });

    it('a new click on Insert takes the offer away until the reply offers it again', async () => {
      await offered();
      answer({ ok: false, inserted: false, reason: 'no-field' });
      fireEvent.click(screen.getByRole('button', { name: 'Insert into page' }));
      await untilStatus('Put the caret in a text field first, then insert the call.');
      expect(screen.queryByRole('button', { name: /^Allow / })).toBeNull();
    });
  });
});
