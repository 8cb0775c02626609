/** Polls `check` each animation frame (and at least every 16 ms) until it holds or `ms` pass. */
export async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const end = performance.now() + ms;
  for (;;) {
    if (check()) return true;
    if (performance.now() >= end) return false;
    await new Promise((done) => setTimeout(done, 16));
  }
}
