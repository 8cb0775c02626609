import { allowSitesOnExtensionsPage, launchChromium } from '../support/chromium-session';
import { launchFirefox } from '../support/firefox-session';
import { pollFor } from '../support/poll-for';
import { type BrowserName, type InsertDriver, readNotice } from './insert-cases';

/** What the tests use of a Playwright or a Puppeteer frame: the two APIs agree on these. */
interface FrameLike {
  url(): string;
  evaluate(expression: string): Promise<unknown>;
}
interface PageLike extends FrameLike {
  goto(url: string): Promise<unknown>;
  bringToFront(): Promise<void>;
  frames(): FrameLike[];
  click(selector: string): Promise<void>;
  mouse: { click(x: number, y: number): Promise<void> };
  keyboard: {
    type(text: string): Promise<void>;
    down(key: string): Promise<void>;
    press(key: string): Promise<void>;
    up(key: string): Promise<void>;
  };
}

/** One browser with the extension, the fixture tab and an extension page (the popup) open. */
interface Session {
  page: PageLike;
  popup: PageLike;
  /** Lets the extension reach `pattern` as a user would: see each browser's own note. */
  allowSite(pattern: string, ask: () => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

// In an extension page, the extension API is `browser` in Firefox and `chrome` in Chromium.
const withApi = (body: string) =>
  `(async () => { const api = globalThis.browser ?? globalThis.chrome; return ${body}; })()`;

const CLICK_ID = 'sc-test-gesture';

/** The driver on top of either browser: everything but the launch is the same code. */
async function driverFor(browser: BrowserName, session: Session, serverUrl: string): Promise<InsertDriver> {
  const { page, popup } = session;
  const inExtension = <T>(body: string) => popup.evaluate(withApi(body)) as Promise<T>;
  const tabs = await inExtension<{ id: number; url?: string }[]>('api.tabs.query({})');
  const tabId = tabs.find((t) => t.url?.startsWith(serverUrl))?.id;
  if (tabId === undefined) throw new Error(`no tab at ${serverUrl}`);
  // The fixture tab in front, as when the user acts on it; the popup page stays open behind it.
  await page.bringToFront();

  /** A real click on a button in the extension page, whose handler runs `body`: a user gesture for the browser. */
  async function clickInExtension<T>(body: string): Promise<T> {
    await popup.evaluate(`(() => {
      const button = document.createElement('button');
      button.id = '${CLICK_ID}';
      button.textContent = 'test gesture';
      button.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483647;width:200px;height:40px';
      button.onclick = () => {
        const api = globalThis.browser ?? globalThis.chrome;
        button.remove();
        Promise.resolve(${body}).then((value) => { globalThis.__gesture = { value }; },
          (error) => { globalThis.__gesture = { error: String(error) }; });
      };
      globalThis.__gesture = undefined;
      document.body.append(button);
    })()`);
    await popup.bringToFront();
    await popup.click(`#${CLICK_ID}`);
    let result: { value?: T; error?: string } | undefined;
    await pollFor(async () => {
      result = (await popup.evaluate('globalThis.__gesture')) as typeof result;
      return result !== undefined;
    }, 'the click handler in the extension page');
    await page.bringToFront();
    if (result?.error) throw new Error(result.error);
    return result?.value as T;
  }

  return {
    browser,
    goto: async (url) => {
      await page.goto(url);
    },
    eval: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    frameEval: async <T>(prefix: string, expression: string) => {
      const frame = page.frames().find((f) => f.url().startsWith(prefix));
      if (!frame) throw new Error(`no frame at ${prefix}`);
      return (await frame.evaluate(expression)) as T;
    },
    click: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    undo: async () => {
      await page.keyboard.down('Control');
      await page.keyboard.press('z');
      await page.keyboard.up('Control');
    },
    paste: async () => {
      await page.keyboard.down('Control');
      await page.keyboard.press('v');
      await page.keyboard.up('Control');
    },
    // As the popup does: a runtime message from an extension page.
    tabId,
    insert: () => inExtension(`api.runtime.sendMessage({ type: 'insert-call', tabId: ${tabId} })`),
    command: () => inExtension(`api.runtime.sendMessage({ type: 'e2e-command' })`),
    notice: () =>
      inExtension(
        `api.scripting.executeScript({ target: { tabId: ${tabId}, frameIds: [0] }, func: ${readNotice.toString()} })
          .then((results) => results[0]?.result ?? undefined)`,
      ),
    inExtension,
    allowSite: (pattern) =>
      session.allowSite(pattern, () =>
        clickInExtension(`api.permissions.request({ origins: [${JSON.stringify(pattern)}] })`).then((granted) => {
          if (granted !== true) throw new Error(`permissions.request for ${pattern} gave ${granted}`);
        }),
      ),
    close: session.close,
  };
}

/** Debian's Chromium through Playwright; `launch.args` e.g. map real host names to the fixture server. */
export async function openChromium(
  serverUrl: string,
  launch: Parameters<typeof launchChromium>[0] & { pageLanguage?: string } = {},
): Promise<InsertDriver> {
  const chromium = await launchChromium(launch);
  const page = await chromium.context.newPage();
  if (launch.pageLanguage) {
    // What the page is told (navigator.languages, Accept-Language), apart from the interface's language.
    const cdp = await chromium.context.newCDPSession(page);
    const userAgent = await page.evaluate(() => navigator.userAgent);
    await cdp.send('Emulation.setUserAgentOverride', { userAgent, acceptLanguage: launch.pageLanguage });
  }
  await page.goto(`${serverUrl}/page.html`);
  const popup = await chromium.openExtensionPage('popup.html');
  const session: Session = {
    page,
    popup,
    // See allowSitesOnExtensionsPage: the prompt cannot be answered headless, so the user's allowance comes first.
    async allowSite(pattern, ask) {
      await allowSitesOnExtensionsPage(chromium, [pattern]);
      await ask();
    },
    close: chromium.close,
  };
  return driverFor('chromium', session, serverUrl);
}

/** Debian's Firefox ESR through Puppeteer over WebDriver BiDi. */
export async function openFirefox(
  serverUrl: string,
  launch: { prefs?: Record<string, string | number | boolean>; acceptInsecureCerts?: boolean } = {},
): Promise<InsertDriver> {
  // Firefox's own switch for automation: an optional permission asked from a user gesture is granted
  // without the doorhanger. The gesture is still required (see the cross-origin test).
  const firefox = await launchFirefox({
    ...launch,
    prefs: { 'extensions.webextOptionalPermissionPrompts': false, ...launch.prefs },
  });
  const page = (await firefox.browser.pages())[0] ?? (await firefox.browser.newPage());
  await page.goto(`${serverUrl}/page.html`);
  const popup = await firefox.openExtensionPage('popup.html', 'h1');
  const session: Session = { page, popup, allowSite: (_pattern, ask) => ask(), close: () => firefox.close() };
  const driver = await driverFor('firefox', session, serverUrl);
  // Headless Firefox opens its real context menu on a right-click and tells the extension (onShown);
  // Chromium has no onShown. No test can click an item of it, nor close it (Escape and navigation don't).
  driver.rightClickMenu = async (x, y) => {
    await driver.inExtension(`(() => {
      globalThis.__shown = undefined;
      const on = (info) => { globalThis.__shown = info; api.contextMenus.onShown.removeListener(on); };
      api.contextMenus.onShown.addListener(on);
    })()`);
    await page.mouse.click(x, y, { button: 'right' });
    let shown: { menuIds: string[]; contexts: string[] } | undefined;
    await pollFor(async () => {
      shown = await driver.inExtension('globalThis.__shown');
      return shown !== undefined;
    }, 'contextMenus.onShown');
    return { menuIds: shown?.menuIds ?? [], contexts: shown?.contexts ?? [] };
  };
  return driver;
}
