// Relative imports: wxt.config.ts runs this at build time, before the @/ alias exists.
import * as v from 'valibot';
import { checkAddress } from '../donate/address';
import { parseTemplate, placeholderProblems } from '../message/placeholders';
import { findMarkup } from './plain-text';
import { Campaign, type DonationKind, type Localized } from './schema';
import { statusProblem } from './validate-status';

export type CampaignValidation = { ok: true; campaign: Campaign } | { ok: false; error: string };

const ADDRESS_PROBLEM: Record<DonationKind, string> = {
  bitcoin: 'Bitcoin address checksum does not match (or it is not a mainnet address)',
  yoomoney: 'YooMoney wallet number checksum does not match (41001…, 11–20 digits)',
  paypal: 'PayPal account must be an e-mail address in plain ASCII or an https://paypal.me/ link',
};

/** donations[2].account, the way a reader of the JSON file finds it. */
function fieldPath(path: readonly { key: unknown }[] | undefined): string {
  return (path ?? [])
    .map(({ key }, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function firstDuplicate(ids: string[]): number {
  return ids.findIndex((id, i) => ids.indexOf(id) !== i);
}

/** An id that names a property every object has ("constructor"): a lookup by id would find that instead. */
const reservedId = (id: string) => id in Object.prototype;

/** The problems the schema cannot see: checksums, references between fields, unique ids. */
function crossCheck(campaign: Campaign): string | undefined {
  for (const [i, donation] of campaign.donations.entries()) {
    if (!checkAddress(donation.kind, donation.account))
      return `donations[${i}].account: ${ADDRESS_PROBLEM[donation.kind]}`;
  }
  const donationIds = campaign.donations.map((d) => d.id);
  const linkIds = campaign.links.map((l) => l.id);
  for (const [section, ids] of [
    ['donations', donationIds],
    ['links', linkIds],
    ['status.people', campaign.status?.people.map((p) => p.id) ?? []],
    ['status.counts', campaign.status?.counts?.map((c) => c.id) ?? []],
  ] as const) {
    const reserved = ids.findIndex(reservedId);
    if (reserved >= 0) return `${section}[${reserved}].id: "${ids[reserved]}" is a reserved name, choose another id`;
  }
  const dupDonation = firstDuplicate(donationIds);
  if (dupDonation >= 0) return `donations[${dupDonation}].id: "${donationIds[dupDonation]}" is used twice`;
  const dupLink = firstDuplicate(linkIds);
  if (dupLink >= 0) return `links[${dupLink}].id: "${linkIds[dupLink]}" is used twice`;
  if (!linkIds.includes(campaign.shareLink)) return `shareLink: "${campaign.shareLink}" is not the id of a link`;
  for (const [variant, texts] of Object.entries(campaign.messages) as [string, Localized][]) {
    for (const [lang, template] of Object.entries(texts)) {
      if (template === undefined) continue;
      const where = `messages.${variant}.${lang}`;
      const [problem] = placeholderProblems(parseTemplate(template), linkIds);
      if (problem?.kind === 'unknownLink') {
        return `${where}: ${problem.placeholder} refers to no link (links are: ${linkIds.join(', ')})`;
      }
      if (problem) return `${where}: unknown placeholder ${problem.placeholder} (use {link:ID} or {donations})`;
    }
  }
  return undefined;
}

/**
 * The one gate for campaign data from anywhere (the bundled file at build time,
 * storage, signed updates): the schema, then checksums and references. The error
 * names the field, so whoever edits the file finds the mistake at once.
 */
export function validateCampaign(data: unknown): CampaignValidation {
  const parsed = v.safeParse(Campaign, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = fieldPath(issue.path);
    return { ok: false, error: `${path || '(campaign)'}: ${issue.message}` };
  }
  const error = crossCheck(parsed.output) ?? statusProblem(parsed.output);
  return error ? { ok: false, error } : { ok: true, campaign: parsed.output };
}

export type CampaignCheck =
  | { ok: true; campaign: Campaign }
  | { ok: false; code: 'invalidCampaign' | 'markup'; error: string };

/**
 * Every rule for campaign data, wherever it comes from (the bundled file, a signed
 * update, the maintainers' CLI): validateCampaign, then plain text only, since
 * nothing the campaign says is ever shown as HTML.
 */
export function checkCampaign(data: unknown): CampaignCheck {
  const checked = validateCampaign(data);
  if (!checked.ok) return { ok: false, code: 'invalidCampaign', error: checked.error };
  const markup = findMarkup(checked.campaign);
  if (markup)
    return { ok: false, code: 'markup', error: `${markup} contains HTML markup; campaign texts are plain text` };
  return checked;
}

/**
 * JSON from exact bytes, the one way every reader of campaign files decodes them:
 * strict UTF-8 (a broken byte is an error, not a replacement character) and a
 * byte order mark refused rather than silently dropped.
 */
export function parseJsonBytes(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false; error: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { ok: false, error: 'starts with a byte order mark (U+FEFF): save it as UTF-8 without BOM' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, error: 'is not valid UTF-8 text' };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: `is not valid JSON (${(error as Error).message})` };
  }
}

/** A campaign file's bytes, checked by every rule: what the build and `npm run campaign -- sign` accept. */
export function checkCampaignBytes(bytes: Uint8Array): CampaignCheck {
  const parsed = parseJsonBytes(bytes);
  if (!parsed.ok) return { ok: false, code: 'invalidCampaign', error: `the file ${parsed.error}` };
  return checkCampaign(parsed.value);
}
