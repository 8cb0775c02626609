// Not @wxt-dev/storage: it costs the popup about 3 KB gzipped of its 20 KB, and reads no value's shape.
import { browser } from '@wxt-dev/browser';

/** One storage.local value with its default: every read is checked, every write typed. */
export interface LocalItem<T> {
  /** The storage.local key (`local:<key>` in @wxt-dev/storage, which stored the same bare value). */
  readonly key: string;
  readonly fallback: T;
  /** The stored value if it passes the item's check, else the fallback; never throws. */
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /** Calls `cb` with the new value, checked, each time any page or the background changes it; returns the unwatch. */
  watch(cb: (value: T) => void): () => void;
}

/**
 * Storage can hold anything: an older shape, a newer version's, a corrupt write. `read` turns what is
 * stored into a value of this version, or undefined when it cannot: then the item reads as `fallback`.
 */
export function localItem<T>(key: string, fallback: T, read: (stored: unknown) => T | undefined): LocalItem<T> {
  const check = (stored: unknown): T => (stored == null ? fallback : (read(stored) ?? fallback));
  return {
    key,
    fallback,
    async getValue() {
      try {
        return check((await browser.storage.local.get(key))[key]);
      } catch {
        return fallback;
      }
    },
    async setValue(value) {
      await browser.storage.local.set({ [key]: value ?? null });
    },
    async removeValue() {
      await browser.storage.local.remove(key);
    },
    watch(cb) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) cb(check(changes[key]?.newValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

/** For the items' checks: a stored value whose fields can be read. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
