// The browser's own API, without the polyfill: every byte here is parsed on each insert.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runPageSide, takeRequest } from '@/utils/insert/page-side';
import { insertPrepared } from '@/utils/storage/items';

// Injected on demand into the extension's isolated world (utils/insert/insert-call.ts), never the
// page's; its result is what `scripting.executeScript` returns to the background.
export default defineUnlistedScript(async () => {
  const request = takeRequest();
  return runPageSide(request, request.op === 'probe' ? null : await insertPrepared.getValue());
});
