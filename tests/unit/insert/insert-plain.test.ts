import { expect, it } from 'vitest';
import { insertPlain } from '@/utils/insert/insert-plain';

it('replaces the selection, keeps the rest, and tells frameworks through an input event', () => {
  document.body.innerHTML = '<textarea></textarea>';
  const area = document.querySelector('textarea')!;
  area.value = 'Keep this. REPLACE ME. Keep that.';
  area.focus();
  area.setSelectionRange(11, 21);
  const events: string[] = [];
  area.addEventListener('input', (e) => events.push((e as InputEvent).inputType));
  const method = insertPlain(area, 'The call.');
  expect(method).not.toBeNull();
  expect(area.value).toBe('Keep this. The call.. Keep that.');
  expect(events.length).toBeGreaterThan(0);
});
