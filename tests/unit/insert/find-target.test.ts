import { expect, it } from 'vitest';
import { deepActiveElement } from '@/utils/insert/find-target';

it('returns the focused field of the document', () => {
  document.body.innerHTML = '<textarea></textarea>';
  const area = document.querySelector('textarea')!;
  area.focus();
  expect(deepActiveElement(document)).toEqual({ element: area, hops: 0 });
});

it('follows open shadow roots down to the field', () => {
  document.body.innerHTML = '<div id="outer"></div>';
  const outer = document.getElementById('outer')!.attachShadow({ mode: 'open' });
  const middle = document.createElement('div');
  outer.append(middle);
  const inner = middle.attachShadow({ mode: 'open' });
  const input = document.createElement('input');
  inner.append(input);
  input.focus();
  expect(deepActiveElement(document).element).toBe(input);
});

it('is the body when nothing is focused', () => {
  document.body.innerHTML = '<p>text</p>';
  (document.activeElement as HTMLElement | null)?.blur();
  expect(deepActiveElement(document).element).toBe(document.body);
});
