import { describe, expect, it } from 'vitest';
import { classifyField, deepActiveElement, roomLeft } from '@/utils/insert/isolated-world/find-field';

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

function make(html: string): Element {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
}

describe('classifyField', () => {
  it.each([
    ['<textarea></textarea>', 'textarea'],
    ['<input type="text">', 'input'],
    ['<input>', 'input'],
    ['<input type="search">', 'input'],
    ['<input type="url">', 'input'],
  ])('%s is a plain field of kind %s', (html, kind) => {
    expect(classifyField(make(html))).toMatchObject({ kind });
  });

  it.each([
    ['<input type="password">', 'password'],
    ['<textarea readonly></textarea>', 'readonly'],
    ['<input readonly>', 'readonly'],
    ['<textarea disabled></textarea>', 'disabled'],
    ['<input type="checkbox">', 'no-field'],
    ['<input type="number">', 'no-field'],
    ['<div>text</div>', 'no-field'],
  ])('%s is refused as %s', (html, refusal) => {
    expect(classifyField(make(html))).toEqual({ refusal });
  });

  it('refuses when nothing has the focus', () => {
    expect(classifyField(null)).toEqual({ refusal: 'no-field' });
  });

  it('takes the outermost contenteditable element as the editor', () => {
    const root = make('<div contenteditable="true"><p><b>x</b></p></div>');
    const inner = root.querySelector('b')!;
    const field = classifyField(inner);
    expect(field).toMatchObject({ kind: 'rich' });
    expect('element' in field && field.element).toBe(root);
  });
});

describe('roomLeft', () => {
  it.each([
    // value, maxlength, selection start, end, room
    ['', 20, 0, 0, 20],
    ['Hi ', 20, 3, 3, 17],
    ['Hello world', 20, 0, 5, 14],
    ['full', 4, 4, 4, 0],
  ])('value %j, maxlength %i, selection %i–%i leaves %i', (value, max, start, end, room) => {
    const input = make(`<input maxlength="${max}">`) as HTMLInputElement;
    input.value = value;
    input.setSelectionRange(start, end);
    expect(roomLeft(input)).toBe(room);
  });

  it('is null without maxlength', () => {
    expect(roomLeft(make('<textarea></textarea>') as HTMLTextAreaElement)).toBeNull();
  });
});
