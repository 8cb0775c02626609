import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Campaign, Variant } from '@/utils/campaign/schema';
import { VARIANTS } from '@/utils/campaign/schema';
import type { FieldKind, InsertOutcome } from '@/utils/insert/protocol';
import { renderMessage } from '@/utils/message/render';
import { ROOT } from '../support/paths';
import { pollValue } from '../support/poll-for';
import { EDITOR_CASES } from './insert-editors';

export type BrowserName = 'chromium' | 'firefox';

/** One field or editor on a fixture page, and what insertion must do there. */
export interface InsertCase {
  id: string;
  /** Its row in the table in docs/insertion.md. */
  label: string;
  /** Inserted, or refused with a notice and the value untouched; 'fit' when it depends on `maxLength`. */
  expect: 'insert' | 'refuse' | 'fit';
  /** The field's maxlength: the longest variant that fits must land, or nothing. */
  maxLength?: number;
  /** Flattened to one line (an `<input>`). */
  singleLine?: boolean;
  /** Typed before inserting; empty when the field cannot take typing. */
  earlier?: string;
  /** Browsers where this is known not to work: the test then expects the failure, and docs/insertion.md says so. */
  failsIn?: BrowserName[];
  /** The field is in the iframe whose URL starts with this: its model is read there. */
  frame?: string;
  /** The editor merges any edits closer than this into one undo step, whatever their kind. */
  undoGroupMs?: number;
  /** The fixture page, when the case has its own (an editor's page); page.html?case=id otherwise. */
  page?: string;
}

const EARLIER = 'Earlier text. ';

/** The context-menu items the background must have made. */
export const MENU_IDS = [
  'insert-call',
  'insert-call-choose',
  ...VARIANTS.map((v) => `insert-call:variant:${v}`),
  ...['en', 'ru', 'nl', 'de'].map((l) => `insert-call:lang:${l}`),
];

export const CASES: InsertCase[] = [
  { id: 'textarea', label: '`<textarea>`', expect: 'insert' },
  { id: 'input', label: '`<input type=text>` (one line)', expect: 'insert', singleLine: true },
  { id: 'contenteditable', label: 'plain `contenteditable` div', expect: 'insert' },
  { id: 'plaintext-only', label: '`contenteditable="plaintext-only"` div', expect: 'insert' },
  { id: 'iframe', label: '`<textarea>` in a same-origin iframe', expect: 'insert' },
  { id: 'shadow', label: '`<textarea>` in an open shadow root', expect: 'insert' },
  { id: 'closed-shadow', label: '`<textarea>` in a closed shadow root', expect: 'insert' },
  { id: 'react', label: 'React 18 controlled `<textarea>` (state)', expect: 'insert' },
  {
    id: 'maxlength-280',
    label: '`maxlength=280`: the longest variant that fits, or a notice',
    expect: 'fit',
    maxLength: 280,
  },
  { id: 'maxlength-600', label: '`maxlength=600`: the longest variant that fits', expect: 'fit', maxLength: 600 },
  { id: 'maxlength-20', label: '`maxlength=20`: refused, notice shown', expect: 'refuse', earlier: 'Hi ' },
  { id: 'password', label: 'password field: refused', expect: 'refuse', earlier: 'secret' },
  { id: 'readonly', label: 'read-only field: refused', expect: 'refuse', earlier: '' },
  { id: 'selection', label: 'a selection is replaced', expect: 'insert', earlier: '' },
  { id: 'lexical', label: 'Lexical 0.52 (rich-text + history)', expect: 'insert' },
  // prosemirror-history's newGroupDelay and Quill's history delay, their defaults.
  { id: 'prosemirror', label: 'ProseMirror (schema-basic + history)', expect: 'insert', undoGroupMs: 500 },
  { id: 'quill', label: 'Quill 2', expect: 'insert', undoGroupMs: 1000 },
  { id: 'codemirror', label: 'CodeMirror 6 (+ history)', expect: 'insert' },
];

/** The fixture's other origin: the page is on 127.0.0.1, its iframe on localhost (same server). */
export const OTHER_SITE = 'http://localhost:';
/** What the extension must ask for: that one site, any port, nothing wider. */
export const OTHER_SITE_PATTERN = 'http://localhost/*';

/** Run apart from CASES, in this order: first refused without access, then inserted once the user allows the site. */
export const CROSS_ORIGIN_REFUSED: InsertCase = {
  id: 'cross-origin',
  label:
    '`<textarea>` in a cross-origin iframe, no access yet (toolbar/shortcut): refused, nothing asked, notice says to right-click the field',
  expect: 'refuse',
  frame: OTHER_SITE,
};
export const CROSS_ORIGIN: InsertCase = {
  id: 'cross-origin',
  label: '`<textarea>` in a cross-origin iframe, once the user allows that one site',
  expect: 'insert',
  frame: OTHER_SITE,
};

/** The campaign the e2e build bundles, rendered the way the extension renders it. */
const campaign = JSON.parse(readFileSync(join(ROOT, 'assets/campaign.json'), 'utf8')) as Campaign;
export const MESSAGES = Object.fromEntries(
  VARIANTS.map((variant) => [variant, renderMessage(campaign, { lang: 'en', variant, format: 'text' })]),
) as Record<Variant, string>;

/** The variant that must land: the longest whose text fits the room maxlength leaves; undefined if none does. */
export function expectedVariant(c: InsertCase, kind?: FieldKind): Variant | undefined {
  if (c.expect === 'refuse') return undefined;
  // On a page we do not know (utils/place): one line gets the short version, an editor the standard one,
  // a plain textarea (a forum reply, a comment, an editor's hidden one) the letter; maxlength can only make it
  // shorter. `kind` is the field as the engine found it (Monaco is an EditContext in Chromium, a textarea in Firefox).
  const rich = kind ? kind === 'rich' : RICH.has(c.id);
  const ceiling = c.singleLine || kind === 'input' ? 'short' : rich ? 'standard' : 'long';
  const allowed = VARIANTS.slice(0, VARIANTS.indexOf(ceiling) + 1).reverse();
  if (c.maxLength === undefined) return ceiling;
  const room = c.maxLength - (c.earlier ?? EARLIER).length;
  return allowed.find((v) => MESSAGES[v].length <= room);
}

/** The cases whose field is a rich editor rather than a form control. */
const RICH = new Set(['contenteditable', 'lexical', 'prosemirror', 'quill', 'codemirror', 'draft', 'slate', 'monaco']);

/** Text without white space: editors may wrap or split lines but must keep every character. */
export const squash = (s: string) => s.replace(/\s+/g, '');
export const occurrences = (haystack: string, needle: string) => squash(haystack).split(squash(needle)).length - 1;

/** What a test needs from a browser: a page with the fixture, keyboard and mouse, and the popup's message. */
export interface InsertDriver {
  browser: BrowserName;
  goto(url: string): Promise<void>;
  /** Evaluates an expression in the fixture page. */
  eval<T>(expression: string): Promise<T>;
  /** Evaluates an expression in the fixture's iframe whose URL starts with `prefix`, whatever its origin. */
  frameEval<T>(prefix: string, expression: string): Promise<T>;
  click(x: number, y: number): Promise<void>;
  type(text: string): Promise<void>;
  /** Ctrl+Z. */
  undo(): Promise<void>;
  /** Ctrl+V: what the clipboard holds, into the focused field. */
  paste(): Promise<void>;
  /** The fixture tab's id, as the extension knows it. */
  tabId: number;
  /** Sends {type:'insert-call', tabId} from the extension's popup page, as the popup does. */
  insert(): Promise<InsertOutcome>;
  /** Runs the keyboard shortcut's handler in the background (the e2e build's stand-in for the key press). */
  command(): Promise<void>;
  /** The notice in the top page, read from the extension's isolated world (its shadow root is closed). */
  notice(): Promise<Notice | undefined>;
  /** Evaluates `body` in the extension's popup page, with `api` its extension API (chrome or browser). */
  inExtension<T>(body: string): Promise<T>;
  /** Grants the extension `pattern` from a real click in its own page, as the user would. */
  allowSite(pattern: string): Promise<void>;
  /**
   * Right-clicks at (x, y) and returns what the browser's real context menu showed of ours
   * (`contextMenus.onShown`, Firefox only). The menu then stays open: nothing can close it.
   */
  rightClickMenu?(x: number, y: number): Promise<{ menuIds: string[]; contexts: string[] }>;
  close(): Promise<void>;
}

// ProseMirror and Quill merge every edit made within their delay into one undo step, so Ctrl+Z would take the
// typing away with the message; a person's pause between typing and right-clicking separates them, so the test
// pauses as long, plus a margin. The others need no pause (measured: 0 ms passes in both browsers): the browser's
// own undo for plain fields (insertPlain closes the typing step first), and Lexical and CodeMirror, which never
// merge a paste into typing.
const PAUSE_MARGIN_MS = 200;

/** The notice shown beside a refused field, as the page lays it out. */
export interface Notice {
  text: string;
  width: number;
  top: number;
  left: number;
  copy: boolean;
  /** The centre of its Copy button, in page coordinates. */
  copyAt: { x: number; y: number };
}

/**
 * Reads the notice from the extension's isolated world, where the page side keeps it
 * (utils/insert/isolated-world/show-notice.ts, NOTICE_KEY). Serialised by executeScript: no outside names.
 */
export function readNotice(): Notice | undefined {
  const shown = (globalThis as unknown as Record<string, { host: Element; root: ShadowRoot } | undefined>)
    .solidarityCallNotice;
  if (!shown?.host.isConnected) return undefined;
  const box = shown.root.querySelector('[role=alert]');
  const rect = box?.getBoundingClientRect();
  const copy = shown.root.querySelector('[data-copy]')?.getBoundingClientRect();
  return {
    text: box?.textContent ?? '',
    width: rect?.width ?? 0,
    top: rect?.top ?? 0,
    left: rect?.left ?? 0,
    copy: Boolean(copy),
    copyAt: { x: (copy?.left ?? 0) + (copy?.width ?? 0) / 2, y: (copy?.top ?? 0) + (copy?.height ?? 0) / 2 },
  };
}

export interface CaseResult {
  outcome: InsertOutcome;
  /** The field's model before the insertion. */
  before: string;
  notice?: Notice;
}

/** Runs one case in the page: caret in the field, earlier text typed, insertion, the model checked, then Ctrl+Z. */
export async function runCase(driver: InsertDriver, serverUrl: string, c: InsertCase): Promise<CaseResult> {
  await driver.goto(`${serverUrl}/${c.page ?? 'page.html'}?case=${c.id}`);
  await pollValue(
    () => driver.eval<boolean>('Boolean(window.fixture?.ready)'),
    (ready) => ready,
  );
  const point = await driver.eval<{ x: number; y: number }>('window.fixture.clickPoint()');
  await driver.click(point.x, point.y);
  // An iframe from another origin runs in its own process in Chromium: a click right after it loads can miss
  // it (seen in about one run in four), so click until the field inside has the focus before typing.
  const frame = c.frame;
  if (frame) {
    const focused = async () =>
      (await driver.eval<boolean>('document.activeElement?.localName === "iframe"')) &&
      (await driver.frameEval<boolean>(frame, 'document.activeElement?.id === "inner"'));
    let tries = 0;
    for (; tries < 10 && !(await focused()); tries++) {
      await new Promise((r) => setTimeout(r, 100));
      await driver.click(point.x, point.y);
    }
    expect(await focused(), 'the field in the iframe has the focus').toBe(true);
    if (tries) console.info(`${c.id}: the iframe took ${tries + 1} clicks to focus`);
  }
  const earlier = c.earlier ?? EARLIER;
  if (earlier) await driver.type(earlier);
  if (c.id === 'selection') await driver.eval('window.fixture.select()');
  const variant = expectedVariant(c);
  const pause = variant && c.undoGroupMs ? c.undoGroupMs + PAUSE_MARGIN_MS : 0;
  if (pause) await new Promise((r) => setTimeout(r, pause));
  const model = () =>
    c.frame
      ? driver.frameEval<string>(c.frame, 'document.getElementById("inner").value')
      : driver.eval<string>('window.fixture.model()');
  const before = await model();
  if (earlier) expect(squash(before)).toBe(squash(earlier));

  const outcome = await driver.insert();
  if (outcome.inserted) console.info(`${c.id}: inserted by ${outcome.method} into a ${outcome.kind} field`);
  const landed = outcome.inserted ? expectedVariant(c, outcome.kind) : variant;

  if (!variant) {
    expect(outcome.inserted, JSON.stringify(outcome)).toBe(false);
    expect(await model()).toBe(before);
    const notice = await driver.notice();
    if (!notice) throw new Error('no notice shown');
    expect(notice.text).toMatch(/nothing was inserted/i);
    // Nothing of it for the page to read: no shadow root it can open.
    expect(
      await driver.eval<string[]>(
        '[...document.querySelectorAll("*")].filter((e) => e.shadowRoot).map((e) => e.localName)',
      ),
    ).toEqual([]);
    expect(notice.width).toBeGreaterThan(0);
    expect(notice.copy).toBe(true);
    return { outcome, before, notice };
  }

  expect(outcome.inserted, JSON.stringify(outcome)).toBe(true);
  if (!landed) throw new Error(`inserted where nothing fits: ${JSON.stringify(outcome)}`);
  const message = MESSAGES[landed];
  const expected = c.singleLine ? message.replace(/\s*\n\s*/g, ' ') : message;
  // The editor may render asynchronously: wait until its model holds the message.
  const after = await pollValue(model, (m) => occurrences(m, expected) >= 1);
  expect(occurrences(after, expected), `model:\n${after}`).toBe(1);
  expect(after).toMatch(/https:\/\/\S+/);
  if (earlier) expect(squash(after).startsWith(squash(earlier)), `earlier text kept in:\n${after}`).toBe(true);
  if (c.id === 'selection') expect(after).toBe(before.replace('REPLACE ME', message));
  if (
    !c.singleLine &&
    [
      'textarea',
      'iframe',
      'cross-origin',
      'shadow',
      'closed-shadow',
      'react',
      'maxlength-280',
      'maxlength-600',
    ].includes(c.id)
  ) {
    expect(after).toBe(before + expected);
  }
  // Any other variant sneaking in would mean a double insertion by two strategies.
  for (const v of VARIANTS) if (v !== landed) expect(occurrences(after, MESSAGES[v])).toBe(0);

  await driver.undo();
  const undone = await pollValue(model, (m) => m === before, 2000);
  expect(undone, 'Ctrl+Z restores the text as it was').toBe(before);
  return { outcome, before };
}

/** The table in docs/insertion.md, made from the cases: what is verified where, and what is known not to work. */
export function verificationTable(): string {
  const cell = (c: InsertCase, b: BrowserName) => (c.failsIn?.includes(b) ? '❌ known failure' : '✅');
  const rows = [...CASES, ...EDITOR_CASES, CROSS_ORIGIN_REFUSED, CROSS_ORIGIN].map(
    (c) => `| ${c.label} | ${cell(c, 'chromium')} | ${cell(c, 'firefox')} |`,
  );
  return ['| field or editor | Chromium | Firefox ESR |', '| --- | --- | --- |', ...rows].join('\n');
}
