import { describe, expect, it } from 'vitest';
import bundledFile from '@/assets/campaign.json';
import { bundledCampaign, bundledMessages } from '@/utils/campaign/bundled';
import { renderMessage } from '@/utils/message/render';

describe('the bundled campaign', () => {
  it('is the campaign file', () => {
    expect(bundledCampaign).toEqual(bundledFile);
  });

  it('gives the background the same messages from the fields messages need', () => {
    for (const variant of ['short', 'standard', 'long'] as const) {
      const options = { lang: 'nl', variant, format: 'text' } as const;
      expect(renderMessage(bundledMessages, options)).toBe(renderMessage(bundledCampaign, options));
    }
    expect(Object.keys(bundledMessages)).not.toContain('timeline');
  });
});
