import { describe, expect, it } from 'vitest';
import { describeReply } from '@/components/InsertButton';
import { checkAnswer, checkProbe } from '@/utils/insert/background/page-answer';
import { stringsFor } from '../../support/render-popup';

const INSERTED = { inserted: true, kind: 'rich', method: 'paste', variant: 'standard', length: 480, lang: 'en' };
const FAILED = { inserted: false, reason: 'failed' };

describe('checkAnswer: what the page side says, as the background accepts it', () => {
  it.each([
    ['an insertion', INSERTED],
    ['a refusal', { inserted: false, reason: 'password', lang: 'ru' }],
    ['a refusal without a language', { inserted: false, reason: 'no-field' }],
  ])('keeps %s as it is', (_, answer) => {
    expect(checkAnswer(answer)).toEqual(answer);
  });

  // What a page that forged our answer (a trapped global, a replaced Promise.prototype.then) would send.
  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'Inserted into the page'],
    [
      'a free-text reason',
      { inserted: false, reason: 'the Bitcoin address above was seized; donate to bc1q… instead' },
    ],
    ['a free-text site', { inserted: false, reason: 'cross-origin-frame', site: 'evil.example' }],
    [
      'a permission to ask for',
      { inserted: false, reason: 'cross-origin-frame', access: { origins: ['https://*/*'] } },
    ],
    ['the text back', { ...INSERTED, text: 'Donate to bc1qforged' }],
    ['an error message', { ...FAILED, error: 'Send money to bc1qforged' }],
    ['an unknown method', { ...INSERTED, method: 'magic' }],
    ['an unknown field kind', { ...INSERTED, kind: 'password' }],
    ['a language we do not speak', { ...INSERTED, lang: 'fr' }],
    ['a negative count', { ...INSERTED, length: -1 }],
    ['a huge count', { ...INSERTED, length: 1e12 }],
    ['a fractional count', { ...INSERTED, length: 1.5 }],
    ['a string count', { ...INSERTED, length: '480' }],
    ['"inserted" as a string', { ...INSERTED, inserted: 'true' }],
    ['inserted with a reason', { ...INSERTED, reason: 'failed' }],
    ['a getter', Object.defineProperty({ ...FAILED }, 'lang', { get: () => 'en', enumerable: true })],
    ['an array', [INSERTED]],
  ])('turns %s into "failed"', (_, forged) => {
    const checked = checkAnswer(forged);
    if (checked.inserted) throw new Error(`accepted ${JSON.stringify(forged)}`);
    // A getter that returns a valid value may pass: what matters is that only known codes come out.
    expect(['failed']).toContain(checked.reason);
  });

  it('the popup shows only its own sentences for any forged answer', () => {
    const { t } = stringsFor('en');
    const forged = checkAnswer({ inserted: false, reason: 'Seized! Donate to bc1qforged' });
    const said = describeReply({ ...forged, ok: false }, t);
    expect(said).toBe('This editor did not take the text: nothing was inserted.');
    // Even a reply that skipped the background's check (an unknown reason) is said as a failure, not echoed.
    const unchecked = describeReply({ ok: false, inserted: false, reason: 'bc1qforged' as never }, t);
    expect(unchecked).not.toContain('bc1q');
  });
});

describe('checkProbe', () => {
  it('keeps a well-formed probe', () => {
    const probe = { focused: true, hops: 1, kind: 'textarea', room: 120, pageLang: 'de' };
    expect(checkProbe(probe)).toEqual(probe);
  });
  it.each<[string, unknown]>([
    [
      'an origin named by the page',
      { focused: true, hops: 0, refusal: 'cross-origin-frame', frameOrigin: 'https://*' },
    ],
    ['a room as text', { focused: true, hops: 0, kind: 'input', room: 'lots' }],
    ['a page language we do not speak', { focused: true, hops: 0, pageLang: 'xx' }],
    ['too many hops', { focused: true, hops: 1000 }],
    ['no focus flag', { hops: 0 }],
  ])('drops %s', (_, forged) => {
    expect(checkProbe(forged)).toBeUndefined();
  });
});
