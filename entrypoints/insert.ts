// The browser's own API, without the polyfill: every byte here is parsed on each insert.
import { browser } from '@wxt-dev/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { answerInIsolatedWorld, takeRequest } from '@/utils/insert/isolated-world/answer-request';
import { PREPARED_KEY } from '@/utils/insert/protocol';

// Injected on demand into the extension's isolated world (utils/insert/background/insert-call.ts), never
// the page's main world; its result is what `scripting.executeScript` returns to the background.
export default defineUnlistedScript(async () => {
  const request = takeRequest();
  const stored = request.op === 'probe' ? {} : await browser.storage.local.get(PREPARED_KEY);
  return answerInIsolatedWorld(request, stored[PREPARED_KEY]);
});
