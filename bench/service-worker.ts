import type { CDPSession } from 'playwright-core';

/** Follows our service worker's running status through CDP, and stops it on demand. */
export async function serviceWorkerControl(cdp: CDPSession, extensionId: string) {
  let status = 'unknown';
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const version of event.versions) if (version.scriptURL.includes(extensionId)) status = version.runningStatus;
  });
  await cdp.send('ServiceWorker.enable');
  const waitFor = async (wanted: (status: string) => boolean, what: string) => {
    const end = Date.now() + 10_000;
    while (!wanted(status)) {
      if (Date.now() > end) throw new Error(`the service worker stayed ${status}, not ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  // Enabling reports the current state shortly after it answers.
  await waitFor((s) => s !== 'unknown', 'reported');
  return {
    status: () => status,
    /** Waits until it runs (it may still be starting right after the browser's launch). */
    running: () => waitFor((s) => s === 'running', 'running'),
    /** Stops every service worker (ours is the only one) and waits until ours is stopped. */
    async stop() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await waitFor((s) => s === 'stopped', 'stopped');
    },
  };
}
