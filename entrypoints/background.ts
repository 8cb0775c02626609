import { defineBackground } from 'wxt/utils/define-background';
import { setupCampaignUpdates } from '@/utils/campaign-in-use/refresh';
import { setupPopupLanguage } from '@/utils/i18n/popup-language';
import { setupInsertTriggers } from '@/utils/insert/background/insert-triggers';
import { setupPrepareInsertion } from '@/utils/insert/background/prepare';
import { setupContextMenu } from '@/utils/menu/setup-context-menu';
import { setupWelcome } from '@/utils/welcome/setup-welcome';

export default defineBackground(() => {
  setupContextMenu();
  setupInsertTriggers();
  setupPrepareInsertion();
  setupPopupLanguage();
  setupWelcome();
  // A literal in the build: without a feed, the update code is not even in the bundle.
  if (import.meta.env.FEED_URL) setupCampaignUpdates();
});
