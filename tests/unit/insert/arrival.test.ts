import { describe, expect, it } from 'vitest';
import { countOccurrences } from '@/utils/insert/isolated-world/arrival';

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
