import { launchChromium } from '../tests/support/chromium-session';
import { launchFirefox } from '../tests/support/firefox-session';
import { extensionDir } from '../tests/support/paths';
import { pollFor } from '../tests/support/poll-for';
import { PREPARED_KEY } from '../utils/insert/protocol';
import { fixtureTabId, type Run, runIn } from './insert-latency';
import { round } from './stats';

/**
 * Where ours pays more than the floor, piece by piece. Every insert pays one `scripting.executeScript`; ours then
 * reads the prepared texts from `storage.local` in the isolated world, where the floor gets its string in the
 * call's `args`. Handing the texts over in a call of their own is the alternative, in a row or fired together.
 */
export const INJECTION_ARMS = ['oneCall', 'oneCallReadingStorage', 'twoCallsInRow', 'twoCallsAtOnce'] as const;
export type InjectionArm = (typeof INJECTION_ARMS)[number];

export interface InjectionCosts {
  n: number;
  /** Mean ms from the extension page (Firefox's clock steps by 1 ms there: a mean, not a median, resolves below it). */
  meanMs: Record<InjectionArm, number>;
  /** What each costs on top of the one call every insert makes. */
  extraMs: { storageRead: number; secondCallInRow: number; secondCallAtOnce: number };
}

/** Runs in our extension page: the arms in turns, `count` rounds, the order rotating each round. */
async function timeArms([tabId, count, key, arms]: [number, number, string, readonly InjectionArm[]]) {
  // biome-ignore lint/suspicious/noExplicitAny: the extension page's own global, `browser` in Firefox
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const target = { tabId };
  const call = () => api.scripting.executeScript({ target, func: () => true });
  const reading = () =>
    api.scripting.executeScript({
      target,
      func: async (k: string) => {
        // biome-ignore lint/suspicious/noExplicitAny: the isolated world's own global
        const g = (globalThis as any).browser ?? (globalThis as any).chrome;
        return Object.keys(await g.storage.local.get(k)).length === 1;
      },
      args: [key],
    });
  const run: Record<InjectionArm, () => Promise<unknown>> = {
    oneCall: call,
    oneCallReadingStorage: async () => {
      const [first] = await reading();
      if (first?.result !== true) throw new Error('the prepared texts are not in storage');
    },
    twoCallsInRow: async () => {
      await call();
      await call();
    },
    twoCallsAtOnce: () => Promise.all([call(), call()]),
  };
  const times = Object.fromEntries(arms.map((arm) => [arm, [] as number[]])) as Record<InjectionArm, number[]>;
  for (let lap = 0; lap < count + 2; lap++)
    for (let k = 0; k < arms.length; k++) {
      const arm = arms[(k + lap) % arms.length] as InjectionArm;
      const start = performance.now();
      await run[arm]();
      if (lap >= 2) times[arm].push(performance.now() - start);
    }
  return times;
}

async function measure(extension: Run, tabId: number, count: number): Promise<InjectionCosts> {
  await pollFor(
    () =>
      extension(async (key) => {
        // biome-ignore lint/suspicious/noExplicitAny: the extension page's own global
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        return key in (await api.storage.local.get(key));
      }, PREPARED_KEY),
    'the prepared texts in storage',
  );
  const times = await extension(timeArms, [tabId, count, PREPARED_KEY, INJECTION_ARMS] as const);
  const mean = (arm: InjectionArm) => times[arm].reduce((a, b) => a + b, 0) / times[arm].length;
  const meanMs = Object.fromEntries(INJECTION_ARMS.map((arm) => [arm, round(mean(arm))])) as Record<
    InjectionArm,
    number
  >;
  return {
    n: count,
    meanMs,
    extraMs: {
      storageRead: round(mean('oneCallReadingStorage') - mean('oneCall')),
      secondCallInRow: round(mean('twoCallsInRow') - mean('oneCall')),
      secondCallAtOnce: round(mean('twoCallsAtOnce') - mean('oneCall')),
    },
  };
}

/** Our e2e build (host access to the fixture), calls into the fixture page from our popup page. */
export async function chromiumInjectionCosts(pageUrl: string, count: number): Promise<InjectionCosts> {
  const session = await launchChromium({ dir: extensionDir('chrome', 'e2e') });
  try {
    const fixture = await session.context.newPage();
    await fixture.goto(pageUrl);
    const extension = runIn(await session.openExtensionPage('popup.html'));
    return await measure(extension, await fixtureTabId(extension, pageUrl), count);
  } finally {
    await session.close();
  }
}

export async function firefoxInjectionCosts(pageUrl: string, count: number): Promise<InjectionCosts> {
  const firefox = await launchFirefox({ dir: extensionDir('firefox', 'e2e') });
  try {
    const fixture = await firefox.browser.newPage();
    await fixture.goto(pageUrl);
    const extension = runIn(await firefox.openExtensionPage('popup.html', 'h1'));
    return await measure(extension, await fixtureTabId(extension, pageUrl), count);
  } finally {
    await firefox.close();
  }
}
