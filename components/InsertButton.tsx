// Without the webextension-polyfill (about 3 KB gzipped): MV3's chrome.* and Firefox's browser.* both return promises.
import { browser } from '@wxt-dev/browser';
import { useState } from 'preact/hooks';
import { type MessageKey, type Strings, useStrings } from '@/components/strings';
import type { Lang, Variant } from '@/utils/campaign/schema';
import type { InsertOutcome, Refusal } from '@/utils/insert/protocol';

/** The background's answer (utils/insert/setup-insert-triggers.ts); `error` when the page could not be scripted at all. */
export type InsertReply = InsertOutcome & { ok: boolean; error?: string };

/** The page notice's own sentences where they read well in the popup too; the frame has its own (it offers a button). */
const REFUSAL_TEXT: Record<Exclude<Refusal, 'cross-origin-frame'>, MessageKey> = {
  password: 'insertRefused_password',
  readonly: 'insertRefused_readonly',
  disabled: 'insertRefused_disabled',
  'no-field': 'insertRefused_no_field',
  'too-long': 'insertRefused_too_long',
  failed: 'insertRefused_failed',
};

/**
 * How executeScript says a page is closed to extensions: Chrome "Cannot access a chrome:// URL",
 * "The extensions gallery cannot be scripted."; Firefox (about:, addons.mozilla.org) "Missing host permission for the tab".
 */
const PROTECTED_PAGE = /cannot access|cannot be scripted|host permission/i;

export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Asks the background to insert the call into the focused field of that tab (the context menu's path). */
async function sendInsert(tabId: number, choice: Choice): Promise<InsertReply | undefined> {
  const reply = (await browser.runtime.sendMessage({ type: 'insert-call', tabId, ...choice })) as
    | InsertReply
    | undefined;
  return reply && typeof reply.ok === 'boolean' ? reply : undefined;
}

/** What the popup says about a reply, in the user's language. */
export function describeReply(reply: InsertReply | undefined, t: Strings['t']): string {
  if (!reply) return t('popupInsertNoAnswer');
  if (reply.inserted) return t('popupInsertDone');
  const { reason, error, site = '' } = reply;
  if (reason === 'cross-origin-frame') {
    return t(reply.access?.origins.length ? 'popupInsertCrossOrigin' : 'popupInsertCrossOriginNoAccess', site);
  }
  if (error) return PROTECTED_PAGE.test(error) ? t('popupInsertRestricted') : t('popupInsertFailed', error);
  const key = REFUSAL_TEXT[reason];
  return key ? t(key) : t('popupInsertFailed', reason);
}

/** The site the user may let us into, and the tab to insert into once they have. */
interface Offer {
  tabId: number;
  origins: string[];
  site: string;
}

/**
 * "Insert into page", then what happened in the status line. When the field is in another
 * site's iframe, a second button asks for that one site from its own click, then inserts.
 */
/** The version and language the preview shows: what is inserted is what the user saw. */
interface Choice {
  variant?: Variant;
  lang?: Lang;
}

export function InsertButton({ onStatus, variant, lang }: { onStatus: (text: string) => void } & Choice) {
  const { t } = useStrings();
  const [busy, setBusy] = useState(false);
  const [offer, setOffer] = useState<Offer | null>(null);

  function show(reply: InsertReply | undefined, tabId?: number) {
    setBusy(false);
    const text = describeReply(reply, t);
    // The status line is a live region: it is what screen readers hear, once.
    onStatus(text);
    const origins = reply?.inserted === false && reply.reason === 'cross-origin-frame' ? reply.access?.origins : [];
    if (tabId !== undefined && origins?.length && reply?.inserted === false) {
      setOffer({ tabId, origins, site: reply.site ?? origins[0] });
    }
  }
  const failed = (error: unknown) => show({ inserted: false, reason: 'failed', ok: false, error: String(error) });

  async function insert() {
    if (busy) return;
    setBusy(true);
    setOffer(null);
    onStatus('');
    try {
      const tabId = await activeTabId();
      if (tabId === undefined) return show({ inserted: false, reason: 'no-field', ok: false });
      show(await sendInsert(tabId, { variant, lang }), tabId);
    } catch (error) {
      failed(error);
    }
  }

  function allowAndInsert() {
    if (busy || !offer) return;
    const { tabId, origins, site } = offer;
    // Asked here, before anything is awaited: the browser shows its prompt only while this click's
    // gesture lasts (the background's own request, after the message, is refused for want of one).
    let asked: Promise<boolean>;
    try {
      asked = browser.permissions.request({ origins });
    } catch (error) {
      asked = Promise.reject(error);
    }
    setBusy(true);
    setOffer(null);
    onStatus('');
    const refused = () => {
      setBusy(false);
      onStatus(t('popupInsertAccessRefused', site));
    };
    asked.then(
      // Retried once, with no offer: if the site is still out of reach, asking again would only loop.
      (granted) => (granted ? sendInsert(tabId, { variant, lang }).then((reply) => show(reply), failed) : refused()),
      refused,
    );
  }

  return (
    <>
      <button type="button" class="primary action" onClick={insert} aria-disabled={busy}>
        {t('popupInsert')}
      </button>
      {offer && (
        // A row of its own under both actions, so the two buttons above stay where they were.
        <button type="button" class="action" style={{ gridColumn: '1 / -1' }} onClick={allowAndInsert}>
          {t('popupInsertAllow', offer.site)}
        </button>
      )}
    </>
  );
}
