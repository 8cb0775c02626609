import { expect, it } from 'vitest';
import { countOccurrences } from '@/utils/insert/isolated-world/arrival';
import { insertPlain } from '@/utils/insert/isolated-world/insert-plain';

it('replaces the selection, keeps the rest, and tells frameworks through an input event', async () => {
  document.body.innerHTML = '<textarea></textarea>';
  const area = document.querySelector('textarea')!;
  area.value = 'Keep this. REPLACE ME. Keep that.';
  area.focus();
  area.setSelectionRange(11, 21);
  const events: string[] = [];
  area.addEventListener('input', (e) => events.push((e as InputEvent).inputType));
  const method = await insertPlain(area, 'The call.');
  expect(method).not.toBeNull();
  expect(area.value).toBe('Keep this. The call.. Keep that.');
  expect(events.length).toBeGreaterThan(0);
});

const TEXT = 'Solidarity with the antifascists of Penza.\nhttps://rupression.com/en/';

it('a code editor that reads a hidden textarea and empties it is not told "did not take the text"', async () => {
  // As CodeMirror 5 and Ace do: a tiny textarea takes the input, the editor moves it into its own lines.
  document.body.innerHTML =
    '<div class="editor"><div><textarea style="width:1px;height:1px"></textarea></div><div class="lines"></div></div>';
  const area = document.querySelector('textarea')!;
  const lines = document.querySelector('.lines')!;
  area.addEventListener('input', () => {
    const taken = area.value;
    area.value = '';
    setTimeout(() => {
      for (const line of taken.split('\n'))
        lines.append(Object.assign(document.createElement('pre'), { textContent: line }));
    }, 30);
  });
  area.focus();
  expect(await insertPlain(area, TEXT)).not.toBeNull();
  expect(countOccurrences(lines.textContent ?? '', TEXT)).toBe(1);
  expect(area.value).toBe('');
});

it('a field that throws the text away is reported as not taking it', async () => {
  document.body.innerHTML = '<textarea></textarea>';
  const area = document.querySelector('textarea')!;
  area.addEventListener('input', () => {
    area.value = 'something else';
  });
  area.focus();
  expect(await insertPlain(area, TEXT)).toBeNull();
});
