import { customTemplate, TEMPLATE_MAX_LENGTH } from '@/utils/storage/items';

export { TEMPLATE_MAX_LENGTH };

/**
 * The user's own message template, or undefined to use the campaign's. Pass it
 * as `template` to renderMessage wherever a message is inserted or copied, so
 * the options page's preview is exactly what goes out. Anything odd in storage
 * (not a string, empty, too long) counts as none (the item's check).
 */
export async function loadCustomTemplate(): Promise<string | undefined> {
  return (await customTemplate.getValue()) ?? undefined;
}

export async function saveCustomTemplate(text: string): Promise<void> {
  await customTemplate.setValue(text.trim() === '' ? null : text.slice(0, TEMPLATE_MAX_LENGTH));
}
