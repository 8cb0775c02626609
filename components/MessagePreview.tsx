import { useStrings } from '@/components/strings';
import { LANGS, type Lang, VARIANTS, type Variant } from '@/utils/campaign/schema';
import { LANGUAGE_NAMES } from '@/utils/i18n/language-names';

export interface MessagePreviewProps {
  variant: Variant;
  lang: Lang;
  /** Each version's length in the chosen language. */
  lengths: Record<Variant, number>;
  /** The room where it goes (the place's limit or the field's maxlength); null when unknown or unlimited. */
  room: number | null;
  onVariant: (variant: Variant) => void;
  onLang: (lang: Lang) => void;
}

/**
 * What Insert and Copy message will use, before the click: the version (changeable), its length
 * against the room the field has, and the language, with the popup's own language one click away.
 */
export function MessagePreview({ variant, lang, lengths, room, onVariant, onLang }: MessagePreviewProps) {
  const { t, lang: ui } = useStrings();
  const length = lengths[variant];
  const fits = room === null || length <= room;
  return (
    <div class="preview">
      <span class="preview-version">
        <select
          id="message-version"
          aria-label={t('popupVersion')}
          value={variant}
          onChange={(e) => onVariant((e.target as HTMLSelectElement).value as Variant)}
        >
          {VARIANTS.map((v) => (
            <option key={v} value={v}>
              {t(`popupVariant_${v}`)}
            </option>
          ))}
        </select>
      </span>
      <span class={fits ? 'length' : 'length too-long'}>
        {room === null ? t('popupLength', String(length)) : t('popupLengthOf', String(length), String(room))}
        {!fits && ` · ${t('popupTooLong')}`}
      </span>
      <span class="preview-lang">
        {t('popupMessageLang', LANGUAGE_NAMES[lang])}
        {lang !== ui && LANGS.includes(ui) && (
          <button type="button" class="link-button" onClick={() => onLang(ui)}>
            {t('popupUseLang')}
          </button>
        )}
      </span>
    </div>
  );
}
