import { describe, expect, it } from 'vitest';
import bundledFile from '@/assets/campaign.json';
import { validateCampaign } from '@/utils/campaign/validate';
import sampleFile from '../../fixtures/sample-campaign.json';

/** A deep copy of the bundled campaign file with one field set, as an editor of the file might set it. */
function edited(path: string, value: unknown): unknown {
  const copy: unknown = structuredClone(bundledFile);
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  const parent = keys.reduce((node, key) => (node as Record<string, unknown>)[key], copy);
  (parent as Record<string, unknown>)[last] = value;
  return copy;
}

describe('validateCampaign', () => {
  it.each([
    ['the bundled campaign', bundledFile],
    ['the sample campaign', sampleFile],
  ])('accepts %s', (_, file) => {
    const result = validateCampaign(file);
    expect(result).toMatchObject({ ok: true });
  });

  it('keeps the bundled channels exactly as published in the call (2018)', () => {
    const result = validateCampaign(bundledFile);
    if (!result.ok) throw new Error(result.error);
    expect(
      result.campaign.donations.map(({ kind, account, note, published }) => ({ kind, account, note, published })),
    ).toEqual([
      { kind: 'paypal', account: 'abc-msk@riseup.net', note: 'St. Petersburg and Penza', published: '2018' },
      { kind: 'yoomoney', account: '41001160378989', note: undefined, published: '2018' },
      { kind: 'bitcoin', account: '1EKGZT2iMjNKHz8oVt7svXpUdcPAXkRBAH', note: undefined, published: '2018' },
    ]);
  });

  it.each([
    [
      'a Bitcoin address with a wrong checksum',
      'donations.2.account',
      '1EKGZT2iMjNKHz8oVt7svXpUdcPAXkRBAG',
      'donations[2].account: Bitcoin address checksum does not match',
    ],
    [
      'a testnet Bitcoin address',
      'donations.2.account',
      'tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx',
      'donations[2].account: Bitcoin address',
    ],
    [
      'a YooMoney wallet with a wrong check digit',
      'donations.1.account',
      '41001160378988',
      'donations[1].account: YooMoney wallet number checksum does not match',
    ],
    [
      'a PayPal account that is neither e-mail nor paypal.me',
      'donations.0.account',
      'abc-msk(at)riseup.net',
      'donations[0].account: PayPal account must be',
    ],
    ['an http link', 'links.1.url', 'http://rupression.com/en/', 'links[1].url: must be an https link'],
    [
      'a javascript: link in the timeline',
      'timeline.0.source.url',
      'javascript:alert(1)',
      'timeline[0].source.url: must be an https link',
    ],
    [
      'an http donation page',
      'donatePage.url',
      'http://wiki.avtonom.org/en/index.php/Donate',
      'donatePage.url: must be an https link',
    ],
    [
      'a placeholder for a link that does not exist',
      'messages.short.de',
      'Solidarität! {link:nowhere}',
      'messages.short.de: {link:nowhere} refers to no link',
    ],
    [
      'a misspelt placeholder',
      'messages.long.en',
      'Donate:\n{donation}',
      'messages.long.en: unknown placeholder {donation}',
    ],
    ['a share link that is not a link', 'shareLink', 'site', 'shareLink: "site" is not the id of a link'],
    ['two links with the same id', 'links.1.id', 'call', 'links[1].id: "call" is used twice'],
    ['a missing English title', 'title.en', undefined, 'title.en:'],
    ['an empty Russian summary', 'summary.short.ru', '  ', 'summary.short.ru: must not be empty'],
    ['an unknown kind of donation', 'donations.0.kind', 'iban', 'donations[0].kind:'],
    ['a date that is not a date', 'timeline.1.date', 'January 2018', 'timeline[1].date: must be a date'],
  ])('refuses %s, naming the field', (_, path, value, error) => {
    const result = validateCampaign(edited(path, value));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain(error);
  });

  it.each([null, 'campaign', 42, []])('refuses %j with a message', (data) => {
    const result = validateCampaign(data);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/\S/) });
  });
});
