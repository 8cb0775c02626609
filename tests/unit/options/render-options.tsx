import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { StringsProvider } from '@/components/strings';
import type { Strings } from '@/utils/i18n/strings';

/** Strings that come back as their keys and $1 substitutions, so assertions name what is shown. */
export const KEY_STRINGS: Strings = { lang: 'en', t: (key, ...subs) => [key, ...subs].join(' | ') };

/** An options page component inside the page's strings provider. */
export function renderInOptions(ui: ComponentChildren) {
  return render(<StringsProvider value={KEY_STRINGS}>{ui}</StringsProvider>);
}
