// Feeds signed with a fresh key, for unit and e2e tests alike: no bundled campaign here, which e2e tests cannot import.
import { signedDocument } from '@/utils/feed/format';
import { generateCampaignKeys, importPrivateKey, signFeed } from '@/utils/feed/sign';

const DAY = 24 * 60 * 60 * 1000;

/** A validity window around now: valid since yesterday, for a month. */
export const validNow = () => ({ notBefore: Date.now() - DAY, expires: Date.now() + 30 * DAY });

/** Another valid mainnet P2PKH address (the genesis block's), for an update that changes the Bitcoin card. */
export const OTHER_BITCOIN = '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa';

export async function makeSigner() {
  const keys = await generateCampaignKeys();
  const { key } = await importPrivateKey(keys.privatePem);
  return {
    publicKey: keys.publicKey,
    /** A feed of `campaign` (its exact text if a string), valid for `window` (default: around now). */
    sign: (campaign: unknown, window = validNow()) =>
      signFeed(
        key,
        signedDocument(
          typeof campaign === 'string' ? campaign : JSON.stringify(campaign),
          window.notBefore,
          window.expires,
        ),
      ),
    /** A feed whose signed bytes are exactly `payload`, whatever they hold. */
    signBytes: (payload: Uint8Array) => signFeed(key, payload),
  };
}
