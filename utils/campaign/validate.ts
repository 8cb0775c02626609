// Relative imports: wxt.config.ts runs this at build time, before the @/ alias exists.
import * as v from 'valibot';
import { checkAddress } from '../donate/address';
import { parseTemplate, placeholderProblems } from '../message/placeholders';
import { Campaign, type DonationKind, type Localized } from './schema';
import { statusProblem } from './validate-status';

export type CampaignValidation = { ok: true; campaign: Campaign } | { ok: false; error: string };

const ADDRESS_PROBLEM: Record<DonationKind, string> = {
  bitcoin: 'Bitcoin address checksum does not match (or it is not a mainnet address)',
  yoomoney: 'YooMoney wallet number checksum does not match (41001…, 11–20 digits)',
  paypal: 'PayPal account must be an e-mail address or an https://paypal.me/ link',
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

/** The problems the schema cannot see: checksums, references between fields, unique ids. */
function crossCheck(campaign: Campaign): string | undefined {
  for (const [i, donation] of campaign.donations.entries()) {
    if (!checkAddress(donation.kind, donation.account))
      return `donations[${i}].account: ${ADDRESS_PROBLEM[donation.kind]}`;
  }
  const donationIds = campaign.donations.map((d) => d.id);
  const dupDonation = firstDuplicate(donationIds);
  if (dupDonation >= 0) return `donations[${dupDonation}].id: "${donationIds[dupDonation]}" is used twice`;
  const linkIds = campaign.links.map((l) => l.id);
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
