// For tests that tell one story in Chromium (Playwright) and Firefox (Puppeteer) alike.

/** What both harnesses' pages can do (Playwright's and Puppeteer's Page agree on these). */
export interface EitherPage {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  evaluate(expression: string): Promise<unknown>;
  keyboard: { press(key: string): Promise<void> };
  click(selector: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

/** Runs in an extension page (pass it to evaluate): storage as the extension sees it. */
export function readStorage(keys: string[]) {
  // biome-ignore lint/suspicious/noExplicitAny: the page's own extension global
  const g = globalThis as any;
  return (g.browser ?? g.chrome).storage.local.get(keys) as Promise<Record<string, unknown>>;
}

/** Runs in an extension page (pass it to evaluate): writes storage as the extension would. */
export function writeStorage(items: Record<string, unknown>) {
  // biome-ignore lint/suspicious/noExplicitAny: the page's own extension global
  const g = globalThis as any;
  return (g.browser ?? g.chrome).storage.local.set(items) as Promise<void>;
}
