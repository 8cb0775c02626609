import { browser } from '@wxt-dev/browser';
import { useEffect, useRef, useState } from 'preact/hooks';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { StringsProvider } from '@/components/strings';
import type { Campaign, Lang } from '@/utils/campaign/schema';
import { loadStrings } from '@/utils/i18n/load-strings';
import type { Strings } from '@/utils/i18n/strings';
import { choiceOf } from '@/utils/menu/setup-context-menu';
import { renderMessage } from '@/utils/message/render';
import { insertIntoPractice } from '@/utils/welcome/practice';

export interface WelcomeAppProps {
  campaign: Campaign;
  strings: Strings;
  browserName: 'chromium' | 'firefox';
  /** This page's tab: the menu item and the shortcut act here only when the user uses them in this tab. */
  tabId?: number;
  onLangChosen?: (lang: Lang) => void;
}

const COMMAND = 'insert-call';

/**
 * The page opened once on install: what the extension does, a field to try the right-click item and
 * the shortcut in, how to set that shortcut and pin the icon, the privacy promise, the language.
 */
export function WelcomeApp({ campaign, strings: initial, browserName, tabId, onLangChosen }: WelcomeAppProps) {
  const [strings, setStrings] = useState(initial);
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const { t, lang } = strings;
  const langRef = useRef(lang);
  langRef.current = lang;

  useEffect(() => {
    void browser.commands
      ?.getAll()
      .then((all) => setShortcut(all.find((c) => c.name === COMMAND)?.shortcut || null))
      .catch(() => undefined);
    // Extension pages cannot be scripted, not even by their own extension: the menu item and the
    // shortcut reach this practice field through these listeners, with the same message.
    const insert = (choice: { variant?: 'short' | 'standard' | 'long'; lang?: Lang } = {}) => {
      if (!field.current) return;
      const text = renderMessage(campaign, {
        lang: choice.lang ?? langRef.current,
        variant: choice.variant ?? 'standard',
        format: 'text',
      });
      if (insertIntoPractice(field.current, text)) setTried(true);
    };
    const onMenu = (info: { menuItemId: string | number }, tab?: { id?: number }) => {
      const choice = choiceOf(info.menuItemId);
      if (choice && tab?.id !== undefined && tab.id === tabId) insert(choice);
    };
    const onCommand = (command: string, tab?: { id?: number }) => {
      if (command === COMMAND && (tab?.id === undefined || tab.id === tabId) && document.hasFocus()) insert();
    };
    browser.contextMenus?.onClicked.addListener(onMenu);
    browser.commands?.onCommand.addListener(onCommand);
    return () => {
      browser.contextMenus?.onClicked.removeListener(onMenu);
      browser.commands?.onCommand.removeListener(onCommand);
    };
  }, [campaign, tabId]);

  async function chooseLang(next: Lang) {
    setStrings(await loadStrings(next));
    onLangChosen?.(next);
  }

  function openShortcutSettings() {
    // Firefox has its own call for its page; Chromium's page is an ordinary tab an extension may open.
    const commands = browser.commands as { openShortcutSettings?: () => Promise<void> } | undefined;
    if (browserName === 'firefox' && commands?.openShortcutSettings) void commands.openShortcutSettings();
    else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  }

  return (
    <StringsProvider value={strings}>
      <div class="welcome" lang={lang}>
        <header class="topbar">
          <img src="/icon/32.png" width={24} height={24} alt="" />
          <h1 class="brand">{t('welcomeTitle')}</h1>
          <LanguageSwitch onChoose={chooseLang} />
        </header>
        <main>
          <section class="card" aria-labelledby="what">
            <h2 id="what">{t('welcomeWhatHeading')}</h2>
            <p>{t('welcomeWhat')}</p>
          </section>
          <section class="card" aria-labelledby="try">
            <h2 id="try">{t('welcomeTryHeading')}</h2>
            <p id="try-how">{t('welcomeTry')}</p>
            <textarea
              ref={field}
              class="practice"
              aria-labelledby="try"
              aria-describedby="try-how"
              placeholder={t('welcomeTryPlaceholder')}
            />
            <p class="practice-status" role="status">
              {tried ? t('welcomeTryDone') : ''}
            </p>
          </section>
          <section class="card" aria-labelledby="shortcut">
            <h2 id="shortcut">{t('welcomeShortcutHeading')}</h2>
            <p>{shortcut ? t('welcomeShortcutIs', shortcut) : t('welcomeShortcutNone')}</p>
            <p>{t(browserName === 'firefox' ? 'welcomeShortcutFirefox' : 'welcomeShortcutChromium')}</p>
            <button type="button" onClick={openShortcutSettings}>
              {t('welcomeShortcutOpen')}
            </button>
          </section>
          <section class="card" aria-labelledby="pin">
            <h2 id="pin">{t('welcomePinHeading')}</h2>
            <p>{t(browserName === 'firefox' ? 'welcomePinFirefox' : 'welcomePinChromium')}</p>
          </section>
          <section class="card" aria-labelledby="privacy">
            <h2 id="privacy">{t('welcomePrivacyHeading')}</h2>
            <ul>
              <li>{t('welcomePrivacy1')}</li>
              <li>{t('welcomePrivacy2')}</li>
              <li>{t('welcomePrivacy3')}</li>
            </ul>
          </section>
          <section class="card" aria-labelledby="language">
            <h2 id="language">{t('welcomeLanguageHeading')}</h2>
            <p>{t('welcomeLanguage')}</p>
          </section>
        </main>
      </div>
    </StringsProvider>
  );
}
