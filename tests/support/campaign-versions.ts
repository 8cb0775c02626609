import { bundledCampaign } from '@/utils/campaign/bundled';
import type { Campaign } from '@/utils/campaign/schema';
import { OTHER_BITCOIN } from './signed-feeds';

/** The bundled campaign with a new version and whatever `change` does to a copy of it. */
export function campaignVersion(version: number, change: (c: Campaign) => void = () => {}): Campaign {
  const campaign = structuredClone(bundledCampaign);
  campaign.version = version;
  campaign.updated = '2026-12-01';
  change(campaign);
  return campaign;
}

/** A good update: a new summary and a new Bitcoin address. */
export const goodUpdate = (version: number) =>
  campaignVersion(version, (c) => {
    c.summary.short.en = `Update ${version}: the appeal hearing is set; write to the prisoners.`;
    const bitcoin = c.donations.find((d) => d.kind === 'bitcoin');
    if (bitcoin) bitcoin.account = OTHER_BITCOIN;
  });
