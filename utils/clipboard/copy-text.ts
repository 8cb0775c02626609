/**
 * Copies text with the async Clipboard API. False when the browser refuses
 * (no permission, page not focused, API missing): the caller then selects the
 * value for a manual copy and says so. Never throws.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
