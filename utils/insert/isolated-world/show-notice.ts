import type { NoticeStrings, Refusal } from '@/utils/insert/protocol';

const SHOWN_MS = 20_000;

// On the host element itself: nothing of ours in a class, an id or a tag the page could look for.
const HOST_STYLE =
  'all:initial;position:fixed;z-index:2147483647;max-width:min(26rem,calc(100vw - 16px));display:block;';
const STYLE = `
div { font: 14px/1.4 system-ui, sans-serif; color: #111; background: #fff8e1; border: 1px solid #b7791f;
  border-radius: 6px; padding: 8px 10px; box-shadow: 0 2px 8px rgb(0 0 0 / 0.25); display: flex; gap: 8px;
  align-items: center; flex-wrap: wrap; }
p { margin: 0; flex: 1 1 12rem; }
button { font: inherit; padding: 2px 8px; cursor: pointer; }
`;

/**
 * The notice now shown in this frame, on our isolated world's global: it outlives one injection (so a
 * new notice replaces the old), and the page cannot reach it there. The tests read the closed root from it.
 */
export const NOTICE_KEY = 'solidarityCallNotice';
interface Shown {
  host: HTMLElement;
  root: ShadowRoot;
}
const registry = globalThis as unknown as Record<typeof NOTICE_KEY, Shown | undefined>;

/**
 * Copies from the click, in our isolated world: its `navigator.clipboard` is the browser's own, not
 * one the page replaced. Where the Clipboard API is refused (an insecure page), the copy command
 * on a scratch field, whose own `copy` listener sets the data last, after anything the page did.
 */
async function copy(doc: Document, text: string): Promise<boolean> {
  try {
    await doc.defaultView?.navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = doc.createElement('textarea');
    area.value = text;
    area.style.cssText = 'position:fixed;opacity:0;';
    area.addEventListener('copy', (event) => {
      event.clipboardData?.setData('text/plain', text);
      event.preventDefault();
      event.stopImmediatePropagation();
    });
    doc.documentElement.append(area);
    area.select();
    const ok = doc.execCommand('copy');
    area.remove();
    return ok;
  }
}

/**
 * A short notice beside the field saying why nothing was inserted, with the message offered on the
 * clipboard instead (Clippings #585). A plain element with a closed shadow root: the page sees that
 * something is there, but cannot read or change it, nor tell whose it is.
 */
export function showNotice(
  near: Element | null,
  reason: Refusal,
  text: string,
  strings: NoticeStrings,
  site?: string,
): HTMLElement {
  const doc = near?.ownerDocument ?? document;
  registry[NOTICE_KEY]?.host.remove();
  const host = doc.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
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
  closeButton.title = strings.close;
  closeButton.setAttribute('aria-label', strings.close);
  const sentence =
    reason === 'cross-origin-frame' && !site
      ? strings.crossOriginUnknown
      : strings.reasons[reason].replaceAll('{site}', site ?? '');
  box.append(make('p', sentence), copyButton, closeButton);
  root.append(make('style', STYLE), box);
  copyButton.addEventListener('click', async () => {
    if (await copy(doc, text)) copyButton.textContent = strings.copied;
  });
  closeButton.addEventListener('click', () => host.remove());
  const rect = near?.getBoundingClientRect();
  const top = rect ? Math.min(rect.bottom + 6, (doc.defaultView?.innerHeight ?? 600) - 80) : 8;
  host.style.cssText = `${HOST_STYLE}top:${Math.max(8, top)}px;left:${Math.max(8, rect?.left ?? 8)}px;`;
  doc.documentElement.append(host);
  registry[NOTICE_KEY] = { host, root };
  setTimeout(() => host.remove(), SHOWN_MS);
  return host;
}
