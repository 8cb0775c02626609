import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { makeStrings, type Strings } from '@/utils/i18n/strings';

/** The page's UI strings (utils/i18n), handed down so a language switch re-renders every component in place. */
const StringsContext = createContext<Strings>(makeStrings('en', {}));
export const StringsProvider = StringsContext.Provider;
export const useStrings = () => useContext(StringsContext);
