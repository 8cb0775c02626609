import { bundledCampaign } from '@/utils/campaign/bundled';
import type { Campaign } from '@/utils/campaign/schema';
import { generateCampaignKeys, importPrivateKey, signFeed } from '@/utils/feed/sign-feed';

/** Another valid mainnet P2PKH address (the genesis block's), for an update that changes the Bitcoin card. */
export const OTHER_BITCOIN = '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa';

export async function makeSigner() {
  const keys = await generateCampaignKeys();
  const { key } = await importPrivateKey(keys.privatePem);
  return {
    publicKey: keys.publicKey,
    /** Signs the exact bytes of `campaign` (an object is serialised first). */
    sign: (campaign: unknown) =>
      signFeed(key, new TextEncoder().encode(typeof campaign === 'string' ? campaign : JSON.stringify(campaign))),
  };
}

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
