import type { FieldProbe } from './protocol';

export interface FrameProbe extends FieldProbe {
  frameId: number;
}

/**
 * The frame to insert into when the caller did not name one: the frame whose own
 * document holds the field. A parent frame sees a same-origin child's field too
 * (through the iframe), so the fewest hops wins; focus breaks ties, because when
 * the popup is open no page document has the focus, yet the field is still active.
 */
export function chooseFrame(probes: FrameProbe[]): FrameProbe | undefined {
  const score = (p: FrameProbe) => (p.kind ? 4 : p.refusal && p.refusal !== 'no-field' ? 2 : 0) + (p.focused ? 1 : 0);
  return probes
    .filter((p) => score(p) > 1)
    .sort((a, b) => score(b) - score(a) || a.hops - b.hops || b.frameId - a.frameId)[0];
}
