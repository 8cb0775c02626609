import { useEffect, useRef, useState } from 'preact/hooks';
import { useAnnounce } from '@/components/announcer';
import { useStrings } from '@/components/strings';
import { copyText } from '@/utils/clipboard/copy-text';
import { selectForManualCopy } from '@/utils/clipboard/select-for-manual-copy';

interface CopyButtonProps {
  /** Exactly what goes to the clipboard. */
  value: string;
  /** What is copied, in words: "Bitcoin address" → "Copy Bitcoin address", "Bitcoin address copied". */
  what: string;
  /** The element showing the value, selected for a manual copy when the clipboard refuses. */
  target: () => Element | null;
  class?: string;
  text?: string;
}

/** A Copy button that says "Copied" (and announces it), or, if the browser refuses, selects the value and says how to copy it. */
export function CopyButton({ value, what, target, class: className, text }: CopyButtonProps) {
  const { t } = useStrings();
  const announce = useAnnounce();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    clearTimeout(timer.current);
    if (await copyText(value)) {
      setState('copied');
      announce(t('popupCopiedAnnounce', what));
      timer.current = setTimeout(() => setState('idle'), 2500);
    } else {
      selectForManualCopy(target());
      setState('failed');
    }
  }

  return (
    <>
      <button
        type="button"
        class={`copy ${className ?? ''}`}
        data-state={state}
        // The spoken name starts with the word shown (WCAG 2.5.3), and says what is copied.
        aria-label={`${state === 'copied' ? t('popupCopied') : (text ?? t('popupCopy'))}: ${what}`}
        onClick={copy}
      >
        {/* Both words share one grid cell, so the button keeps its width when the label changes. */}
        <span class="swap" aria-hidden="true">
          <span class={state === 'copied' ? 'off' : ''}>{text ?? t('popupCopy')}</span>
          <span class={state === 'copied' ? '' : 'off'}>
            <span aria-hidden="true">✓ </span>
            {t('popupCopied')}
          </span>
        </span>
      </button>
      {state === 'failed' && (
        <p class="copy-failed" role="alert">
          {t('popupCopyFailed')}
        </p>
      )}
    </>
  );
}
