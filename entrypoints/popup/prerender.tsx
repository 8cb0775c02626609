import { renderToString } from 'preact-render-to-string';
import { App } from '@/components/App';
import { bundledCampaign } from '@/utils/campaign/bundled';
import type { Lang } from '@/utils/campaign/schema';
import { type MessagesFile, makeStrings } from '@/utils/i18n/strings';

/** The popup's markup in one language, rendered at build time from the bundled campaign. */
export function prerenderPopup(lang: Lang, messages: MessagesFile, english: MessagesFile): string {
  const strings = makeStrings(lang, messages, english);
  return renderToString(<App campaign={bundledCampaign} strings={strings} loadStrings={async () => strings} />);
}
