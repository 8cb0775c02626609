import { describe, expect, it } from 'vitest';
import { textToHtml } from '@/utils/insert/insert-rich';
import { countOccurrences, textForField } from '@/utils/insert/text-for-field';

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

describe('countOccurrences', () => {
  it.each([
    ['Earlier. Hello world', 'Hello\nworld', 1],
    ['Hello world Hello  world', 'Hello world', 2],
    ['nothing here', 'Hello', 0],
    ['anything', '', 0],
  ])('%j holds %j %i times, whitespace ignored', (haystack, needle, count) => {
    expect(countOccurrences(haystack, needle)).toBe(count);
  });
});

describe('textToHtml', () => {
  it('escapes markup, keeps lines, links https URLs without the closing punctuation', () => {
    expect(textToHtml('<b>&"\nSee https://a.example/x.')).toBe(
      '&lt;b&gt;&amp;&quot;<br>See <a href="https://a.example/x">https://a.example/x</a>.',
    );
  });

  it('links no other scheme', () => {
    expect(textToHtml('javascript:alert(1) http://a.example')).not.toContain('<a');
  });
});
