import { storage } from 'wxt/utils/storage';

/** Donation ids whose address a signed update changed, with the update's date; cleared once the user has seen them. */
export const addressChanges = storage.defineItem<Record<string, string>>('local:addressChanges', {
  fallback: {},
  version: 1,
});

/** The changed addresses to flag on their cards; anything malformed in storage counts as none. */
export async function loadAddressChanges(): Promise<Record<string, string>> {
  const value = await addressChanges.getValue().catch(() => ({}));
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([, date]) => typeof date === 'string'));
}

/** Flags `ids` as changed by the update dated `date`, keeping earlier flags the user has not seen yet. */
export async function recordAddressChanges(ids: string[], date: string): Promise<void> {
  if (ids.length === 0) return;
  const current = await loadAddressChanges();
  await addressChanges.setValue({ ...current, ...Object.fromEntries(ids.map((id) => [id, date])) });
}

/** Called when the popup has shown the notice: the user has now seen it. */
export async function markAddressChangesSeen(): Promise<void> {
  await addressChanges.setValue({});
}
