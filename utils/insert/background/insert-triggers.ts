import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { LANGS, VARIANTS } from '@/utils/campaign/langs';
import { placeReply } from '@/utils/insert/place-reply';
import { errorOutcome, insertCall, probeField } from './insert-call';

// The keyboard shortcut and the popup's messages, heard in the background.

/** The runtime message the popup (and the end-to-end tests) send to insert into a tab. */
export const InsertMessage = v.object({
  type: v.literal('insert-call'),
  tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
  frameId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  variant: v.optional(v.picklist(VARIANTS)),
  lang: v.optional(v.picklist(LANGS)),
});
export type InsertMessage = v.InferOutput<typeof InsertMessage>;

/**
 * Only the extension's own pages may ask: a content script of ours would carry our id
 * too, but its `url` is the web page's, so the URL must be under our own origin.
 */
export function isFromOwnPage(sender: { id?: string; url?: string }, ownId: string, ownBase: string): boolean {
  // A prefix, not URL.origin: for chrome-extension:/moz-extension: URLs `origin` can be "null", and "null" equals "null".
  const base = ownBase.endsWith('/') ? ownBase : `${ownBase}/`;
  return sender.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(base);
}

/** The popup's preview asks what the focused field of a tab is (contract 3 in the session plan). */
export const ProbePlaceMessage = v.object({
  type: v.literal('probe-place'),
  tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const INSERT_COMMAND = 'insert-call';

/** The keyboard shortcut: the tab it was pressed in (which activeTab then reaches), else the active one. */
async function onCommand(command: string, tab?: { id?: number }): Promise<void> {
  if (command !== INSERT_COMMAND) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId !== undefined) await insertCall({ tabId }).catch(() => undefined);
}

/** The keyboard shortcut and the popup's messages; the context menu registers its own clicks. */
export function setupInsertTriggers(): void {
  browser.commands?.onCommand.addListener(onCommand);
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isFromOwnPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
    // No automation can press a browser-level shortcut in a headless browser: the e2e build lets its
    // tests run this same handler. A literal in the build, so the production bundle has no such message.
    if (import.meta.env.MODE === 'e2e' && (message as { type?: string })?.type === 'e2e-command') {
      return onCommand(INSERT_COMMAND).then(() => true);
    }
    const insert = v.safeParse(InsertMessage, message);
    if (insert.success) {
      const { tabId, frameId, variant, lang } = insert.output;
      // `ok` beside `inserted`: the popup reads `ok` (components/InsertButton.tsx).
      return insertCall({ tabId, frameId, variant, lang }).then(
        (outcome) => ({ ...outcome, ok: outcome.inserted }),
        (error: unknown) => ({ ...errorOutcome(error), ok: false }),
      );
    }
    const probe = v.safeParse(ProbePlaceMessage, message);
    if (probe.success) return probeField(probe.output.tabId).then(placeReply, () => placeReply(undefined));
    return undefined;
  });
}
