import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { insertCall } from './insert-call';
import { InsertMessage, isFromOwnPage } from './insert-message';

export const INSERT_COMMAND = 'insert-call';

/** The keyboard shortcut and the popup's message; the context menu registers its own clicks. */
export function setupInsertTriggers(): void {
  browser.commands?.onCommand.addListener(async (command, tab) => {
    if (command !== INSERT_COMMAND) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId !== undefined) await insertCall({ tabId }).catch(() => undefined);
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const parsed = v.safeParse(InsertMessage, message);
    if (!parsed.success || !isFromOwnPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
    const { tabId, frameId, variant, lang } = parsed.output;
    // `ok` beside `inserted`: the popup reads `ok` (components/InsertButton.tsx).
    return insertCall({ tabId, frameId, variant, lang }).then(
      (outcome) => ({ ...outcome, ok: outcome.inserted }),
      (error: unknown) => ({ inserted: false as const, ok: false, reason: 'failed' as const, error: String(error) }),
    );
  });
}
