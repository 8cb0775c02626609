import { type ComponentChildren, createContext } from 'preact';
import { useCallback, useContext, useState } from 'preact/hooks';

const AnnounceContext = createContext<(text: string) => void>(() => {});
export const useAnnounce = () => useContext(AnnounceContext);

/**
 * One polite live region for the whole popup: what a sighted user sees change
 * ("Copied") a screen reader user hears. Emptied first so the same words twice
 * are announced twice.
 */
export function Announcer({ children }: { children: ComponentChildren }) {
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => {
    setMessage('');
    setTimeout(() => setMessage(text), 50);
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <p class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
        {message}
      </p>
    </AnnounceContext.Provider>
  );
}
