import { describe, expect, it } from 'vitest';
import { bundledCampaign } from '@/utils/campaign/bundled';
import { LANGS, type Lang, VARIANTS, type Variant } from '@/utils/campaign/schema';
import { renderMessage } from '@/utils/message/render';
import {
  type ChooseInput,
  chooseText,
  measure,
  type PageSignals,
  type Place,
  placeFor,
  textForField,
  UNKNOWN_PLACE,
} from '@/utils/place';

const texts = (lang: Lang) =>
  Object.fromEntries(
    VARIANTS.map((variant) => [variant, renderMessage(bundledCampaign, { lang, variant, format: 'text' })]),
  ) as Record<Variant, string>;

const HASHTAGS = { en: ['NetworkCase'], ru: ['ДелоСети', 'NetworkCase'], nl: ['NetworkCase'], de: ['NetworkCase'] };
const rich = { kind: 'rich', room: null } as const;
const textarea = { kind: 'textarea', room: null } as const;
const input = { kind: 'input', room: null } as const;

function choose(place: Place, field: ChooseInput['field'], lang: Lang = 'en', extra: Partial<ChooseInput> = {}) {
  return chooseText({ texts: texts(lang), place, field, hashtags: HASHTAGS[lang], ...extra });
}

/** Every row of the table, reached the way a page reaches it. */
const ROWS: [string, PageSignals, Variant][] = [
  ['X', { host: 'x.com' }, 'short'],
  ['Bluesky', { host: 'bsky.app' }, 'short'],
  ['Threads', { host: 'www.threads.net' }, 'standard'],
  ['Mastodon (default 500)', { host: 'social.example', mastodon: { limit: null } }, 'standard'],
  ['Mastodon (11,000)', { host: 'social.example', mastodon: { limit: 11_000 } }, 'long'],
  ['Mastodon (300)', { host: 'social.example', mastodon: { limit: 300 } }, 'short'],
  ['Telegram Web', { host: 'web.telegram.org' }, 'standard'],
  ['Discord', { host: 'discord.com' }, 'standard'],
  ['LinkedIn', { host: 'www.linkedin.com' }, 'standard'],
  ['Facebook', { host: 'www.facebook.com' }, 'standard'],
  ['VK', { host: 'vk.com' }, 'standard'],
  ['Reddit', { host: 'www.reddit.com' }, 'long'],
  ['WhatsApp Web', { host: 'web.whatsapp.com' }, 'standard'],
  ['Gmail', { host: 'mail.google.com' }, 'long'],
  ['Outlook', { host: 'outlook.live.com' }, 'long'],
  ['Proton Mail', { host: 'mail.proton.me' }, 'long'],
  ['Tuta', { host: 'app.tuta.com' }, 'long'],
  ['an unknown page', { host: 'forum.example' }, 'standard'],
];

describe.each(LANGS)('chooseText in %s', (lang) => {
  it.each(ROWS)(
    '%s: a rich composer gets the right version, and it fits as the network counts',
    (_, signals, variant) => {
      const place = placeFor(signals);
      const choice = choose(place, rich, lang);
      expect(choice.variant).toBe(variant);
      expect(choice.text.startsWith(texts(lang)[variant].trimEnd())).toBe(true);
      expect(choice.fits).toBe(true);
      if (place.limit !== null) {
        expect(choice.length).toBe(measure(choice.text, place.counter));
        expect(choice.length).toBeLessThanOrEqual(place.limit);
      }
    },
  );

  it.each(ROWS)('%s: a single-line input gets the short version, without hashtags', (_, signals) => {
    const choice = choose(placeFor(signals), input, lang);
    expect(choice).toMatchObject({ variant: 'short', text: texts(lang).short, fits: true, hashtags: [] });
  });
});

describe('chooseText: the field', () => {
  const unknown = placeFor({ host: 'forum.example' });

  it('an unknown rich editor gets the standard version, not the long one', () => {
    expect(choose(unknown, rich).variant).toBe('standard');
  });

  it('a plain textarea on an unknown page (a forum reply, a comment) gets the letter', () => {
    expect(choose(unknown, textarea).variant).toBe('long');
  });

  it("a textarea on a network is that network's composer (Mastodon's is one)", () => {
    expect(choose(placeFor({ host: 'm.example', mastodon: { limit: null } }), textarea).variant).toBe('standard');
    expect(choose(placeFor({ host: 'x.com' }), textarea).variant).toBe('short');
  });

  it('maxlength wins when it is smaller than the place allows, counted in UTF-16 like the browser', () => {
    const t = texts('en');
    const gmail = placeFor({ host: 'mail.google.com' });
    expect(choose(gmail, { kind: 'textarea', room: t.long.length }).variant).toBe('long');
    const choice = choose(gmail, { kind: 'textarea', room: t.long.length - 1 });
    expect(choice).toMatchObject({ variant: 'standard', counter: 'utf16', limit: t.long.length - 1, fits: true });
    expect(choose(gmail, { kind: 'textarea', room: t.standard.length - 1 }).variant).toBe('short');
  });

  it('the place still wins when maxlength is larger', () => {
    const choice = choose(placeFor({ host: 'x.com' }), { kind: 'textarea', room: 10_000 }, 'ru');
    expect(choice).toMatchObject({ variant: 'short', counter: 'x', limit: 280 });
  });

  it('when nothing fits, the short version, marked as not fitting, for the caller to refuse', () => {
    const choice = choose(unknown, { kind: 'input', room: 20 });
    expect(choice).toMatchObject({ variant: 'short', fits: false, limit: 20, counter: 'utf16' });
    expect(choice.length).toBe(texts('en').short.length);
  });

  it('an explicit pick is kept as it is, even where it does not fit', () => {
    const choice = choose(placeFor({ host: 'x.com' }), rich, 'en', { explicit: 'long' });
    expect(choice).toMatchObject({ variant: 'long', fits: false, limit: 280, counter: 'x' });
    expect(choice.length).toBe(measure(texts('en').long, 'x'));
  });
});

describe('chooseText: own wording, measured the same way', () => {
  const link =
    'https://rupression.com/en/how-the-fsb-is-manufacturing-a-terrorism-case-against-antifascists-in-russia/';

  it('is used where it fits', () => {
    const own = `Solidarity with the Network case prisoners: ${link}`;
    const choice = choose(placeFor({ host: 'x.com' }), rich, 'en', { own });
    expect(choice.variant).toBe('own');
    expect(choice.text.startsWith(own)).toBe(true);
  });

  it('counts links as X does: 23 each, so wording longer than 280 letters can still fit', () => {
    const own = `${'Solidarity. '.repeat(20)}${link}`; // 240 + 23 weighted, 350 as written
    expect(own.length).toBeGreaterThan(280);
    const x = choose(placeFor({ host: 'x.com' }), rich, 'en', { own, hashtags: [] });
    expect(x).toMatchObject({ variant: 'own', length: 240 + 23, fits: true });
    // Bluesky counts the link as written: the same wording does not fit there.
    expect(choose(placeFor({ host: 'bsky.app' }), rich, 'en', { own }).variant).toBe('short');
  });

  it('counts graphemes on Bluesky: 290 raised fists fit, though they are 580 UTF-16 units', () => {
    const own = '✊'.repeat(290);
    expect(choose(placeFor({ host: 'bsky.app' }), rich, 'en', { own, hashtags: [] })).toMatchObject({
      variant: 'own',
      length: 290,
    });
    // X weighs each emoji 2.
    expect(choose(placeFor({ host: 'x.com' }), rich, 'en', { own }).variant).toBe('short');
  });

  it("gives way to the campaign's versions where it does not fit, and to an explicit pick", () => {
    const own = 'x'.repeat(600);
    expect(choose(placeFor({ host: 'social.example', mastodon: { limit: null } }), rich, 'en', { own }).variant).toBe(
      'standard',
    );
    expect(choose(placeFor({ host: 'mail.google.com' }), rich, 'en', { own, explicit: 'short' }).variant).toBe('short');
  });

  it('empty wording is no wording', () => {
    expect(choose(placeFor({ host: 'x.com' }), rich, 'en', { own: '  ' }).variant).toBe('short');
  });
});

describe('chooseText: hashtags', () => {
  it('are appended where the network uses them and they fit', () => {
    const choice = choose(placeFor({ host: 'x.com' }), rich, 'ru');
    expect(choice.hashtags).toEqual(['#ДелоСети', '#NetworkCase']);
    expect(choice.text).toBe(`${texts('ru').short}\n\n#ДелоСети #NetworkCase`);
    expect(measure(choice.text, 'x')).toBeLessThanOrEqual(280);
  });

  it.each([
    ['Telegram', 'web.telegram.org'],
    ['Discord', 'discord.com'],
    ['Gmail', 'mail.google.com'],
    ['Reddit', 'www.reddit.com'],
    ['an unknown page', 'forum.example'],
  ])('are left out on %s', (_, host) => {
    expect(choose(placeFor({ host }), rich, 'ru').hashtags).toEqual([]);
  });

  it('as many as fit, in their order, or none', () => {
    const short = texts('ru').short;
    const room = short.length + '\n\n#ДелоСети'.length;
    const mastodon = placeFor({ host: 'm.example', mastodon: { limit: null } });
    const one = choose(mastodon, { kind: 'textarea', room }, 'ru', { explicit: 'short' });
    expect(one.hashtags).toEqual(['#ДелоСети']);
    const none = choose(mastodon, { kind: 'textarea', room: short.length }, 'ru', { explicit: 'short' });
    expect(none).toMatchObject({ text: short, hashtags: [], fits: true });
  });

  it('never push out a longer version: the version is chosen first', () => {
    const place = placeFor({ host: 'social.example', mastodon: { limit: 500 } });
    const choice = choose(place, rich, 'ru', { hashtags: ['#'.padEnd(200, 'x')] });
    expect(choice).toMatchObject({ variant: 'standard', hashtags: [] });
  });

  it('are not repeated when the text already carries them, with or without the #', () => {
    const own = 'Free them all #NetworkCase https://rupression.com/en/';
    const choice = choose(placeFor({ host: 'bsky.app' }), rich, 'ru', { own, hashtags: ['networkcase', '#ДелоСети'] });
    expect(choice.hashtags).toEqual(['#ДелоСети']);
  });
});

describe('textForField', () => {
  it.each([
    ['input', 'One.\n\nTwo:\nhttps://x.example/', 'One. Two: https://x.example/'],
    ['input', 'a \n b', 'a b'],
    ['textarea', 'One.\n\nTwo', 'One.\n\nTwo'],
    ['rich', 'One.\nTwo', 'One.\nTwo'],
  ] as const)('%s gets %j as %j', (kind, text, expected) => {
    expect(textForField(text, kind)).toBe(expected);
  });
});

describe('chooseText: what insertion takes, on texts made fit for the field', () => {
  const texts = { short: 's'.repeat(200), standard: 'm'.repeat(450), long: 'l'.repeat(1200) };
  const prepared = { texts, hashtags: [] };
  const place = UNKNOWN_PLACE;
  /** What the isolated world inserts: the choice where it fits, else nothing (a refusal). */
  const inserted = (
    input: Omit<ChooseInput, 'texts'> & { prepared: Pick<ChooseInput, 'texts' | 'own' | 'hashtags'> },
  ) => {
    const { prepared: p, ...rest } = input;
    const choice = chooseText({ ...p, ...rest });
    return choice.fits ? choice : undefined;
  };
  it.each([
    [{ kind: 'textarea', room: null }, undefined, 'long'],
    [{ kind: 'rich', room: null }, undefined, 'standard'],
    [{ kind: 'textarea', room: 500 }, undefined, 'standard'],
    [{ kind: 'input', room: null }, undefined, 'short'],
    [{ kind: 'input', room: 100 }, undefined, undefined],
    [{ kind: 'rich', room: null }, 'long', 'long'],
    [{ kind: 'input', room: 100 }, 'long', undefined],
  ] as const)('%o, explicit %s → %s', (field, explicit, variant) => {
    expect(inserted({ prepared, place, field, explicit })?.variant).toBe(variant);
  });
  it('X: the short version, whatever the field', () => {
    const x = placeFor({ host: 'x.com' });
    const real = {
      texts: { short: 'Short. https://example.org/a', standard: 'm'.repeat(450), long: 'l'.repeat(1200) },
      hashtags: [],
    };
    expect(inserted({ prepared: real, place: x, field: { kind: 'rich', room: null } })?.variant).toBe('short');
  });
  it('the saved default where it fits, else the place’s choice', () => {
    expect(inserted({ prepared, place, field: { kind: 'rich', room: null }, saved: 'long' })?.variant).toBe('long');
    expect(inserted({ prepared, place, field: { kind: 'textarea', room: 300 }, saved: 'long' })?.variant).toBe('short');
  });
  it('own wording where it fits, else the campaign’s', () => {
    const own = { ...prepared, own: 'o'.repeat(300) };
    expect(inserted({ prepared: own, place, field: { kind: 'textarea', room: null } })?.variant).toBe('own');
    expect(inserted({ prepared: own, place, field: { kind: 'textarea', room: 250 } })?.variant).toBe('short');
  });
  it('an <input> gets one line', () => {
    const lines = { ...prepared, texts: { ...texts, short: 'a\nb' } };
    expect(inserted({ prepared: lines, place, field: { kind: 'input', room: null } })?.text).toBe('a b');
  });
});
