import type { Campaign } from '@/utils/campaign/schema';
import { validateCampaign } from '@/utils/campaign/validate';
import type { Parsed, SignedFeed } from './feed-format';
import { findMarkup } from './plain-text';
import { verifySignature } from './verify-signature';

/**
 * The campaign inside a signed feed, if the campaign's key signed it and it
 * passes every content rule: the schema, every address checksum, https links
 * (validateCampaign), and plain text only. Used on arrival and again on every
 * read from storage, so nothing stored is trusted unverified.
 */
export async function openSignedCampaign(feed: SignedFeed, publicKey: Uint8Array): Promise<Parsed<Campaign>> {
  if (!(await verifySignature(publicKey, feed.payload, feed.signature))) {
    return { ok: false, code: 'badSignature', reason: "the signature is not the campaign's" };
  }
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(feed.payload));
  } catch {
    return { ok: false, code: 'invalidCampaign', reason: 'the signed document is not valid JSON' };
  }
  const checked = validateCampaign(data);
  if (!checked.ok) {
    return { ok: false, code: 'invalidCampaign', reason: `the signed campaign is invalid: ${checked.error}` };
  }
  const markup = findMarkup(checked.campaign);
  if (markup)
    return { ok: false, code: 'markup', reason: `${markup} contains HTML markup; campaign texts are plain text` };
  return { ok: true, value: checked.campaign };
}
