// Where the feed meets the campaign's rules: a signed update is opened and judged as a campaign (no storage here: the CLI uses it too).
import type { Campaign } from '@/utils/campaign/schema';
import { checkCampaign, parseJsonBytes } from '@/utils/campaign/validate';
import { type CheckContext, checkUpdate, type Verdict } from '@/utils/feed/accept';
import type { Parsed } from '@/utils/feed/check-reason';
import { readSignedDocument, type SignedDocument, type SignedFeed } from '@/utils/feed/format';
import { verifySignature } from '@/utils/feed/verify';

/** A signed campaign and the window (ms since epoch) its signer made it valid for. */
export type SignedCampaign = SignedDocument<Campaign>;

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

/** The acceptance rules (utils/feed/accept.ts) for a feed's text, opened with the campaign's key and rules. */
export function checkCampaignUpdate(
  text: string,
  publicKey: Uint8Array,
  current: Campaign,
  context?: CheckContext,
): Promise<Verdict<Campaign>> {
  return checkUpdate(text, current, (feed) => openSignedCampaign(feed, publicKey), context);
}
