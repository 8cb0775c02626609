// Without the webextension-polyfill (about 3 KB gzipped): MV3's chrome.* and Firefox's browser.* both return promises.
import { browser } from '@wxt-dev/browser';
import { useState } from 'preact/hooks';
import { useStrings } from '@/components/strings';
import type { Lang, Variant } from '@/utils/campaign/schema';
import type { MessageKey, Strings } from '@/utils/i18n/strings';
import type { InsertOutcome, ReplyReason } from '@/utils/insert/protocol';

/** The background's answer (utils/insert/background/insert-triggers.ts): our own codes only, never a page's words. */
export type InsertReply = InsertOutcome & { ok: boolean };

/** The page notice's own sentences where they read well in the popup too; the frame has its own (it offers a button). */
const REFUSAL_TEXT: Record<Exclude<ReplyReason, 'cross-origin-frame'>, MessageKey> = {
  password: 'insertRefused_password',
  readonly: 'insertRefused_readonly',
  disabled: 'insertRefused_disabled',
  'no-field': 'insertRefused_no_field',
  'too-long': 'insertRefused_too_long',
  failed: 'insertRefused_failed',
  restricted: 'popupInsertRestricted',
};

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

/**
 * What the popup says about a reply, in the user's language. Only codes are read from it, each to a
 * sentence of ours: a reply with anything else (a reason we do not know) is a failure, never shown as text.
 */
export function describeReply(reply: InsertReply | undefined, t: Strings['t']): string {
  if (!reply) return t('popupInsertNoAnswer');
  if (reply.inserted === true) return t('popupInsertDone');
  const { reason } = reply;
  if (reason === 'cross-origin-frame') {
    // Without a site from the browser (the toolbar and the shortcut never get one), the way in is a right-click.
    const site = siteOf(reply.access?.origins[0]);
    return site ? t('popupInsertCrossOriginNoAccess', site) : t('popupInsertCrossOriginRightClick');
  }
  return t(Object.hasOwn(REFUSAL_TEXT, reason) ? REFUSAL_TEXT[reason] : 'insertRefused_failed');
}

/** The host a granted or refused pattern names (`http://host/*`), rebuilt from the pattern, not taken from a page. */
function siteOf(pattern: string | undefined): string | undefined {
  const match = /^https?:\/\/([a-z0-9.-]+)\/\*$/i.exec(pattern ?? '');
  return match?.[1];
}

/**
 * "Insert into page", then what happened in the status line. A field in another site's iframe is
 * not offered from here: the browser does not tell the popup which site the frame is from, and the
 * page's word for it must not choose a permission prompt; the status line says to right-click it.
 */
/** The version and language the preview shows: what is inserted is what the user saw. */
interface Choice {
  variant?: Variant;
  lang?: Lang;
}

export function InsertButton({ onStatus, variant, lang }: { onStatus: (text: string) => void } & Choice) {
  const { t } = useStrings();
  const [busy, setBusy] = useState(false);

  function show(text: string) {
    setBusy(false);
    // The status line is a live region: it is what screen readers hear, once.
    onStatus(text);
  }

  async function insert() {
    if (busy) return;
    setBusy(true);
    onStatus('');
    try {
      const tabId = await activeTabId();
      if (tabId === undefined) return show(t('insertRefused_no_field'));
      show(describeReply(await sendInsert(tabId, { variant, lang }), t));
    } catch (error) {
      // The popup's own call failed (no background to answer): the browser's words, not a page's.
      show(t('popupInsertFailed', String(error)));
    }
  }

  return (
    <button type="button" class="primary action" onClick={insert} aria-disabled={busy}>
      {t('popupInsert')}
    </button>
  );
}
