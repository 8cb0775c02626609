import { customTemplate } from '@/utils/storage';

/** Longer than any post or e-mail people would send; storage is not a document store. */
export const TEMPLATE_MAX_LENGTH = 5000;

/**
 * The user's own message template, or undefined to use the campaign's. Pass it
 * as `template` to renderMessage wherever a message is inserted or copied, so
 * the options page's preview is exactly what goes out. Anything odd in storage
 * (not a string, empty, too long) counts as none.
 */
export async function loadCustomTemplate(): Promise<string | undefined> {
  const value: unknown = await customTemplate.getValue().catch(() => null);
  if (typeof value !== 'string' || value.length > TEMPLATE_MAX_LENGTH || value.trim() === '') return undefined;
  return value;
}

export async function saveCustomTemplate(text: string): Promise<void> {
  await customTemplate.setValue(text.trim() === '' ? null : text.slice(0, TEMPLATE_MAX_LENGTH));
}
