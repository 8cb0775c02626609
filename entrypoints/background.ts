import { defineBackground } from 'wxt/utils/define-background';
import { setupContextMenu } from '@/utils/menu/setup-context-menu';

export default defineBackground(() => {
  setupContextMenu();
});
