import { useStrings } from '@/components/strings';
import { LANGS, type Lang, VARIANTS, type Variant } from '@/utils/campaign/schema';
import { LANGUAGE_NAMES } from '@/utils/i18n/language-names';

/** Which language and which length the inserted message has when the user does not choose each time. */
export function MessageSettings(props: {
  lang: Lang | null;
  variant: Variant | null;
  onLang: (lang: Lang | null) => void;
  onVariant: (variant: Variant | null) => void;
}) {
  const { t } = useStrings();
  return (
    <section class="card" aria-labelledby="message-heading">
      <h2 id="message-heading">{t('optionsMessageHeading')}</h2>
      <label class="row" for="lang">
        <span>{t('optionsLanguage')}</span>
        <select
          id="lang"
          value={props.lang ?? ''}
          onChange={(e) => props.onLang((e.currentTarget.value || null) as Lang | null)}
        >
          <option value="">{t('optionsLanguageAuto')}</option>
          {LANGS.map((lang) => (
            <option key={lang} value={lang} lang={lang}>
              {LANGUAGE_NAMES[lang]}
            </option>
          ))}
        </select>
      </label>
      <label class="row" for="variant">
        <span>{t('optionsVariant')}</span>
        <select
          id="variant"
          value={props.variant ?? ''}
          onChange={(e) => props.onVariant((e.currentTarget.value || null) as Variant | null)}
        >
          <option value="">{t('optionsVariantAuto')}</option>
          {VARIANTS.map((variant) => (
            <option key={variant} value={variant}>
              {t(`optionsVariant_${variant}`)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
