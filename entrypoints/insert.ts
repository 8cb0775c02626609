// The browser's own API, without the polyfill: every byte here is parsed on each insert.
import { browser } from '@wxt-dev/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runPageSide, takeRequest } from '@/utils/insert/page-side';
import { PREPARED_KEY } from '@/utils/insert/protocol';

// Injected on demand into the extension's isolated world (utils/insert/insert-call.ts), never the
// page's; its result is what `scripting.executeScript` returns to the background.
export default defineUnlistedScript(async () => {
  const request = takeRequest();
  const stored = request.op === 'probe' ? {} : await browser.storage.local.get(PREPARED_KEY);
  return runPageSide(request, stored[PREPARED_KEY]);
});
