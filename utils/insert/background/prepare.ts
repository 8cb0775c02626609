import { browser } from 'wxt/browser';
import { LANGS, type Lang, VARIANTS, type Variant } from '@/utils/campaign/langs';
import { hashtagsFor } from '@/utils/campaign/localize';
import type { MessageCampaign } from '@/utils/campaign/schema';
import { loadMessageCampaign } from '@/utils/campaign-in-use/load';
import { loadNoticeStrings } from '@/utils/i18n/notice-strings';
import {
  type NoticeStrings,
  PREPARED_KEY,
  PREPARED_VERSION,
  type Prepared,
  type PreparedLang,
} from '@/utils/insert/protocol';
import { renderMessage } from '@/utils/message/render';
import { loadCustomTemplate } from '@/utils/options/custom-template';
import { defaultVariant, langSetting } from '@/utils/storage/items';

/** Everything the page side may need, in every language: rendering happens here, never on a click. */
export function renderPrepared(
  campaign: MessageCampaign,
  settings: { savedLang: Lang | null; savedVariant: Variant | null; own?: string },
  notices: Record<Lang, NoticeStrings>,
): Prepared {
  const langs = {} as Record<Lang, PreparedLang>;
  for (const lang of LANGS) {
    const texts = {} as Record<Variant, string>;
    for (const variant of VARIANTS) texts[variant] = renderMessage(campaign, { lang, variant, format: 'text' });
    const own = settings.own
      ? renderMessage(campaign, { lang, variant: 'standard', format: 'text', template: settings.own })
      : undefined;
    const hashtags = [...hashtagsFor(campaign, lang)];
    langs[lang] = { texts, ...(own === undefined ? {} : { own }), hashtags, notice: notices[lang] };
  }
  return { version: PREPARED_VERSION, savedLang: settings.savedLang, savedVariant: settings.savedVariant, langs };
}

/** Settings can hold anything (an old version, a bad write): unknown values count as none. */
/** Renders and stores the texts for the page side; returns them for a caller that waits. */
export async function prepareInsertion(): Promise<Prepared> {
  const [campaign, savedLang, savedVariant, own, notices] = await Promise.all([
    loadMessageCampaign(),
    langSetting.getValue(),
    defaultVariant.getValue(),
    loadCustomTemplate(),
    loadNoticeStrings(),
  ]);
  const prepared = renderPrepared(campaign, { savedLang, savedVariant, own }, notices);
  await browser.storage.local.set({ [PREPARED_KEY]: prepared });
  return prepared;
}

/** The stored keys whose change changes what is inserted (utils/storage.ts). */
const INPUTS = ['lang', 'defaultVariant', 'customTemplate', 'acceptedCampaign'];

/**
 * Keeps the prepared texts current: at install, update and browser start, and whenever a setting or
 * the campaign changes (a stopped background is woken for that), so an insert never waits for rendering.
 */
export function setupPrepareInsertion(): void {
  const prepare = () => void prepareInsertion().catch(() => undefined);
  browser.runtime.onInstalled.addListener(prepare);
  browser.runtime.onStartup.addListener(prepare);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && INPUTS.some((key) => key in changes)) prepare();
  });
}
