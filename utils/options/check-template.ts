import type { Campaign, Lang } from '@/utils/campaign/schema';
import { blueskyLength, LIMITS, mastodonLength, xLength } from '@/utils/message/fit';
import { parseTemplate, placeholderProblems } from '@/utils/message/placeholders';
import { renderTemplate } from '@/utils/message/render';
import { TEMPLATE_MAX_LENGTH } from './custom-template';

export type Network = keyof typeof LIMITS;

export interface TemplateProblem {
  /** An i18n message key; `detail` fills its $1. */
  key:
    | 'optionsTemplateUnknownLink'
    | 'optionsTemplateUnknownPlaceholder'
    | 'optionsTemplateNoLink'
    | 'optionsTemplateTooLong';
  detail: string;
}

export interface TemplateCheck {
  /** The template would not say what the user meant: it is not saved. */
  errors: TemplateProblem[];
  /** Saved, but the user should know (e.g. the message carries no link). */
  warnings: TemplateProblem[];
  /** The plain-text message's length as each network counts it, with its limit. */
  lengths: { network: Network; length: number; limit: number }[];
}

/** What the options page shows under the template editor, as the user types. */
export function checkTemplate(template: string, campaign: Campaign, lang: Lang): TemplateCheck {
  const errors: TemplateProblem[] = [];
  const warnings: TemplateProblem[] = [];
  const linkIds = campaign.links.map((link) => link.id);
  const segments = parseTemplate(template);
  for (const { kind, placeholder } of placeholderProblems(segments, linkIds)) {
    const key = kind === 'unknownLink' ? 'optionsTemplateUnknownLink' : 'optionsTemplateUnknownPlaceholder';
    errors.push({ key, detail: placeholder });
  }
  if (template.length > TEMPLATE_MAX_LENGTH) {
    errors.push({ key: 'optionsTemplateTooLong', detail: String(TEMPLATE_MAX_LENGTH) });
  }
  if (!segments.some((segment) => segment.kind === 'link')) {
    warnings.push({ key: 'optionsTemplateNoLink', detail: linkIds.map((id) => `{link:${id}}`).join(', ') });
  }
  const text = renderTemplate(template, campaign, lang, 'text');
  const count = { x: xLength, bluesky: blueskyLength, mastodon: mastodonLength };
  const lengths = (Object.keys(LIMITS) as Network[]).map((network) => ({
    network,
    length: count[network](text),
    limit: LIMITS[network],
  }));
  return { errors, warnings, lengths };
}
