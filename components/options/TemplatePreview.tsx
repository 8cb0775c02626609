import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { useStrings } from '@/components/strings';
import { hashtagsFor } from '@/utils/campaign/localize';
import { type Campaign, type Lang, VARIANTS, type Variant } from '@/utils/campaign/schema';
import { renderMessage } from '@/utils/message/render';
import { toSafeFragment } from '@/utils/options/safe-fragment';
import { chooseText, measure, PLACES, type PlaceId, placeById } from '@/utils/place';

/** The HTML message as a reader sees it: a sanitised fragment, appended, never set through innerHTML. */
function RenderedHtml({ html }: { html: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const fragment = toSafeFragment(html);
    // A link followed from the preview opens beside the options page, never in its place.
    for (const link of fragment.querySelectorAll('a[href]')) {
      link.setAttribute('target', '_blank');
      link.setAttribute('rel', 'noopener noreferrer');
    }
    ref.current?.replaceChildren(fragment);
  }, [html]);
  return <div ref={ref} class="preview-html" data-format="html" />;
}

type KnownPlace = Exclude<PlaceId, 'unknown'>;

/** Brand names stay as the networks write them; only e-mail is a word to translate. */
const PLACE_NAMES: Record<Exclude<KnownPlace, 'webmail'>, string> = {
  x: 'X',
  bluesky: 'Bluesky',
  threads: 'Threads',
  mastodon: 'Mastodon',
  telegram: 'Telegram',
  discord: 'Discord',
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
  vk: 'VK',
  reddit: 'Reddit',
  whatsapp: 'WhatsApp',
};

/**
 * Where the user's own wording would be inserted: at each place of the table, its length as that
 * network counts it against the limit, and, where it does not fit, the campaign's version used instead
 * (chooseText, the same choice insertion makes, hashtags included where they fit).
 */
function OwnWordingPlaces(props: { campaign: Campaign; lang: Lang; own: string }) {
  const { campaign, lang, own } = props;
  const { t } = useStrings();
  const rows = useMemo(() => {
    const texts = Object.fromEntries(
      VARIANTS.map((variant) => [variant, renderMessage(campaign, { lang, variant, format: 'text' })]),
    ) as Record<Variant, string>;
    const hashtags = hashtagsFor(campaign, lang);
    return (Object.keys(PLACES) as KnownPlace[]).map((id) => {
      const place = placeById(id);
      const choice = chooseText({ texts, own, place, field: { kind: 'rich', room: null }, hashtags });
      return { id, place, choice, length: measure(choice.variant === 'own' ? choice.text : own, place.counter) };
    });
  }, [campaign, lang, own]);
  return (
    <table class="places">
      <caption>{t('optionsPlacesCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('optionsPlaceColumn')}</th>
          <th scope="col">{t('optionsPlaceLength')}</th>
          <th scope="col">{t('optionsPlaceInserted')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ id, place, choice, length }) => (
          <tr key={id} data-place={id} class={choice.variant === 'own' ? undefined : 'over'}>
            <th scope="row">{id === 'webmail' ? t('optionsPlaceEmail') : PLACE_NAMES[id]}</th>
            <td>
              <strong>{length}</strong>
              {place.limit === null ? '' : ` / ${place.limit}`}
            </td>
            <td>
              {choice.variant === 'own'
                ? t('optionsPlaceOwn')
                : t('optionsPlaceCampaign', t(`optionsVariant_${choice.variant}`))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The message in each format, exactly as renderMessage makes it for insertion and copying. */
export function TemplatePreview(props: { campaign: Campaign; lang: Lang; template: string | undefined }) {
  const { t } = useStrings();
  const render = (format: 'text' | 'html' | 'markdown') =>
    renderMessage(props.campaign, { lang: props.lang, variant: 'standard', format, template: props.template });
  return (
    <div class="previews">
      <h3>{t('optionsPreviewText')}</h3>
      <pre class="preview" data-format="text">
        {render('text')}
      </pre>
      {props.template !== undefined && (
        <OwnWordingPlaces campaign={props.campaign} lang={props.lang} own={render('text')} />
      )}
      <h3>{t('optionsPreviewHtml')}</h3>
      <RenderedHtml html={render('html')} />
      <h3>{t('optionsPreviewMarkdown')}</h3>
      <pre class="preview" data-format="markdown">
        {render('markdown')}
      </pre>
    </div>
  );
}
