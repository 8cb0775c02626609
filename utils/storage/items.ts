/**
 * Every value the extension keeps in storage.local, each defined once: its key, its check, its default
 * (the signed-update check's own records are in update-state.ts, which the popup does not load). Keys
 * and shapes are the ones earlier versions wrote; a new shape adds its reading of the old one to the
 * item's check, so what users saved moves forward instead of being lost.
 */
import { LANGS, type Lang, VARIANTS, type Variant } from '@/utils/campaign/langs';
import { PREPARED_KEY } from '@/utils/insert/protocol';
import { isObject, localItem } from './local-item';

const oneOf =
  <T extends string>(list: readonly T[]) =>
  (value: unknown) =>
    list.includes(value as T) ? (value as T) : undefined;
const aString = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** Longer than any post or e-mail people would send; storage is not a document store. */
export const TEMPLATE_MAX_LENGTH = 5000;

/**
 * What a signed update changed that moves money or sends people somewhere: a donation account, the
 * donation page, a link. Flagged on its card for a week, with the value before it (utils/campaign-in-use/change-notices.ts).
 */
export interface ChangeNotice {
  /** `donation:<id>`, `donatePage` or `link:<id>`. */
  subject: string;
  /** The value before the update; null when the update added it. */
  before: string | null;
  after: string;
  /** The update's own date (the campaign's `updated`). */
  on: string;
  /** When the update was accepted, ms since epoch: the week counts from here. */
  at: number;
}

const isNotice = (n: unknown): n is ChangeNotice =>
  isObject(n) &&
  typeof n.subject === 'string' &&
  (n.before === null || typeof n.before === 'string') &&
  typeof n.after === 'string' &&
  typeof n.on === 'string' &&
  typeof n.at === 'number';

/** The language the user picked in the popup or options; null follows the browser's UI language. */
export const langSetting = /* @__PURE__ */ localItem<Lang | null>('lang', null, oneOf(LANGS));

/** The message variant inserted by a plain click of the menu; null picks the longest that fits the field. */
export const defaultVariant = /* @__PURE__ */ localItem<Variant | null>('defaultVariant', null, oneOf(VARIANTS));

/** The user's Mastodon instance host (e.g. mastodon.social), asked once when they first share there. */
export const mastodonInstance = /* @__PURE__ */ localItem<string | null>('mastodonInstance', null, aString);

/** The user's own message template ({link:ID}, {donations}) for every insertion; null keeps the campaign's. */
export const customTemplate = /* @__PURE__ */ localItem<string | null>('customTemplate', null, (value) =>
  typeof value === 'string' && value.length <= TEMPLATE_MAX_LENGTH && value.trim() !== '' ? value : undefined,
);

/** What signed updates changed lately; a notice that is not well formed is dropped, the others stay. */
export const changeNotices = /* @__PURE__ */ localItem<ChangeNotice[]>('changeNotices', [], (value) =>
  Array.isArray(value) ? value.filter(isNotice) : undefined,
);

/** The texts the background renders for the page side; the page side checks them itself (utils/insert/isolated-world/answer-request.ts). */
export const insertPrepared = /* @__PURE__ */ localItem<unknown>(PREPARED_KEY, null, (value) => value);
