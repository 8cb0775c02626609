import { browser } from '@wxt-dev/browser';

/** The part of a @wxt-dev/storage item the popup uses. */
export interface LocalValue<T> {
  /** The storage.local key; the same item in utils/storage.ts is `local:<key>`. */
  key: string;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls `cb` with the new value each time it changes (from any page or the background); returns the unwatch. */
  watch(cb: (value: T) => void): () => void;
}

/**
 * One storage.local value by its key, read and written directly. The popup uses this instead of
 * @wxt-dev/storage, which costs it about 3 KB gzipped of its 20 KB budget; the values are the
 * same: an item defined as `local:lang` is stored under `lang` (without migrations, which none of
 * ours has, the library stores the bare value), and null or absent reads as the fallback.
 */
export function localValue<T>(key: string, fallback: T): LocalValue<T> {
  return {
    key,
    async getValue() {
      const stored = await browser.storage.local.get(key);
      return (stored[key] ?? fallback) as T;
    },
    async setValue(value) {
      await browser.storage.local.set({ [key]: value ?? null });
    },
    watch(cb) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) cb((changes[key]?.newValue ?? fallback) as T);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
