// Relative imports only: wxt.config.ts runs this at build time, before the @/ alias exists.
import * as v from 'valibot';

/**
 * The campaign's text rules: a value is what it looks like, byte for byte.
 *
 * The schema checks values as they are written and never trims or normalises
 * them, because the build, the popup and the inserted messages ship the bytes
 * themselves: a check on a cleaned-up copy would pass an address the user then
 * copies with a hidden character in it. So anything that trimming or NFC would
 * change, anything invisible, and words that mix look-alike letters of two
 * scripts are refused, with the reason, instead of being cleaned.
 */

/** What each kind of hidden character is called in an error, the first class that matches wins. */
const HIDDEN: [RegExp, string][] = [
  [/\uFEFF/u, 'a byte order mark'],
  [/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u, 'a bidi control character'],
  [/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/u, 'a no-break or other non-ASCII space'],
  [/[\u2028\u2029]/u, 'a Unicode line or paragraph separator'],
  // Format characters (zero-width space/joiners, soft hyphen, tags…), fillers that render as nothing, private use.
  [/\p{Cf}|\p{Co}|[\u115F\u1160\u3164\uFFA0\u2800\u180E]|[\uFE00-\uFE0E]/u, 'an invisible character'],
  // Tab, carriage return and the other controls; a line feed is how templates break lines.
  [/(?!\n)\p{Cc}/u, 'a control character'],
  [/[\uFF01-\uFF5E]/u, 'a fullwidth character that looks like ASCII'],
];

/**
 * Letters that pass for a letter of another script: Cyrillic and Greek ones that look Latin, and the
 * Latin ones that look Cyrillic or Greek. Only these make a mixed word suspect: "ЮMoney" is a brand,
 * "Pаypal" with a Cyrillic "а" is a trap.
 */
const LOOK_ALIKES = new Set(
  ['аАвВеЕёЁкКмМнНоОрРсСтТуУхХѕЅіІїЇјЈԁԛԚԝԜүҮһҺӏӀ', 'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧαβεικνορτυχ', 'aAbBcCeEHiIjJKMoOpPsSTxXyY'].join(''),
);

const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Latin}/u, 'Latin'],
  [/\p{Script=Cyrillic}/u, 'Cyrillic'],
  [/\p{Script=Greek}/u, 'Greek'],
];

const codePoint = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** A word whose letters come from two scripts, one of them only look-alikes; undefined if there is none. */
export function mixedScriptProblem(value: string): string | undefined {
  for (const [word] of value.matchAll(/[\p{L}\p{M}]+/gu)) {
    const byScript = SCRIPTS.map(([test, name]) => ({ name, letters: [...word].filter((c) => test.test(c)) })).filter(
      ({ letters }) => letters.length > 0,
    );
    if (byScript.length < 2) continue;
    const fewest = Math.min(...byScript.map(({ letters }) => letters.length));
    for (const { name, letters } of byScript) {
      if (letters.length !== fewest) continue;
      const fake = letters.find((letter) => LOOK_ALIKES.has(letter));
      if (fake) {
        const others = byScript.filter((s) => s.name !== name).map((s) => s.name);
        return `mixes ${others.join('/')} and ${name} letters in "${word}": "${fake}" (${codePoint(fake)}) is a ${name} look-alike`;
      }
    }
  }
  return undefined;
}

/**
 * Why `value` cannot ship exactly as written, or undefined if it can. One short
 * phrase that completes "<field>: …" and names the character by code point,
 * since the character itself is invisible in a terminal.
 */
export function textProblem(value: string): string | undefined {
  for (const [pattern, what] of HIDDEN) {
    const found = pattern.exec(value);
    if (found) return `contains ${what} (${codePoint(found[0])}) at position ${found.index}`;
  }
  if (value.trim() === '') return 'must not be empty';
  if (value !== value.trim()) return 'starts or ends with a space or line break';
  if (value !== value.normalize('NFC')) return 'is not in Unicode NFC form (write the composed characters)';
  return mixedScriptProblem(value);
}

/** The schema's rule for every campaign string: it must pass textProblem as written (no trim, no transform). */
export const asWritten = v.rawCheck<string>(({ dataset, addIssue }) => {
  if (!dataset.typed) return;
  const problem = textProblem(dataset.value);
  if (problem) addIssue({ message: problem });
});

/**
 * For links: the host written in ASCII letters, not an internationalised name that could pass for
 * another (https://раураl.me is all Cyrillic), nor its punycode (xn--…), which hides the same trick.
 */
export const asciiHost = v.check<string, string>((url) => {
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(url)?.[1] ?? '';
  return /^[\x21-\x7E]*$/.test(host) && !/(^|\.|@)xn--/i.test(host);
}, 'the host name must be written in plain ASCII (no internationalised or punycode look-alikes)');
