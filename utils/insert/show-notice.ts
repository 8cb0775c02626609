import type { NoticeStrings, Refusal } from './protocol';

export const NOTICE_TAG = 'solidarity-call-notice';
const SHOWN_MS = 20_000;

const STYLE = `
:host { all: initial; position: fixed; z-index: 2147483647; max-width: min(26rem, calc(100vw - 16px)); }
div { font: 14px/1.4 system-ui, sans-serif; color: #111; background: #fff8e1; border: 1px solid #b7791f;
  border-radius: 6px; padding: 8px 10px; box-shadow: 0 2px 8px rgb(0 0 0 / 0.25); display: flex; gap: 8px;
  align-items: center; flex-wrap: wrap; }
p { margin: 0; flex: 1 1 12rem; }
button { font: inherit; padding: 2px 8px; cursor: pointer; }
`;

/** Copies from a click: the Clipboard API where the page is secure, else the old copy command. */
async function copy(doc: Document, text: string): Promise<boolean> {
  try {
    await doc.defaultView?.navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = doc.createElement('textarea');
    area.value = text;
    area.style.cssText = 'position:fixed;opacity:0;';
    doc.documentElement.append(area);
    area.select();
    const ok = doc.execCommand('copy');
    area.remove();
    return ok;
  }
}

/**
 * A short notice beside the field saying why nothing was inserted, with the message
 * offered on the clipboard instead (Clippings #585). It lives in a shadow root so the
 * page's styles do not reach it, on <html> so it never lands inside a body editor.
 */
export function showNotice(near: Element | null, reason: Refusal, text: string, strings: NoticeStrings): HTMLElement {
  const doc = near?.ownerDocument ?? document;
  doc.querySelector(NOTICE_TAG)?.remove();
  const host = doc.createElement(NOTICE_TAG);
  const root = host.attachShadow({ mode: 'open' });
  // Built node by node: no markup is ever parsed in the page (and web-ext lint stays quiet).
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, text: string) => {
    const el = doc.createElement(tag);
    el.textContent = text;
    return el;
  };
  const box = make('div', '');
  box.setAttribute('role', 'alert');
  const copyButton = make('button', strings.copy);
  copyButton.dataset.copy = '';
  const closeButton = make('button', '×');
  closeButton.dataset.close = '';
  closeButton.title = strings.close;
  closeButton.setAttribute('aria-label', strings.close);
  box.append(make('p', strings.reasons[reason]), copyButton, closeButton);
  root.append(make('style', STYLE), box);
  copyButton.addEventListener('click', async () => {
    if (await copy(doc, text)) copyButton.textContent = strings.copied;
  });
  closeButton.addEventListener('click', () => host.remove());
  const rect = near?.getBoundingClientRect();
  const top = rect ? Math.min(rect.bottom + 6, (doc.defaultView?.innerHeight ?? 600) - 80) : 8;
  host.style.top = `${Math.max(8, top)}px`;
  host.style.left = `${Math.max(8, rect?.left ?? 8)}px`;
  doc.documentElement.append(host);
  setTimeout(() => host.remove(), SHOWN_MS);
  return host;
}
