import { expect, it } from 'vitest';
import { chooseFrame, type FrameProbe } from '@/utils/insert/choose-frame';

const top = (p: Partial<FrameProbe>): FrameProbe => ({ frameId: 0, focused: true, hops: 0, ...p });

it.each<[string, FrameProbe[], number | undefined]>([
  ['the top frame with a field', [top({ kind: 'textarea' })], 0],
  [
    'a same-origin iframe over its parent, which sees the same field through it',
    [top({ kind: 'textarea', hops: 1 }), top({ frameId: 7, kind: 'textarea' })],
    7,
  ],
  [
    'a field without focus (the popup has it) over a focused frame without one',
    [top({ focused: false, kind: 'rich' }), top({ frameId: 3, refusal: 'no-field' })],
    0,
  ],
  [
    'a reachable cross-origin frame over the parent that cannot look in',
    [top({ refusal: 'cross-origin-frame' }), top({ frameId: 4, kind: 'input' })],
    4,
  ],
  ['a refusal to explain over nothing', [top({ refusal: 'password' }), top({ frameId: 2, focused: false })], 0],
  ['nothing when no frame has a field', [top({ refusal: 'no-field' }), top({ frameId: 2, focused: false })], undefined],
])('%s', (_, probes, frameId) => {
  expect(chooseFrame(probes)?.frameId).toBe(frameId);
});
