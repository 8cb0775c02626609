import type { CDPSession } from 'playwright-core';

/** Follows our service worker's running status through CDP, and stops it on demand. */
export async function serviceWorkerControl(cdp: CDPSession, extensionId: string) {
  let status = 'unknown';
  const transitions: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const version of event.versions)
      if (version.scriptURL.includes(extensionId)) {
        status = version.runningStatus;
        transitions.push(`${Date.now() % 100000}:${status}`);
      }
  });
  await cdp.send('ServiceWorker.enable');
  const waitFor = async (wanted: (status: string) => boolean, what: string) => {
    const end = Date.now() + 10_000;
    while (!wanted(status)) {
      if (Date.now() > end)
        throw new Error(`the service worker stayed ${status}, not ${what}: ${transitions.slice(-12).join(' ')}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  // Enabling reports the current state shortly after it answers.
  await waitFor((s) => s !== 'unknown', 'reported');
  return {
    status: () => status,
    /** Waits until it runs (it may still be starting right after the browser's launch). */
    running: () => waitFor((s) => s === 'running', 'running'),
    /**
     * Stops every service worker (ours is the only one) and waits until ours stays stopped. An event queued
     * while it ran (the closed popup's tab, its last message) can start it again at once; then it is stopped again.
     */
    async stop() {
      for (let attempt = 0; attempt < 10; attempt++) {
        if (status === 'stopped') return attempt;
        const before = transitions.length;
        await cdp.send('ServiceWorker.stopAllWorkers');
        // Watches the reports, not the status: a restart can follow the stop within a millisecond.
        await waitFor(() => transitions.slice(before).some((t) => t.endsWith(':stopped')), 'stopped');
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`the service worker kept starting again after a stop: ${transitions.slice(-12).join(' ')}`);
    },
  };
}
