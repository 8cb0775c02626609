import { useStrings } from '@/components/strings';
import { LANGS, type Lang } from '@/utils/campaign/schema';
import { LANGUAGE_NAMES } from '@/utils/i18n/language-names';

/** The popup's language: one pressed button of four. */
export function LanguageSwitch({ onChoose }: { onChoose: (lang: Lang) => void }) {
  const { t, lang: current } = useStrings();
  return (
    <fieldset class="lang-switch">
      <legend class="visually-hidden">{t('popupLanguage')}</legend>
      {LANGS.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={lang === current}
          title={LANGUAGE_NAMES[lang]}
          onClick={() => lang !== current && onChoose(lang)}
        >
          {/* The name spoken contains the letters shown (WCAG 2.5.3): "EN English". */}
          {lang.toUpperCase()}
          <span class="visually-hidden"> {LANGUAGE_NAMES[lang]}</span>
        </button>
      ))}
    </fieldset>
  );
}
