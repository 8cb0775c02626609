import { customTemplate, defaultVariant, langSetting, mastodonInstance } from '@/utils/storage/items';
import { updatesEnabled } from '@/utils/storage/update-state';

/**
 * "Reset to defaults": the user's choices go back to their defaults. The
 * accepted campaign update stays (it is the campaign's news, not a setting),
 * and so do unseen address-change notices.
 */
export async function resetSettings(): Promise<void> {
  await Promise.all([
    langSetting.removeValue(),
    defaultVariant.removeValue(),
    customTemplate.removeValue(),
    mastodonInstance.removeValue(),
    updatesEnabled.removeValue(),
  ]);
}
