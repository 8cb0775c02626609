import type { Campaign } from '@/utils/campaign/schema';

/** The donation ids whose address is new or different in `next`: the cards that must say "changed". */
export function changedDonations(previous: Campaign, next: Campaign): string[] {
  const before = new Map(previous.donations.map((d) => [d.id, d.account]));
  return next.donations.filter((d) => before.get(d.id) !== d.account).map((d) => d.id);
}
