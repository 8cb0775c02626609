import { query } from '@/utils/share/percent-encode';

// Each network's own share page (see case-facts "Share links"): the extension
// opens it in a new tab and sends nothing itself; the user posts from there.

/** X's intent: the short message, whose link X counts as 23 characters. */
export const xShareUrl = (text: string) => `https://x.com/intent/tweet?${query({ text })}`;

export const blueskyShareUrl = (text: string) => `https://bsky.app/intent/compose?${query({ text })}`;

/** On the user's own instance: `host` must come from `parseMastodonHost`. */
export const mastodonShareUrl = (host: string, text: string) => `https://${host}/share?${query({ text })}`;

/** Telegram requires a url; the text follows it in the composed message. */
export const telegramShareUrl = (url: string, text: string) => `https://t.me/share/url?${query({ url, text })}`;

/** VK takes a link and a title only; it builds the preview from the page. */
export const vkShareUrl = (url: string, title: string) => `https://vk.com/share.php?${query({ url, title })}`;

export const whatsappShareUrl = (text: string) => `https://wa.me/?${query({ text })}`;

/** RFC 6068: no recipient, line breaks as CRLF, every header value percent-encoded. */
export const mailtoUrl = (subject: string, body: string) =>
  `mailto:?${query({ subject, body: body.replace(/\r?\n/g, '\r\n') })}`;
