import { useMemo } from 'preact/hooks';
import { useStrings } from '@/components/strings';
import { localize } from '@/utils/campaign/localize';
import type { Campaign, Lang } from '@/utils/campaign/schema';
import { checkTemplate } from '@/utils/options/check-template';
import { TEMPLATE_MAX_LENGTH } from '@/utils/options/custom-template';
import { TemplatePreview } from './TemplatePreview';

const NETWORK_NAMES = { x: 'X', bluesky: 'Bluesky', mastodon: 'Mastodon' } as const;

/**
 * The user's own wording, checked as they type: placeholders that mean nothing
 * block saving, a message without a link is saved with a warning, and the
 * length each network counts is shown against its limit.
 */
export function TemplateEditor(props: {
  campaign: Campaign;
  lang: Lang;
  value: string;
  saved: boolean;
  onInput: (text: string, valid: boolean) => void;
}) {
  const { campaign, lang, value } = props;
  const { t } = useStrings();
  const custom = value.trim() === '' ? undefined : value;
  const check = useMemo(() => (custom ? checkTemplate(custom, campaign, lang) : undefined), [custom, campaign, lang]);
  const input = (text: string) => {
    const problems = text.trim() === '' ? [] : checkTemplate(text, campaign, lang).errors;
    props.onInput(text, problems.length === 0);
  };
  return (
    <section class="card" aria-labelledby="template-heading">
      <h2 id="template-heading">{t('optionsTemplateHeading')}</h2>
      <p class="hint" id="template-help">
        {t('optionsTemplateHelp', campaign.links.map((link) => `{link:${link.id}}`).join(', '))}
      </p>
      <textarea
        id="template"
        aria-labelledby="template-heading"
        rows={6}
        maxLength={TEMPLATE_MAX_LENGTH + 100}
        value={value}
        aria-describedby="template-help template-status"
        aria-invalid={Boolean(check && check.errors.length > 0)}
        placeholder={localize(campaign.messages.standard, lang)}
        onInput={(e) => input(e.currentTarget.value)}
      />
      <div class="actions">
        <button type="button" onClick={() => input(localize(campaign.messages.standard, lang))}>
          {t('optionsTemplateStart')}
        </button>
        <button type="button" id="template-clear" onClick={() => input('')} disabled={!custom}>
          {t('optionsTemplateClear')}
        </button>
      </div>
      <div id="template-status" aria-live="polite">
        {check?.errors.map((p) => (
          <p key={p.detail} class="hint error">
            {t(p.key, p.detail)} {t('optionsTemplateNotSaved')}
          </p>
        ))}
        {check?.warnings.map((p) => (
          <p key={p.key} class="warning">
            {t(p.key, p.detail)}
          </p>
        ))}
        {!custom && <p class="hint">{t('optionsTemplateUsingCampaign')}</p>}
        {custom && props.saved && check && check.errors.length === 0 && <p class="hint ok">{t('optionsSaved')}</p>}
      </div>
      {check && (
        <ul class="lengths" aria-label={t('optionsLengths')}>
          {check.lengths.map(({ network, length, limit }) => (
            <li key={network} data-network={network} class={length > limit ? 'over' : undefined}>
              {NETWORK_NAMES[network]} <strong>{length}</strong> / {limit}
            </li>
          ))}
        </ul>
      )}
      <TemplatePreview campaign={campaign} lang={lang} template={custom} />
    </section>
  );
}
