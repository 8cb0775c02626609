import { defineBackground } from 'wxt/utils/define-background';
import { setupInsertTriggers } from '@/utils/insert/setup-insert-triggers';
import { setupContextMenu } from '@/utils/menu/setup-context-menu';

export default defineBackground(() => {
  setupContextMenu();
  setupInsertTriggers();
});
