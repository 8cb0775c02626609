import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledCampaign } from '@/utils/campaign/bundled';
import { type Campaign, FORMATS, LANGS, type Localized, VARIANTS } from '@/utils/campaign/schema';
import { renderMessage, renderTemplate } from '@/utils/message/render';
import sample from '../../fixtures/sample-campaign.json';

const parse = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;

describe('renderMessage: plain text', () => {
  it('writes every link out and lists the donation channels with the note in the long variant', () => {
    const text = renderMessage(bundledCampaign, { lang: 'en', variant: 'long', format: 'text' });
    expect(text).toContain('https://rupression.com/en/');
    expect(text).toContain('https://www.vrijebond.org/solidarity-with-russian-antifascists/');
    expect(text).toContain('- PayPal (ABC Moscow): abc-msk@riseup.net (note: “St. Petersburg and Penza”)');
    expect(text).toContain('41001160378989');
    expect(text).toContain('1EKGZT2iMjNKHz8oVt7svXpUdcPAXkRBAH');
    expect(text).toContain('https://wiki.avtonom.org/en/index.php/Donate');
    expect(text).not.toMatch(/\{(link:|donations)/);
  });

  it.each(LANGS)('speaks %s in every variant, with no placeholder left', (lang) => {
    for (const variant of VARIANTS) {
      const text = renderMessage(bundledCampaign, { lang, variant, format: 'text' });
      expect(text).toContain(bundledCampaign.messages[variant][lang]?.split('{')[0]);
      expect(text).not.toMatch(/\{(link:|donations)/);
    }
  });

  it('localises the donation names and the note label, the note in the language’s own quotation marks', () => {
    const text = (lang: 'de' | 'ru' | 'nl') =>
      renderMessage(bundledCampaign, { lang, variant: 'long', format: 'text' });
    expect(text('de')).toContain(
      '- PayPal (ABC Moskau): abc-msk@riseup.net (Verwendungszweck: „St. Petersburg and Penza“)',
    );
    expect(text('ru')).toContain('(комментарий к платежу: «St. Petersburg and Penza»)');
    expect(text('nl')).toContain('(omschrijving: ‘St. Petersburg and Penza’)');
  });

  it('links to the page in the reader’s language where the source has one', () => {
    const ru = renderMessage(bundledCampaign, { lang: 'ru', variant: 'short', format: 'text' });
    expect(ru).toContain('https://rupression.com/');
    expect(ru).not.toContain('https://rupression.com/en/');
    for (const lang of ['en', 'nl', 'de'] as const)
      expect(renderMessage(bundledCampaign, { lang, variant: 'short', format: 'text' })).toContain(
        'https://rupression.com/en/',
      );
  });

  it('fills {count:…} from the status data, in the language’s number format', () => {
    const fill = (template: string, lang: 'en' | 'de') => renderTemplate(template, bundledCampaign, lang, 'text');
    expect(fill('{count:sentenced} sentenced, {count:released} released', 'en')).toBe('10 sentenced, 3 released');
    expect(fill('{count:years-min-2020} to {count:years-max-2020}', 'de')).toBe('5,5 to 18');
    expect(fill('{count:years-total-2020-penza}', 'en')).toBe('86');
    expect(fill('{count:nothing}', 'en')).toBe('{count:nothing}');
    expect(renderTemplate('{count:sentenced}', sample as Campaign, 'en', 'text')).toBe('{count:sentenced}');
  });

  it('falls back to English where a language has no translation', () => {
    const text = renderMessage(sample as Campaign, { lang: 'ru', variant: 'short', format: 'text' });
    expect(text).toBe(renderMessage(sample as Campaign, { lang: 'en', variant: 'short', format: 'text' }));
  });

  it('uses a custom template in place of the campaign’s own', () => {
    const text = renderMessage(bundledCampaign, {
      lang: 'en',
      variant: 'short',
      format: 'text',
      template: 'My words. {link:call}',
    });
    expect(text).toBe('My words. https://www.vrijebond.org/solidarity-with-russian-antifascists/');
  });

  it('leaves an unknown link in a custom template visible rather than dropping it', () => {
    expect(renderTemplate('See {link:nowhere}', bundledCampaign, 'en', 'text')).toBe('See {link:nowhere}');
  });

  it('renders another campaign through the same code', () => {
    const text = renderMessage(sample as Campaign, { lang: 'en', variant: 'long', format: 'text' });
    expect(text).toContain('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4 (note: “reading week”)');
    expect(text).toContain('https://example.org/reading-week');
    expect(text).not.toContain('Penza');
  });
});

describe('renderMessage: HTML', () => {
  it('makes real links with the link label, and line breaks', () => {
    const body = parse(renderMessage(bundledCampaign, { lang: 'en', variant: 'standard', format: 'html' }));
    const links = [...body.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).toEqual([['https://rupression.com/en/', 'Rupression support campaign']]);
    expect(body.querySelectorAll('br').length).toBeGreaterThan(2);
    expect(body.textContent).toContain('“terrorist organisation”');
  });

  it('escapes markup in campaign text', () => {
    const html = renderTemplate('<img src=x onerror=alert(1)> & "quotes"\n{link:call}', bundledCampaign, 'en', 'html');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;<br><a href=');
    expect(parse(html).querySelector('img')).toBeNull();
  });
});

describe('renderMessage: Markdown', () => {
  it('writes links as [label](url)', () => {
    const md = renderMessage(bundledCampaign, { lang: 'nl', variant: 'long', format: 'markdown' });
    expect(md).toContain('[Steuncampagne Rupression](https://rupression.com/en/)');
    expect(md).toContain(
      '[Amsterdamse antifascisten, 2018](https://www.vrijebond.org/solidarity-with-russian-antifascists/)',
    );
  });

  it('escapes Markdown in campaign text, so text cannot become a link, emphasis or heading', () => {
    const md = renderTemplate(
      '# *bold* [x](javascript:alert(1)) _i_ `code`\n- item',
      bundledCampaign,
      'en',
      'markdown',
    );
    expect(md).toBe('\\# \\*bold\\* \\[x\\](javascript:alert(1)) \\_i\\_ \\`code\\`\n\\- item');
  });

  it('keeps the donation list a Markdown list', () => {
    const md = renderMessage(bundledCampaign, { lang: 'en', variant: 'long', format: 'markdown' });
    expect(md).toContain('\n- Bitcoin: 1EKGZT2iMjNKHz8oVt7svXpUdcPAXkRBAH\n');
    expect(md).toContain('<https://wiki.avtonom.org/en/index.php/Donate>');
  });
});

/** Pieces of markup an attacker (or a careless editor) might put in any field. */
const MARKUP = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<a href="javascript:alert(1)">',
  '<a href="http://evil.example/">x</a>',
  '</a><b>',
  '<svg/onload=alert(1)>',
  '<!--',
  '"',
  "'",
  '&lt;',
  '<br',
  '>',
];
/** A campaign whose every text field, label, note, account and URL is an arbitrary string, often with markup in it. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.oneof(fc.constantFrom(...MARKUP), fc.string({ maxLength: 6 })), { maxLength: 6 }).map((p) => p.join('')),
);
const anyUrl = fc.oneof(
  anyText,
  fc.webUrl(),
  fc.constantFrom(
    'javascript:alert(1)',
    'data:text/html,<script>x</script>',
    'http://a.b/',
    'https://a.b/"><script>',
    ' https://x.y/',
  ),
);
const anyLocalized: fc.Arbitrary<Localized> = fc.record({ en: anyText, ru: anyText, nl: anyText, de: anyText });
const anyTemplate = fc
  .array(fc.oneof(anyText, fc.constantFrom('{link:a}', '{link:b}', '{donations}', '{link:missing}', '\n')), {
    maxLength: 8,
  })
  .map((parts) => parts.join(''));
const anyCampaign: fc.Arbitrary<Campaign> = fc.record({
  version: fc.constant(1),
  updated: fc.constant('2026-01-01'),
  title: anyLocalized,
  summary: fc.record({ short: anyLocalized, full: anyLocalized }),
  timeline: fc.constant([]),
  donations: fc.array(
    fc.record({
      id: anyText,
      kind: fc.constantFrom('paypal', 'yoomoney', 'bitcoin'),
      name: anyLocalized,
      account: fc.oneof(
        anyText,
        fc.constantFrom('abc-msk@riseup.net', '41001160378989', '1EKGZT2iMjNKHz8oVt7svXpUdcPAXkRBAH'),
      ),
      published: anyText,
      note: fc.option(anyText, { nil: undefined }),
    }),
    { maxLength: 3 },
  ),
  noteLabel: fc.option(anyLocalized, { nil: undefined }),
  donatePage: fc.record({ url: anyUrl, label: anyLocalized }),
  links: fc.tuple(anyUrl, anyUrl, anyLocalized, anyLocalized).map(([a, b, la, lb]) => [
    { id: 'a', url: a, label: la },
    { id: 'b', url: b, label: lb },
  ]),
  shareLink: fc.constant('a'),
  messages: fc.record({
    short: fc.record({ en: anyTemplate }),
    standard: fc.record({ en: anyTemplate, ru: anyTemplate }),
    long: fc.record({ en: anyTemplate, de: anyTemplate }),
  }),
}) as fc.Arbitrary<Campaign>;

describe('renderMessage: HTML from arbitrary campaign data (property)', () => {
  it('contains no element but <a> and <br>, and no href but https', () => {
    fc.assert(
      fc.property(
        anyCampaign,
        fc.constantFrom(...LANGS),
        fc.constantFrom(...VARIANTS),
        fc.option(anyTemplate, { nil: undefined }),
        (campaign, lang, variant, template) => {
          const body = parse(renderMessage(campaign, { lang, variant, format: 'html', template }));
          for (const element of body.querySelectorAll('*')) {
            expect(['A', 'BR']).toContain(element.tagName);
            const attributes = element.getAttributeNames();
            if (element.tagName === 'BR') expect(attributes).toEqual([]);
            else {
              expect(attributes).toEqual(['href']);
              expect(new URL(element.getAttribute('href') ?? '').protocol).toBe('https:');
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each(FORMATS)('never throws in %s, whatever the data', (format) => {
    fc.assert(
      fc.property(anyCampaign, fc.constantFrom(...VARIANTS), (campaign, variant) => {
        expect(typeof renderMessage(campaign, { lang: 'en', variant, format })).toBe('string');
      }),
      { numRuns: 100 },
    );
  });
});
