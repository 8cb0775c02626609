import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledCampaign } from '@/utils/campaign/bundled';
import { blueskyLength, mastodonLength, xLength } from '@/utils/message/fit';
import { renderTemplate } from '@/utils/message/render';
import { checkTemplate } from '@/utils/options/check-template';
import { loadCustomTemplate, saveCustomTemplate, TEMPLATE_MAX_LENGTH } from '@/utils/options/custom-template';
import { resetSettings } from '@/utils/options/reset-settings';
import { customTemplate, defaultVariant, langSetting, mastodonInstance } from '@/utils/storage/items';
import { updatesEnabled } from '@/utils/storage/update-state';

const link = bundledCampaign.links[0]!.id;

describe('checkTemplate', () => {
  it.each([
    ['a link and the donations', `Solidarity! {link:${link}}\n{donations}`, [], []],
    ['no link at all', 'Solidarity with the prisoners.', [], ['optionsTemplateNoLink']],
    ['an unknown link id', `See {link:nowhere} and {link:${link}}`, ['optionsTemplateUnknownLink'], []],
    ['a typo in a placeholder', `Give: {donation} {link:${link}}`, ['optionsTemplateUnknownPlaceholder'], []],
    ['too long', `{link:${link}} ${'x'.repeat(TEMPLATE_MAX_LENGTH)}`, ['optionsTemplateTooLong'], []],
  ])('%s', (_name, template, errors, warnings) => {
    const check = checkTemplate(template, bundledCampaign, 'en');
    expect(check.errors.map((p) => p.key)).toEqual(errors);
    expect(check.warnings.map((p) => p.key)).toEqual(warnings);
  });

  it('counts the rendered message as each network does, against its limit', () => {
    const template = `Свободу! Free them: {link:${link}}`;
    const text = renderTemplate(template, bundledCampaign, 'en', 'text');
    expect(checkTemplate(template, bundledCampaign, 'en').lengths).toEqual([
      { network: 'x', length: xLength(text), limit: 280 },
      { network: 'bluesky', length: blueskyLength(text), limit: 300 },
      { network: 'mastodon', length: mastodonLength(text), limit: 500 },
    ]);
    // A link counts 23 on X whatever its length.
    expect(xLength(text)).toBe(xLength('Свободу! Free them: ') + 23);
  });
});

describe('the stored template', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips, and an empty one means the campaign text', async () => {
    await saveCustomTemplate(`Mine {link:${link}}`);
    expect(await loadCustomTemplate()).toBe(`Mine {link:${link}}`);
    await saveCustomTemplate('   ');
    expect(await loadCustomTemplate()).toBeUndefined();
  });

  it.each([[42], [{ text: 'x' }], ['x'.repeat(TEMPLATE_MAX_LENGTH + 1)], [['a']]])(
    'ignores %j in storage',
    async (value) => {
      await fakeBrowser.storage.local.set({ customTemplate: value });
      expect(await loadCustomTemplate()).toBeUndefined();
    },
  );

  it('reset to defaults clears every setting', async () => {
    await Promise.all([
      langSetting.setValue('ru'),
      defaultVariant.setValue('long'),
      customTemplate.setValue('Mine'),
      mastodonInstance.setValue('mastodon.social'),
      updatesEnabled.setValue(false),
    ]);
    await resetSettings();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
