import { LANGS, type Lang } from '@/utils/campaign/langs';
import { loadMessages } from '@/utils/i18n/load-strings';
import { type MessageKey, makeStrings, type Strings } from '@/utils/i18n/strings';
import type { NoticeStrings, Refusal } from '@/utils/insert/protocol';

/** Each refusal's sentence; its `$1` is the frame's site. */
const REFUSAL_KEYS: Record<Refusal, MessageKey> = {
  password: 'insertRefused_password',
  readonly: 'insertRefused_readonly',
  disabled: 'insertRefused_disabled',
  'no-field': 'insertRefused_no_field',
  'too-long': 'insertRefused_too_long',
  'cross-origin-frame': 'insertRefused_cross_origin_frame',
  failed: 'insertRefused_failed',
};

/** Stands for the site until the page side knows it (utils/insert/show-notice.ts). */
const SITE = '{site}';

/**
 * The in-page notice's words in one language, made in advance by the background: insert.js runs in the page's
 * isolated world on a 7 KB budget, so it carries these few sentences, not a locale file or a translation function.
 */
export function noticeStrings({ t }: Strings): NoticeStrings {
  const reasons = Object.fromEntries(Object.entries(REFUSAL_KEYS).map(([reason, key]) => [reason, t(key, SITE)]));
  return {
    reasons: reasons as NoticeStrings['reasons'],
    crossOriginUnknown: t('insertRefused_cross_origin_unknown'),
    copy: t('insertCopy'),
    copied: t('insertCopied'),
    close: t('insertClose'),
  };
}

/** The notice in every language, each from its own locale file: it speaks the message's language, not the UI's. */
export async function loadNoticeStrings(): Promise<Record<Lang, NoticeStrings>> {
  const files = await Promise.all(LANGS.map(loadMessages));
  const english = files[LANGS.indexOf('en')];
  const notices = LANGS.map((lang, i) => [lang, noticeStrings(makeStrings(lang, files[i] ?? {}, english))]);
  return Object.fromEntries(notices) as Record<Lang, NoticeStrings>;
}
