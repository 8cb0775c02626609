import { cleanup, render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach } from 'vitest';
import { Announcer } from '@/components/announcer';
import { StringsProvider } from '@/components/strings';
import de from '@/public/_locales/de/messages.json';
import en from '@/public/_locales/en/messages.json';
import nl from '@/public/_locales/nl/messages.json';
import ru from '@/public/_locales/ru/messages.json';
import type { Lang } from '@/utils/campaign/schema';
import { makeStrings, type Strings } from '@/utils/i18n/strings';

// Vitest runs without globals, so Testing Library cannot clean up by itself.
afterEach(cleanup);

/** The real _locales files, as the popup loads them. */
export const MESSAGES = { en, ru, nl, de };

export function stringsFor(lang: Lang): Strings {
  return makeStrings(lang, MESSAGES[lang], en);
}

/** A component inside the popup's providers, speaking `lang` with the real UI strings. */
export function renderInPopup(ui: ComponentChildren, lang: Lang = 'en') {
  return render(
    <StringsProvider value={stringsFor(lang)}>
      <Announcer>{ui}</Announcer>
    </StringsProvider>,
  );
}
