import type { Variant } from '@/utils/campaign/schema';
import type { Counter } from './count';

export type PlaceId =
  | 'x'
  | 'bluesky'
  | 'threads'
  | 'mastodon'
  | 'telegram'
  | 'discord'
  | 'linkedin'
  | 'facebook'
  | 'vk'
  | 'reddit'
  | 'whatsapp'
  | 'webmail'
  | 'unknown';

/** Where a field is, and what fits there. */
export interface Place {
  id: PlaceId;
  /** The most the network takes in one post or message, as `counter` counts; null: more than any of our texts. */
  limit: number | null;
  counter: Counter;
  /** Whether people there follow hashtags, so the campaign's are worth their room. */
  hashtags: boolean;
  /** The version that belongs in its composer: short | standard | long (the longest one that fits, up to this). */
  variant: Variant;
  /** A plain `<textarea>` there, where it differs from the composer (unknown pages: forum replies, comment forms). */
  textarea?: Variant;
  /** Where the limit and the choice come from. */
  source: string;
}

/** What the page shows about itself; read in the page, plain data, no functions. */
export interface PageSignals {
  host: string;
  /** Present when the page is a Mastodon instance's web app; `limit` is the instance's own, when it says. */
  mastodon?: { limit: number | null };
}

/** Mastodon's own default (StatusLengthValidator::MAX_CHARS), for instances that do not say. */
export const MASTODON_DEFAULT_LIMIT = 500;

interface Row extends Omit<Place, 'id'> {
  /** Host names the place is served from; subdomains (www., m., mobile., old.) match too. */
  hosts: readonly string[];
}

/**
 * The one table from where a field is to what fits there. Chats and social feeds get the standard
 * version at most, e-mail and forums the long letter; a limit never lets a longer one through.
 * Hosts checked against the networks' own addresses; Mastodon is found by its page, not its host.
 */
export const PLACES: Readonly<Record<Exclude<PlaceId, 'unknown'>, Row>> = {
  x: {
    hosts: ['x.com', 'twitter.com'],
    limit: 280,
    counter: 'x',
    hashtags: true,
    variant: 'short',
    source: 'https://docs.x.com/fundamentals/counting-characters (280 weighted: every URL 23, Cyrillic 1, emoji/CJK 2)',
  },
  bluesky: {
    hosts: ['bsky.app'],
    limit: 300,
    counter: 'graphemes',
    hashtags: true,
    variant: 'short',
    source: 'app.bsky.feed.post lexicon, text maxGraphemes 300 (github.com/bluesky-social/atproto lexicons)',
  },
  threads: {
    hosts: ['threads.net', 'threads.com'],
    limit: 500,
    // How Threads counts links and emoji is not documented: UTF-16 never counts less.
    counter: 'utf16',
    // One topic tag per post: a second hashtag is plain text there.
    hashtags: false,
    variant: 'standard',
    source: 'Threads posts: 500 characters (developers.facebook.com/docs/threads; case-facts.md)',
  },
  mastodon: {
    hosts: [],
    limit: MASTODON_DEFAULT_LIMIT,
    counter: 'mastodon',
    hashtags: true,
    // The instance's limit decides: 500 takes the standard version, an instance of 11,000 the letter.
    variant: 'long',
    source:
      'docs.joinmastodon.org/entities/Instance/#max_characters: 500 unless the instance sets its own; every URL 23',
  },
  telegram: {
    hosts: ['web.telegram.org'],
    limit: 4096,
    counter: 'utf16',
    hashtags: false,
    variant: 'standard',
    source: 'core.telegram.org/bots/api#sendmessage: 1-4096 characters per message (a chat: standard at most)',
  },
  discord: {
    hosts: ['discord.com', 'discordapp.com'],
    limit: 2000,
    counter: 'utf16',
    hashtags: false,
    variant: 'standard',
    source: 'discord.com/developers/docs/resources/message: content up to 2000 characters (4000 with Nitro)',
  },
  linkedin: {
    hosts: ['linkedin.com'],
    limit: 3000,
    counter: 'utf16',
    hashtags: true,
    variant: 'standard',
    source: 'LinkedIn posts: 3,000 characters (case-facts.md)',
  },
  facebook: {
    hosts: ['facebook.com'],
    limit: null,
    counter: 'utf16',
    hashtags: true,
    variant: 'standard',
    source: 'Facebook posts and comments take far more than our long letter; a feed: standard at most',
  },
  vk: {
    hosts: ['vk.com', 'vk.ru'],
    limit: null,
    counter: 'utf16',
    hashtags: true,
    variant: 'standard',
    source: 'VK wall posts: effectively unlimited for our lengths (case-facts.md); a feed: standard at most',
  },
  reddit: {
    hosts: ['reddit.com'],
    limit: 40_000,
    counter: 'utf16',
    hashtags: false,
    variant: 'long',
    source: 'Reddit: title 300, body 40,000 (case-facts.md); a forum, where the long letter belongs',
  },
  whatsapp: {
    hosts: ['web.whatsapp.com'],
    limit: null,
    counter: 'utf16',
    hashtags: false,
    variant: 'standard',
    source: 'WhatsApp Web: a chat, where a message longer than the standard version is a wall of text',
  },
  webmail: {
    hosts: [
      'mail.google.com',
      'outlook.live.com',
      'outlook.office.com',
      'outlook.office365.com',
      'mail.proton.me',
      'mail.protonmail.com',
      'app.tuta.com',
      'mail.tutanota.com',
      'mail.riseup.net',
      'mail.yahoo.com',
      'e.mail.ru',
      'mail.yandex.ru',
      'mail.yandex.com',
      'app.fastmail.com',
    ],
    limit: null,
    counter: 'utf16',
    hashtags: false,
    variant: 'long',
    source: 'E-mail: effectively unlimited for our lengths (case-facts.md); where the long letter belongs',
  },
};

/** A page we do not know: a rich editor gets the standard version, a plain textarea (a forum, a comment) the letter. */
export const UNKNOWN_PLACE: Place = {
  id: 'unknown',
  limit: null,
  counter: 'utf16',
  hashtags: false,
  variant: 'standard',
  textarea: 'long',
  source: 'Not a place we know: the field itself (maxlength, single line) decides',
};

/** Lower-case, without a port or the root's trailing dot: "WWW.X.com.:443" is "www.x.com". */
export function hostName(host: string): string {
  return host.trim().toLowerCase().replace(/:\d*$/, '').replace(/\.$/, '');
}

function servedFrom(host: string, hosts: readonly string[]): boolean {
  return hosts.some((name) => host === name || host.endsWith(`.${name}`));
}

/** A row of the table as a Place (Mastodon with its default limit): for showing what fits where. */
export function placeById(id: Exclude<PlaceId, 'unknown'>): Place {
  const { hosts: _, ...place } = PLACES[id];
  return { id, ...place };
}

/** A page's word for a limit is trusted only as a whole number of a plausible size. */
export function postLimit(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 1_000_000 ? value : null;
}

/** The place a page is, from its host name and what it carries. */
export function placeFor(signals: PageSignals): Place {
  const host = hostName(signals.host);
  for (const [id, { hosts, ...place }] of Object.entries(PLACES) as [Exclude<PlaceId, 'unknown'>, Row][]) {
    if (servedFrom(host, hosts)) return { id, ...place };
  }
  if (signals.mastodon) {
    const mastodon = placeById('mastodon');
    const limit = postLimit(signals.mastodon.limit);
    return {
      ...mastodon,
      limit: limit ?? MASTODON_DEFAULT_LIMIT,
      source: limit ? `the instance's own limit, read from its page (${limit})` : mastodon.source,
    };
  }
  return { ...UNKNOWN_PLACE };
}
