import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useStrings } from '@/components/strings';
import type { Campaign, Lang, Variant } from '@/utils/campaign/schema';
import { loadCampaign } from '@/utils/campaign-in-use/load';
import { refreshCampaign } from '@/utils/campaign-in-use/refresh';
import { pickLang } from '@/utils/i18n/pick-lang';
import { loadCustomTemplate, saveCustomTemplate } from '@/utils/options/custom-template';
import { resetSettings } from '@/utils/options/reset-settings';
import { defaultVariant, langSetting, mastodonInstance } from '@/utils/storage/items';
import { type LastCheck, lastCheck, updatesEnabled } from '@/utils/storage/update-state';
import { MastodonSetting } from './MastodonSetting';
import { MessageSettings } from './MessageSettings';
import { TemplateEditor } from './TemplateEditor';
import { UpdatesSetting } from './UpdatesSetting';

export interface Settings {
  campaign: Campaign;
  lang: Lang | null;
  variant: Variant | null;
  template: string;
  mastodon: string | null;
  updatesEnabled: boolean;
  lastCheck: LastCheck | null;
}

/** Every setting as stored; each item's own check turns a value that is not valid into its default. */
export async function loadSettings(): Promise<Settings> {
  const [campaign, lang, variant, template, mastodon, enabled, last] = await Promise.all([
    loadCampaign(),
    langSetting.getValue(),
    defaultVariant.getValue(),
    loadCustomTemplate(),
    mastodonInstance.getValue(),
    updatesEnabled.getValue(),
    lastCheck.getValue(),
  ]);
  return { campaign, lang, variant, template: template ?? '', mastodon, updatesEnabled: enabled, lastCheck: last };
}

export function OptionsApp({ initial }: { initial: Settings }) {
  const { t } = useStrings();
  const [settings, setSettings] = useState(initial);
  const [templateSaved, setTemplateSaved] = useState(false);
  const [checking, setChecking] = useState(false);
  // Remounts the inputs that keep their own draft state after a reset.
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState('');
  const update = (patch: Partial<Settings>) => setSettings((s) => ({ ...s, ...patch }));

  // The background may check while the page is open: show its result as it lands.
  useEffect(
    () =>
      lastCheck.watch(() => void lastCheck.getValue().then((last) => setSettings((s) => ({ ...s, lastCheck: last })))),
    [],
  );
  // The popup's language switch sets the same choice.
  useEffect(() => langSetting.watch((value) => setSettings((s) => ({ ...s, lang: value }))), []);

  const lang = settings.lang ?? pickLang(browser.i18n.getUILanguage());
  const feedUrl = import.meta.env.FEED_URL ?? '';

  async function checkNow() {
    setChecking(true);
    await refreshCampaign().catch(() => undefined);
    const [campaign, last] = await Promise.all([loadCampaign(), lastCheck.getValue()]);
    update({ campaign, lastCheck: last });
    setChecking(false);
  }

  async function reset() {
    await resetSettings();
    setSettings(await loadSettings());
    setGeneration((g) => g + 1);
    setTemplateSaved(false);
    setNotice(t('optionsResetDone'));
  }

  return (
    <div class="options">
      <header class="topbar">
        <img src="/icon/32.png" width={24} height={24} alt="" />
        <h1 class="brand">{t('optionsTitle')}</h1>
      </header>
      <main>
        <MessageSettings
          lang={settings.lang}
          variant={settings.variant}
          onLang={(value) => {
            update({ lang: value });
            void (value ? langSetting.setValue(value) : langSetting.removeValue());
          }}
          onVariant={(value) => {
            update({ variant: value });
            void (value ? defaultVariant.setValue(value) : defaultVariant.removeValue());
          }}
        />
        <TemplateEditor
          key={generation}
          campaign={settings.campaign}
          lang={lang}
          value={settings.template}
          saved={templateSaved}
          onInput={(text, valid) => {
            update({ template: text });
            setTemplateSaved(false);
            if (valid) void saveCustomTemplate(text).then(() => setTemplateSaved(true));
          }}
        />
        <MastodonSetting
          key={generation}
          host={settings.mastodon}
          onHost={(host) => {
            update({ mastodon: host });
            void (host ? mastodonInstance.setValue(host) : mastodonInstance.removeValue());
          }}
        />
        <UpdatesSetting
          feedUrl={feedUrl}
          enabled={settings.updatesEnabled}
          last={settings.lastCheck}
          checking={checking}
          onEnabled={(enabled) => {
            update({ updatesEnabled: enabled });
            void updatesEnabled.setValue(enabled);
          }}
          onCheckNow={() => void checkNow()}
        />
        <section class="card">
          <button type="button" id="reset" onClick={() => void reset()}>
            {t('optionsReset')}
          </button>
          <p class="status" aria-live="polite">
            {notice}
          </p>
        </section>
        <p class="welcome-link">
          <a href="/welcome.html">{t('optionsWelcome')}</a>
        </p>
      </main>
    </div>
  );
}
