import { LANGS, type Lang } from '@/utils/campaign/langs';

/** The campaign language for a browser UI language ('ru-RU' → 'ru'); English for every language we don't speak. */
export function pickLang(uiLanguage: string | undefined | null): Lang {
  const primary = (uiLanguage ?? '').split(/[-_]/)[0]?.toLowerCase();
  return LANGS.find((lang) => lang === primary) ?? 'en';
}
