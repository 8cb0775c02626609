import { beforeEach, describe, expect, it } from 'vitest';
import { countOccurrences } from '@/utils/insert/isolated-world/arrival';
import { insertRich, textToHtml } from '@/utils/insert/isolated-world/insert-rich';

const TEXT = 'Solidarity with the antifascists of Penza.\nhttps://rupression.com/en/';

/** A minimal model editor: takes text only from the event types it is given, after `delay` ms. */
function fakeEditor(handles: { paste?: boolean; beforeinput?: boolean; delay?: number }) {
  document.body.innerHTML = '<div contenteditable="true">Earlier. </div>';
  const root = document.querySelector('div')!;
  const take = (text: string) => {
    const apply = () => root.append(text);
    if (handles.delay) setTimeout(apply, handles.delay);
    else apply();
  };
  root.addEventListener('paste', (e) => {
    if (!handles.paste) return;
    e.preventDefault();
    take((e as ClipboardEvent).clipboardData?.getData('text/plain') ?? '');
  });
  root.addEventListener('beforeinput', (e) => {
    if (!handles.beforeinput) return;
    e.preventDefault();
    take((e as InputEvent).dataTransfer?.getData('text/plain') ?? '');
  });
  root.focus();
  return root;
}

describe('insertRich', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('stops at the paste when the editor takes it', async () => {
    const root = fakeEditor({ paste: true });
    expect(await insertRich(root, TEXT)).toBe('paste');
    expect(countOccurrences(root.textContent ?? '', TEXT)).toBe(1);
    expect(root.textContent?.startsWith('Earlier. ')).toBe(true);
  });

  it('waits for an editor that takes the paste a little later, and does not insert again', async () => {
    const root = fakeEditor({ paste: true, delay: 120 });
    expect(await insertRich(root, TEXT)).toBe('paste');
    await new Promise((r) => setTimeout(r, 200));
    expect(countOccurrences(root.textContent ?? '', TEXT)).toBe(1);
  });

  it('goes on to beforeinput for an editor that ignores paste', async () => {
    const root = fakeEditor({ beforeinput: true });
    expect(await insertRich(root, TEXT)).toBe('beforeinput');
    expect(countOccurrences(root.textContent ?? '', TEXT)).toBe(1);
  });

  it('reports failure, and changes nothing, when nothing takes the text', async () => {
    const root = fakeEditor({});
    // happy-dom has no editing commands, so the last resort does nothing here either.
    const method = await insertRich(root, TEXT);
    if (method === null) expect(root.textContent).toBe('Earlier. ');
    else expect(countOccurrences(root.textContent ?? '', TEXT)).toBe(1);
  });

  it('an editor that splits a paste into sibling blocks gets it once: the arrival is seen outside the focused block', async () => {
    document.body.innerHTML = '<div class="editor"><p contenteditable="true">Earlier. </p></div>';
    const block = document.querySelector('p')!;
    block.addEventListener('paste', (e) => {
      e.preventDefault();
      const text = (e as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
      // Each line its own block beside the focused one, a little later, as block editors do.
      setTimeout(() => {
        for (const line of text.split('\n')) {
          const next = document.createElement('p');
          next.contentEditable = 'true';
          next.textContent = line;
          block.parentElement!.append(next);
        }
      }, 60);
    });
    block.focus();
    expect(await insertRich(block, TEXT)).toBe('paste');
    await new Promise((r) => setTimeout(r, 400));
    expect(countOccurrences(document.body.textContent ?? '', TEXT)).toBe(1);
    expect(block.textContent).toBe('Earlier. ');
  });
});

describe('textToHtml', () => {
  it('escapes markup, keeps lines, links https URLs without the closing punctuation', () => {
    expect(textToHtml('<b>&"\nSee https://a.example/x.')).toBe(
      '&lt;b&gt;&amp;&quot;<br>See <a href="https://a.example/x">https://a.example/x</a>.',
    );
  });

  it('links no other scheme', () => {
    expect(textToHtml('javascript:alert(1) http://a.example')).not.toContain('<a');
  });
});
