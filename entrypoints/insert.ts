import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runInPage, takeRequest } from '@/utils/insert/run-in-page';

// Injected on demand into the page's own world (see utils/insert/insert-call.ts); its result
// is what `scripting.executeScript` returns.
export default defineUnlistedScript(() => runInPage(takeRequest()));
