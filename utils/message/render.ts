import { linkUrl, localize } from '@/utils/campaign/localize';
import type { Format, Lang, MessageCampaign, Variant } from '@/utils/campaign/schema';
import { countValue, formatCount } from '@/utils/campaign/status-counts';
import { parseTemplate } from '@/utils/message/placeholders';

export interface RenderOptions {
  lang: Lang;
  variant: Variant;
  format: Format;
  /** Replaces the campaign's template for this variant (the options page's own wording). */
  template?: string;
}

/** A URL we may turn into a link: https only, normalised so it cannot break out of an attribute or a Markdown link. */
function httpsHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Backslash-escape what Markdown would read as markup, so campaign text stays text. */
function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .replace(/^(\s*)([-+=#])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/**
 * How each format writes the pieces of a message. HTML is escape-by-construction:
 * every character of campaign text goes through escapeHtml, and the only markup
 * ever produced is our own <a href="https://…"> and <br>.
 */
const WRITERS: Record<Format, { text(t: string): string; link(url: string, label: string): string; newline: string }> =
  {
    text: {
      text: (t) => t,
      link: (url) => url,
      newline: '\n',
    },
    html: {
      text: (t) => escapeHtml(t).replace(/\r?\n/g, '<br>'),
      link: (url, label) => {
        const href = httpsHref(url);
        return href ? `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>` : escapeHtml(url);
      },
      newline: '<br>',
    },
    markdown: {
      text: escapeMarkdown,
      link: (url, label) => {
        const href = httpsHref(url);
        if (!href) return escapeMarkdown(url);
        // A link that is its own label is an autolink; URL.href never holds < > or spaces.
        if (label === url) return `<${href}>`;
        return `[${escapeMarkdown(label)}](${href.replace(/\(/g, '%28').replace(/\)/g, '%29')})`;
      },
      newline: '\n',
    },
  };

/**
 * One line per channel, then where to find the current channels. The addresses were
 * checked when the campaign was accepted (validateCampaign: at build time, and for
 * every signed update), so the background need not carry the checksum code.
 */
/** Each language's own quotation marks around the donation note. */
const QUOTES: Record<Lang, [string, string]> = { en: ['“', '”'], ru: ['«', '»'], nl: ['‘', '’'], de: ['„', '“'] };

function renderDonations(campaign: MessageCampaign, lang: Lang, format: Format): string {
  const w = WRITERS[format];
  const noteLabel = campaign.noteLabel ? localize(campaign.noteLabel, lang) : 'note';
  const [open, close] = QUOTES[lang];
  const lines = campaign.donations.map((donation) => {
    const note = donation.note ? ` (${noteLabel}: ${open}${donation.note}${close})` : '';
    return `- ${w.text(`${localize(donation.name, lang)}: ${donation.account}${note}`)}`;
  });
  const page = campaign.donatePage;
  lines.push(`${w.text(`${localize(page.label, lang)}: `)}${w.link(page.url, page.url)}`);
  return lines.join(w.newline);
}

/**
 * A template with its placeholders filled: {link:ID} becomes the link (its page in the
 * reader's language), {donations} the channels, {count:ID} the number the status data gives.
 */
export function renderTemplate(template: string, campaign: MessageCampaign, lang: Lang, format: Format): string {
  const w = WRITERS[format];
  return parseTemplate(template)
    .map((segment) => {
      if (segment.kind === 'text') return w.text(segment.text);
      if (segment.kind === 'donations') return renderDonations(campaign, lang, format);
      if (segment.kind === 'count') {
        const value = campaign.counts?.[segment.id] ?? countValue(campaign.status, segment.id);
        return w.text(value === undefined ? `{count:${segment.id}}` : formatCount(value, lang));
      }
      const link = campaign.links.find((l) => l.id === segment.id);
      // The validator refuses unknown ids; a custom template may still name one, and then says so plainly.
      return link ? w.link(linkUrl(link, lang), localize(link.label, lang)) : w.text(`{link:${segment.id}}`);
    })
    .join('');
}

/** The solidarity message in one language, variant and format: what the menu inserts and the popup copies. */
export function renderMessage(campaign: MessageCampaign, { lang, variant, format, template }: RenderOptions): string {
  return renderTemplate(template ?? localize(campaign.messages[variant], lang), campaign, lang, format);
}
