import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Campaign, Lang } from '@/utils/campaign/schema';
import { toSafeFragment } from '@/utils/feed/safe-fragment';
import { renderMessage } from '@/utils/message/render';
import { t } from './t';

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

/** The message in each format, exactly as renderMessage makes it for insertion and copying. */
export function TemplatePreview(props: { campaign: Campaign; lang: Lang; template: string | undefined }) {
  const render = (format: 'text' | 'html' | 'markdown') =>
    renderMessage(props.campaign, { lang: props.lang, variant: 'standard', format, template: props.template });
  return (
    <div class="previews">
      <h3>{t('optionsPreviewText')}</h3>
      <pre class="preview" data-format="text">
        {render('text')}
      </pre>
      <h3>{t('optionsPreviewHtml')}</h3>
      <RenderedHtml html={render('html')} />
      <h3>{t('optionsPreviewMarkdown')}</h3>
      <pre class="preview" data-format="markdown">
        {render('markdown')}
      </pre>
    </div>
  );
}
