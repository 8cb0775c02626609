import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeReply } from '@/components/InsertButton';
import type { Campaign, Lang } from '@/utils/campaign/schema';
import { VARIANTS } from '@/utils/campaign/schema';
import { makeStrings } from '@/utils/i18n/strings';
import type { InsertOutcome } from '@/utils/insert/protocol';
import { renderMessage } from '@/utils/message/render';
import { type FixtureServer, startServer } from '../support/local-server';
import { ROOT } from '../support/paths';
import { buildFixtures } from './fixtures/build-fixtures';
import type { BrowserName, InsertDriver } from './insert-cases';

interface Records {
  stacks: string[];
  clipboardWrites: string[];
  globalWrites: string[];
  added: string[];
}

const campaign = JSON.parse(readFileSync(join(ROOT, 'assets/campaign.json'), 'utf8')) as Campaign;
const messagesIn = (lang: Lang) =>
  VARIANTS.map((variant) => renderMessage(campaign, { lang, variant, format: 'text' }));
const locale = (lang: string) =>
  JSON.parse(readFileSync(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8')) as Record<
    string,
    { message: string }
  >;
const squash = (s: string) => s.replace(/\s+/g, '');

export interface HostileSetup {
  /** What the page is told (navigator.languages), as our language. */
  pageLang: Lang;
  /** The browser's interface language, which the page must not learn. */
  uiLang: string;
}

/**
 * The hostile page (tests/e2e/fixtures/src/hostile.ts) against inserts from the popup's path (a runtime
 * message from an extension page) and the shortcut's (the background's command handler).
 */
export function describeHostile(
  browser: BrowserName,
  setup: HostileSetup,
  open: (serverUrl: string) => Promise<InsertDriver>,
): void {
  describe(`${browser}: a hostile page learns nothing during an insert`, () => {
    let server: FixtureServer;
    let driver: InsertDriver;
    let extensionMarks: string[];
    const seen: Records[] = [];

    beforeAll(async () => {
      server = await startServer({ root: await buildFixtures() });
      driver = await open(server.url);
      // Our id (Chromium) or per-install UUID (Firefox): the host of any of our URLs.
      const base = await driver.inExtension<string>('api.runtime.getURL("/")');
      extensionMarks = ['chrome-extension://', 'moz-extension://', new URL(base).host];
    });
    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    async function openCase(id: string) {
      await driver.goto(`${server.url}/hostile.html?case=${id}`);
      for (let i = 0; i < 50 && !(await driver.eval<boolean>('Boolean(window.fixture?.ready)')); i++) {
        await new Promise((r) => setTimeout(r, 50));
      }
      const point = await driver.eval<{ x: number; y: number }>('window.fixture.clickPoint()');
      await driver.click(point.x, point.y);
      await driver.type('Earlier text. ');
      await driver.eval('window.hostile.mark()');
    }

    /** What the page recorded, checked for anything of ours; kept for the summary. */
    async function pageLearned() {
      const records = await driver.eval<Records>('window.hostile.records');
      seen.push(records);
      const recorded = JSON.stringify(records);
      const leaks = records.stacks.filter((stack) => extensionMarks.some((mark) => stack.includes(mark)));
      const globals = await driver.eval<string[]>('window.hostile.newGlobals()');
      console.info(
        `${browser}: ${records.stacks.length} stacks recorded, ${leaks.length} name us (${[...new Set(leaks.map((l) => l.split('\n')[0]))].join(', ')}); new globals: ${globals.join(', ') || 'none'}; global writes: ${records.globalWrites.length}; clipboard writes: ${records.clipboardWrites.length}`,
      );
      for (const mark of extensionMarks) expect(recorded, `the page saw ${mark}`).not.toContain(mark);
      expect(records.globalWrites, 'no request through a page global').toEqual([]);
      expect(await driver.eval<string[]>('window.hostile.newGlobals()'), 'no global left').toEqual([]);
      // Nothing we added names us: no tag, id, class or attribute.
      expect(records.added.join(' ')).not.toMatch(/solidarity|call|notice/i);
      expect(await driver.eval<string[]>('window.hostile.openRoots()'), 'no shadow root the page can open').toEqual([]);
      return records;
    }

    const inPageLanguage = async (model: string) => {
      const messages = messagesIn(setup.pageLang);
      expect(
        messages.some((m) => squash(model).includes(squash(m.replace(/\s*\n\s*/g, ' ')))),
        `the message in ${setup.pageLang}:\n${model}`,
      ).toBe(true);
    };

    it('the page is told another language than the interface’s (the case this test is about)', async () => {
      const ui = await driver.inExtension<string>('api.i18n.getUILanguage()');
      expect(ui.toLowerCase().startsWith(setup.uiLang), `interface language ${ui}`).toBe(true);
      expect(setup.uiLang).not.toBe(setup.pageLang);
      await driver.goto(`${server.url}/hostile.html?case=textarea`);
      expect((await driver.eval<string[]>('navigator.languages'))[0]?.toLowerCase().startsWith(setup.pageLang)).toBe(
        true,
      );
    });

    it('popup path, textarea: inserted in the page’s language; nothing of ours in any stack, no global', async () => {
      await openCase('textarea');
      const outcome = await driver.insert();
      expect(outcome).toMatchObject({ inserted: true, kind: 'textarea', ok: true });
      const records = await pageLearned();
      await inPageLanguage(await driver.eval<string>('window.fixture.model()'));
      // The page did watch: its listeners ran during the insert.
      expect(records.stacks.some((s) => s.startsWith('event input'))).toBe(true);
    });

    it('popup path, Lexical (a synthetic paste): the same', async () => {
      await openCase('lexical');
      const outcome = await driver.insert();
      expect(outcome).toMatchObject({ inserted: true, kind: 'rich', ok: true });
      console.info(`${browser}: Lexical took the text by ${outcome.inserted && outcome.method}`);
      await pageLearned();
      await inPageLanguage(await driver.eval<string>('window.fixture.model()'));
    });

    it('shortcut path, contenteditable: the same', async () => {
      await openCase('contenteditable');
      await driver.command();
      let model = '';
      for (let i = 0; i < 40 && !model.includes('https://'); i++) {
        await new Promise((r) => setTimeout(r, 50));
        model = await driver.eval<string>('window.fixture.model()');
      }
      await pageLearned();
      await inPageLanguage(model);
    });

    it('shortcut path, password field: a closed notice in the page’s language; its Copy puts exactly the message on the clipboard', async () => {
      await openCase('password');
      await driver.command();
      let notice = await driver.notice();
      for (let i = 0; i < 40 && !notice; i++) {
        await new Promise((r) => setTimeout(r, 50));
        notice = await driver.notice();
      }
      if (!notice) throw new Error('no notice');
      expect(notice.text).toContain(locale(setup.pageLang).insertRefused_password?.message);
      await driver.click(notice.copyAt.x, notice.copyAt.y);
      await new Promise((r) => setTimeout(r, 300));
      const records = await pageLearned();
      expect(records.clipboardWrites, 'the page’s writeText was never called').toEqual([]);
      // Paste into a clean page's field: what the clipboard holds.
      await driver.goto(`${server.url}/page.html?case=textarea`);
      const point = await driver.eval<{ x: number; y: number }>('window.fixture.clickPoint()');
      await driver.click(point.x, point.y);
      await driver.paste();
      const pasted = await driver.eval<string>('window.fixture.model()');
      expect(pasted).toBe(messagesIn(setup.pageLang)[2]);
    });

    it('popup path, a field in another site’s frame: only our sentence, no site from the page, no permission asked', async () => {
      const before = await driver.inExtension<{ origins: string[] }>('api.permissions.getAll()');
      await driver.goto(`${server.url}/hostile.html?case=cross-origin`);
      for (let i = 0; i < 50 && !(await driver.eval<boolean>('Boolean(window.fixture?.ready)')); i++) {
        await new Promise((r) => setTimeout(r, 50));
      }
      const point = await driver.eval<{ x: number; y: number }>('window.fixture.clickPoint()');
      for (let i = 0; i < 10; i++) {
        await driver.click(point.x, point.y);
        if (await driver.eval<boolean>('document.activeElement?.localName === "iframe"')) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      await driver.eval('window.hostile.mark()');
      const outcome = await driver.insert();
      expect(outcome).toEqual({ inserted: false, reason: 'cross-origin-frame', ok: false });
      const after = await driver.inExtension<{ origins: string[] }>('api.permissions.getAll()');
      expect(after.origins.sort()).toEqual(before.origins.sort());
      // What the popup would show: one of our own sentences.
      const en = locale('en');
      const strings = makeStrings('en', en as never, en as never);
      const said = describeReply(outcome as InsertOutcome & { ok: boolean }, strings.t);
      expect(Object.values(en).map((m) => m.message)).toContain(said);
      await pageLearned();
    });

    it('the popup’s preview (probe-place): codes and counts only, the page’s language', async () => {
      await openCase('maxlength-280');
      const reply = await driver.inExtension<Record<string, unknown>>(
        `api.runtime.sendMessage({ type: 'probe-place', tabId: ${driver.tabId} })`,
      );
      // Codes from closed lists and counts, each checked by the background: nothing the page could word.
      expect(reply).toEqual({
        ok: true,
        place: 'unknown',
        limit: null,
        counter: 'utf16',
        variant: 'long',
        fieldKind: 'textarea',
        room: 266,
        pageLang: setup.pageLang,
      });
      await pageLearned();
    });

    it('summary', () => {
      const stacks = seen.reduce((n, r) => n + r.stacks.length, 0);
      console.info(`${browser}: the hostile page recorded ${stacks} stacks over ${seen.length} inserts; none named us`);
    });
  });
}
