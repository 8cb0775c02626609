// Without the webextension-polyfill (about 3 KB gzipped): MV3's chrome.* and Firefox's browser.* both return promises.
import { browser } from '@wxt-dev/browser';
import { useState } from 'preact/hooks';
import { useStrings } from '@/components/strings';

type InsertResult = { ok: true } | { ok: false; reason: string };

/** Asks the background to insert the call into the focused field of the current tab (the context menu's path). */
export async function insertIntoActiveTab(): Promise<InsertResult> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { ok: false, reason: '' };
  const response = (await browser.runtime.sendMessage({ type: 'insert-call', tabId: tab.id })) as
    | InsertResult
    | undefined;
  return response && typeof response.ok === 'boolean' ? response : { ok: false, reason: '' };
}

/** "Insert into page", then what happened: inserted, or why not, in a status line. */
export function InsertButton({ onStatus }: { onStatus: (text: string) => void }) {
  const { t } = useStrings();
  const [busy, setBusy] = useState(false);
  async function insert() {
    setBusy(true);
    const result = await insertIntoActiveTab().catch(
      (error: unknown): InsertResult => ({ ok: false, reason: String(error) }),
    );
    setBusy(false);
    onStatus(result.ok ? t('popupInsertDone') : t('popupInsertFailed', result.reason || t('popupInsertNoField')));
  }
  return (
    <button type="button" class="primary action" onClick={insert} aria-disabled={busy}>
      {t('popupInsert')}
    </button>
  );
}
