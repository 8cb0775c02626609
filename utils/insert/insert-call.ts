import { browser } from 'wxt/browser';
import { loadMessageCampaign } from '@/utils/campaign/current';
import { LANGS, type Lang, VARIANTS, type Variant } from '@/utils/campaign/schema';
import { pickLang } from '@/utils/i18n/pick-lang';
import { pickVariant } from '@/utils/message/fit';
import { renderMessage } from '@/utils/message/render';
import { loadCustomTemplate } from '@/utils/options/custom-template';
import { defaultVariant, langSetting } from '@/utils/storage';
import { chooseFrame, type FrameProbe } from './choose-frame';
import {
  type FieldProbe,
  type InsertOutcome,
  type NoticeStrings,
  type PageRequest,
  REFUSALS,
  REQUEST_KEY,
  type SiteAccess,
} from './protocol';
import { requestSiteAccess, sitePattern } from './site-access';

type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

export interface InsertCallOptions {
  tabId: number;
  /** The frame the user right-clicked in; without it, the frame holding the focused field. */
  frameId?: number;
  variant?: Variant;
  lang?: Lang;
  /**
   * Access to the iframe's site, asked for already by the caller while it still held the
   * user's gesture (the context menu). Without it, insertCall asks itself once it has found the
   * field in another site's iframe, and reports what it asked; by then any gesture is spent
   * (so for the popup's message in Chromium 156 and Firefox ESR 153: the browser refuses to
   * ask), and the notice tells the user to right-click the field instead.
   */
  siteAccess?: Promise<SiteAccess>;
}

// Runs in the page's own world, on its own: serialised by executeScript, so no outside names.
function leaveRequest(key: string, request: PageRequest) {
  (globalThis as unknown as Record<string, PageRequest>)[key] = request;
}

/**
 * Runs the insertion script in the page's own ("MAIN") world: synthetic paste and
 * beforeinput events only carry their DataTransfer to the page from there in Firefox
 * (Mozilla bug 1654724). `world: 'MAIN'` works in Chrome and in Firefox 128+.
 */
async function runInPage(tabId: number, frames: number[] | 'all', request: PageRequest) {
  const target = frames === 'all' ? { tabId, allFrames: true } : { tabId, frameIds: frames };
  await browser.scripting.executeScript({ target, world: 'MAIN', func: leaveRequest, args: [REQUEST_KEY, request] });
  const results = await browser.scripting.executeScript({ target, world: 'MAIN', files: ['/insert.js'] });
  return results.map((r) => ({ frameId: r.frameId ?? 0, result: r.result as unknown }));
}

async function probeFrames(tabId: number, frameId: number | undefined): Promise<FrameProbe | undefined> {
  let results: { frameId: number; result: unknown }[];
  try {
    results = await runInPage(tabId, frameId === undefined ? 'all' : [frameId], { op: 'probe' });
  } catch {
    // A frame we may not touch (another origin, access refused) fails the call; the top frame
    // is always ours, and from there the probe names the frame's origin for the notice.
    results = await runInPage(tabId, [0], { op: 'probe' });
  }
  const probes = results.filter((r) => r.result).map((r) => ({ ...(r.result as FieldProbe), frameId: r.frameId }));
  return chooseFrame(probes) ?? probes[0];
}

/** Settings can hold anything (an old version, a bad write): unknown values fall back. */
async function readSetting<T extends string>(item: { getValue(): Promise<unknown> }, allowed: readonly T[]) {
  const value = await item.getValue().catch(() => null);
  return allowed.includes(value as T) ? (value as T) : undefined;
}

/** The notice's texts; `site` names the iframe's site where the reason is about it. */
function noticeStrings(site = ''): NoticeStrings {
  const t = (key: string) => browser.i18n.getMessage(key as MessageKey, site);
  const keyOf = (reason: string) => `insertRefused_${reason.replace(/-/g, '_')}`;
  return {
    reasons: Object.fromEntries(REFUSALS.map((r) => [r, t(keyOf(r))])) as NoticeStrings['reasons'],
    copy: t('insertCopy'),
    copied: t('insertCopied'),
    close: t('insertClose'),
  };
}

/**
 * The one insertion routine behind the context menu, the keyboard shortcut and the
 * popup: finds the field, picks the language and the longest variant that fits,
 * and inserts it — or shows, beside the field, why not, with the message to copy.
 */
export async function insertCall(options: InsertCallOptions): Promise<InsertOutcome> {
  const { tabId } = options;
  // The page is probed while the settings load: neither needs the other.
  const [firstProbe, campaign, savedLang, savedVariant, ownWording] = await Promise.all([
    probeFrames(tabId, options.frameId),
    loadMessageCampaign(),
    readSetting(langSetting, LANGS),
    readSetting(defaultVariant, VARIANTS),
    loadCustomTemplate(),
  ]);
  const lang = options.lang ?? savedLang ?? pickLang(browser.i18n.getUILanguage());
  // The field is in another site's iframe: ask for that one site, and look again once granted.
  const pattern = firstProbe?.refusal === 'cross-origin-frame' ? sitePattern(firstProbe.frameOrigin ?? '') : undefined;
  const access = pattern ? await (options.siteAccess ?? requestSiteAccess(pattern)) : undefined;
  const probe = access?.granted ? await probeFrames(tabId, options.frameId) : firstProbe;
  const site = probe?.refusal === 'cross-origin-frame' && probe.frameOrigin ? siteName(probe.frameOrigin) : undefined;
  const frames = [probe?.frameId ?? options.frameId ?? 0];
  const room = probe?.room ?? Number.POSITIVE_INFINITY;
  const fits = (variant: Variant | undefined) =>
    variant && renderMessage(campaign, { lang, variant, format: 'text' }).length <= room ? variant : undefined;
  // An explicit choice is inserted or refused as it is; the saved default gives way to what fits.
  const variant = options.variant ?? fits(savedVariant) ?? pickVariant(campaign, lang, room);
  // The user's own wording (options page), unless a version was picked from the menu; where it does not fit
  // the field, the campaign's versions step in as above.
  const own =
    ownWording && !options.variant
      ? renderMessage(campaign, { lang, variant: 'standard', format: 'text', template: ownWording })
      : undefined;
  const useOwn = own !== undefined && own.length <= room;
  const text = useOwn ? own : renderMessage(campaign, { lang, variant: variant ?? 'short', format: 'text' });
  const notice = noticeStrings(site);
  // `variant` is undefined only when not even the short one fits, so this is also whether the chosen text fits.
  const reason = probe?.refusal ?? (probe?.kind ? (text.length <= room ? undefined : 'too-long') : 'no-field');
  const request: PageRequest = reason ? { op: 'refuse', reason, text, notice } : { op: 'insert', text, notice };
  const [outcome] = await runInPage(tabId, frames, request);
  const result = (outcome?.result as InsertOutcome | undefined) ?? { inserted: false, reason: 'failed' };
  return result.inserted || !access ? result : { ...result, site, access };
}

/** The site as the notice names it: its host, port included. */
function siteName(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}
