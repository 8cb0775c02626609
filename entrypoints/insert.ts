// The browser's own API, without the polyfill: every byte here is parsed on each insert.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { answerInIsolatedWorld, takeRequest } from '@/utils/insert/isolated-world/answer-request';
import { insertPrepared } from '@/utils/storage/items';

// Injected on demand into the extension's isolated world (utils/insert/background/insert-call.ts), never
// the page's main world; its result is what `scripting.executeScript` returns to the background.
export default defineUnlistedScript(async () => {
  const request = takeRequest();
  return answerInIsolatedWorld(request, request.op === 'probe' ? null : await insertPrepared.getValue());
});
