import type { Method } from '@/utils/insert/protocol';
import { arrivalCheck, waitFor } from './arrival';
import { hasEditContext } from './find-field';
import { execCommand } from './insert-plain';

/** One way of handing text to an editor. Returns true when the editor claimed the event (or the browser acted). */
interface Strategy {
  name: Method;
  run(target: HTMLElement, text: string): boolean;
}

/** The page's own window, in Firefox: see `pageEvent`. */
type Waived = typeof window & { wrappedJSObject?: typeof window };
declare const cloneInto:
  | ((value: object, target: object, options?: { wrapReflectors?: boolean }) => object)
  | undefined;

/**
 * A synthetic event the editor will read. In Chromium the isolated world's own constructors carry
 * the DataTransfer to the page's listeners. Firefox gives the page an empty DataTransfer made in a
 * content script (Mozilla bug 1654724), so there the event and its DataTransfer are made in the
 * page's compartment through `wrappedJSObject`, still from our isolated world: no script of ours
 * runs in the page's world, and Firefox hides a content script's frames from the page's stacks.
 */
function pageEvent(
  target: Element,
  make: (win: typeof window, data: DataTransfer, clone: <T extends object>(o: T) => T) => Event,
  text: string,
): Event {
  const view = target.ownerDocument.defaultView as Waived;
  const page = view.wrappedJSObject;
  const win = page ?? view;
  const data = new win.DataTransfer();
  // Plain text only: several editors ignore a paste as soon as text/html is present, rich HTML
  // is where insertion broke most (Clippings #379, #433), and editors link URLs themselves.
  data.setData('text/plain', text);
  const clone = <T extends object>(o: T): T =>
    page && typeof cloneInto === 'function' ? (cloneInto(o, view, { wrapReflectors: true }) as T) : o;
  return make(win, data, clone);
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
      const event = pageEvent(
        target,
        (win, clipboardData, clone) =>
          new win.ClipboardEvent(
            'paste',
            clone({
              clipboardData,
              // Firefox's ClipboardEvent constructor ignores `clipboardData` and builds the event's
              // DataTransfer from its own (non-standard) `dataType` and `data`; Chromium ignores these.
              dataType: 'text/plain',
              data: text,
              bubbles: true,
              cancelable: true,
              composed: true,
            }),
          ),
        text,
      );
      return !target.dispatchEvent(event);
    },
  },
  {
    name: 'beforeinput',
    run(target, text) {
      const event = pageEvent(
        target,
        (win, dataTransfer, clone) =>
          new win.InputEvent(
            'beforeinput',
            clone({
              inputType: 'insertReplacementText',
              dataTransfer,
              bubbles: true,
              cancelable: true,
              composed: true,
            }),
          ),
        text,
      );
      return !target.dispatchEvent(event);
    },
  },
  {
    // An element on Chromium's EditContext takes text only as the browser gives it: the context's text
    // updated, then `textupdate` on the context, which the editor applies to its model.
    name: 'editContext',
    run(target, text) {
      const context = (target as HTMLElement & { editContext?: EditContextLike }).editContext;
      const Update = (target.ownerDocument.defaultView as unknown as { TextUpdateEvent?: TextUpdateCtor })
        ?.TextUpdateEvent;
      if (!context || !Update) return false;
      const start = Math.min(context.selectionStart, context.selectionEnd);
      const end = Math.max(context.selectionStart, context.selectionEnd);
      const caret = start + text.length;
      context.updateText(start, end, text);
      context.updateSelection(caret, caret);
      const init = { text, updateRangeStart: start, updateRangeEnd: end, selectionStart: caret, selectionEnd: caret };
      context.dispatchEvent(new Update('textupdate', init));
      return true;
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

interface EditContextLike extends EventTarget {
  selectionStart: number;
  selectionEnd: number;
  updateText(start: number, end: number, text: string): void;
  updateSelection(start: number, end: number): void;
}
type TextUpdateCtor = new (type: string, init: object) => Event;

/**
 * Inserts into a contenteditable editor at its selection. After each attempt it checks,
 * in the editor's DOM, that the text arrived before trying the next one, so the text
 * is never inserted twice (Clippings #330, #401: chained methods, double pastes).
 */
export async function insertRich(target: HTMLElement, text: string): Promise<Method | null> {
  const arrived = arrivalCheck(target, text);
  let last: Method | null = null;
  for (const strategy of STRATEGIES) {
    if (strategy.name === 'editContext' && !hasEditContext(target)) continue;
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
