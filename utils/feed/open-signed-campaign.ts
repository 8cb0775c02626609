import type { Campaign } from '@/utils/campaign/schema';
import { checkCampaign, parseJsonBytes } from '@/utils/campaign/validate';
import { type Parsed, readSignedDocument, type SignedFeed } from './feed-format';
import { verifySignature } from './verify-signature';

/** A signed campaign and the window (ms since epoch) its signer made it valid for. */
export interface SignedCampaign {
  campaign: Campaign;
  notBefore: number;
  expires: number;
}

/**
 * The campaign inside a signed feed, if the campaign's key signed it and it
 * passes every content rule: the schema, every address checksum, https links,
 * text as written and plain text only (checkCampaign, the build's own rules).
 * Used on arrival and again on every read from storage, so nothing stored is
 * trusted unverified. Whether the window holds *now* is the caller's question:
 * on arrival it must; an update already accepted stays in use after it ends.
 */
export async function openSignedCampaign(feed: SignedFeed, publicKey: Uint8Array): Promise<Parsed<SignedCampaign>> {
  if (!(await verifySignature(publicKey, feed.payload, feed.signature))) {
    return { ok: false, code: 'badSignature', reason: "the signature is not the campaign's" };
  }
  const json = parseJsonBytes(feed.payload);
  if (!json.ok) return { ok: false, code: 'invalidCampaign', reason: `the signed document ${json.error}` };
  const document = readSignedDocument(json.value);
  if (!document.ok) return { ok: false, code: 'invalidCampaign', reason: document.reason };
  const checked = checkCampaign(document.value.campaign);
  if (!checked.ok) {
    const reason = checked.code === 'markup' ? checked.error : `the signed campaign is invalid: ${checked.error}`;
    return { ok: false, code: checked.code, reason };
  }
  const { notBefore, expires } = document.value;
  return { ok: true, value: { campaign: checked.campaign, notBefore, expires } };
}
