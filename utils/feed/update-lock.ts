const LOCK = 'solidarity-call:campaign-update';

let chain: Promise<unknown> = Promise.resolve();

/**
 * Runs `task` alone: no other check-then-save of the campaign runs meanwhile.
 *
 * The popup and the background both check the feed, in separate JavaScript
 * contexts, so a promise chain inside one of them cannot order the two. The Web
 * Locks API can: a lock is held per origin, and every page and worker of the
 * extension shares one origin. Both browsers we support have it in extension
 * pages and background workers. The chain is the fallback where `navigator.locks`
 * is missing (the unit tests' DOM); there a second context is not excluded, and
 * only the version check repeated just before saving stands in the way.
 */
export function withUpdateLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (locks) return locks.request(LOCK, task) as Promise<T>;
  const run = chain.then(task, task);
  chain = run.catch(() => undefined);
  return run;
}
