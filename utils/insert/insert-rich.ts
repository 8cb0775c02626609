import { execCommand } from './exec-command';
import { countOccurrences } from './text-for-field';
import { waitFor } from './wait-for';

/** One way of handing text to an editor. Returns true when the editor claimed the event (or the browser acted). */
interface Strategy {
  name: string;
  run(target: HTMLElement, text: string): boolean;
}

const windowOf = (el: Element) => (el.ownerDocument.defaultView ?? window) as typeof window;

function transfer(el: Element, text: string): DataTransfer {
  const data = new (windowOf(el).DataTransfer)();
  // Plain text only: several editors ignore a paste as soon as text/html is present, rich HTML
  // is where insertion broke most (Clippings #379, #433), and editors link URLs themselves.
  data.setData('text/plain', text);
  return data;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Escaped lines joined by <br>, https URLs as anchors: the text itself, links clickable. */
export function textToHtml(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      escapeHtml(line).replace(/https:\/\/[^\s<]+[^\s<.,;:!?)"']/g, (url) => `<a href="${url}">${url}</a>`),
    )
    .join('<br>');
}

/**
 * In order. Each exists because the ones before it miss some editor (insertion notes):
 * 1. paste: editors that own their paste handling (Lexical, ProseMirror, Quill, CodeMirror)
 *    put the text into their model and their undo history. It must be dispatched from the
 *    page's own world: Firefox hands the page an empty DataTransfer made in a content script
 *    (Mozilla bug 1654724). An untrusted paste has no default action, so an editor that
 *    ignores it leaves the page untouched and we can go on.
 * 2. beforeinput insertReplacementText: editors that rebuild everything from `beforeinput`
 *    and ignore paste events (Briskine's order). Also without default action.
 * 3. execCommand: a plain contenteditable, or an editor that only watches the DOM. Undoable
 *    (Range.insertNode is not, and Ctrl+Z then eats the user's earlier typing). Last because
 *    it changes the DOM behind a model editor's back: Lexical scrambles multi-line text this
 *    way in Chromium and loses it in Firefox. Multi-line text goes through insertHTML with
 *    <br>, one undo step, where insertText would be split per line in Firefox (Briskine).
 */
const STRATEGIES: Strategy[] = [
  {
    name: 'paste',
    run(target, text) {
      const init = {
        clipboardData: transfer(target, text),
        // Firefox's ClipboardEvent constructor ignores `clipboardData` and builds the event's
        // DataTransfer from its own (non-standard) `dataType` and `data`; Chromium ignores these.
        dataType: 'text/plain',
        data: text,
        bubbles: true,
        cancelable: true,
        composed: true,
      };
      const event = new (windowOf(target).ClipboardEvent)('paste', init);
      return !target.dispatchEvent(event);
    },
  },
  {
    name: 'beforeinput',
    run(target, text) {
      const event = new (windowOf(target).InputEvent)('beforeinput', {
        inputType: 'insertReplacementText',
        dataTransfer: transfer(target, text),
        bubbles: true,
        cancelable: true,
        composed: true,
      });
      return !target.dispatchEvent(event);
    },
  },
  {
    name: 'execCommand',
    run(target, text) {
      const doc = target.ownerDocument;
      if (text.includes('\n') && execCommand(doc, 'insertHTML', textToHtml(text))) return true;
      return execCommand(doc, 'insertText', text);
    },
  },
];

// Editors update their DOM in a microtask or the next frame; 300 ms covers the slow ones
// without making the user wait long when a strategy is ignored.
const CLAIMED_WAIT_MS = 300;
// An editor that did not even cancel the event is very unlikely to act on it later.
const UNCLAIMED_WAIT_MS = 50;

/**
 * Inserts into a contenteditable editor at its selection. After each attempt it checks,
 * in the editor's DOM, that the text arrived before trying the next one, so the text
 * is never inserted twice (Clippings #330, #401: chained methods, double pastes).
 */
export async function insertRich(host: HTMLElement, target: HTMLElement, text: string): Promise<string | null> {
  const count = () => countOccurrences(host.textContent ?? '', firstWords(text));
  const before = count();
  const arrived = () => count() > before;
  let last: string | null = null;
  for (const strategy of STRATEGIES) {
    // A slow editor may have taken the previous attempt after all.
    if (arrived()) return last;
    // Focusing an already focused editor can move its caret; only refocus when it lost the focus.
    if ((target.getRootNode() as Document | ShadowRoot).activeElement !== target) target.focus();
    last = strategy.name;
    const claimed = strategy.run(target, text);
    if (await waitFor(arrived, claimed ? CLAIMED_WAIT_MS : UNCLAIMED_WAIT_MS)) return strategy.name;
  }
  return null;
}

/** What we look for to see the text arrived: its start, which any editor keeps verbatim. */
function firstWords(text: string): string {
  return text.slice(0, 60);
}
