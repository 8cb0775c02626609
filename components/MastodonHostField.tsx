import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { parseMastodonHost } from '@/utils/share/mastodon-host';

/**
 * What the user types for their Mastodon server, and whether it was refused.
 * `check()` accepts only a well-formed host (then shown as it will be used) and
 * otherwise flags the field; the caller decides what an accepted host does.
 */
export function useMastodonHost(initial: string) {
  const [value, setValue] = useState(initial);
  const [invalid, setInvalid] = useState(false);
  return {
    value,
    invalid,
    setValue,
    clearError: () => setInvalid(false),
    check(): string | null {
      const host = parseMastodonHost(value);
      setInvalid(!host);
      if (host) setValue(host);
      return host;
    },
  };
}

/** The instance field as the popup and the options page both show it: label, input (and buttons), and a hint that turns into the error. */
export function MastodonHostField(props: {
  id: string;
  label: string;
  /** The popup's strings or the page's: the hint, and what it says instead when the host is refused. */
  t: (key: 'popupMastodonHint' | 'popupMastodonInvalid') => string;
  field: ReturnType<typeof useMastodonHost>;
  /** The popup's form opens on the user's click and asks exactly this, so it takes the focus. */
  autoFocus?: boolean;
  /** Blur or Enter: the options page saves then. */
  onChange?: () => void;
  children?: ComponentChildren;
}) {
  const { id, field } = props;
  const hintId = `${id}-hint`;
  const input = useRef<HTMLInputElement>(null);
  // The autofocus attribute is honoured only while a page loads, not for a field added later.
  // biome-ignore lint/correctness/useExhaustiveDependencies: on mount only
  useEffect(() => {
    if (props.autoFocus) input.current?.focus();
  }, []);
  return (
    <>
      <label for={id}>{props.label}</label>
      <div class="field">
        <input
          ref={input}
          id={id}
          type="text"
          inputMode="url"
          autocomplete="off"
          spellcheck={false}
          placeholder="mastodon.social"
          value={field.value}
          aria-invalid={field.invalid}
          aria-describedby={hintId}
          onInput={(event) => field.setValue(event.currentTarget.value)}
          onChange={props.onChange}
        />
        {props.children}
      </div>
      <p id={hintId} class={field.invalid ? 'hint error' : 'hint'}>
        {props.t(field.invalid ? 'popupMastodonInvalid' : 'popupMastodonHint')}
      </p>
    </>
  );
}
