import { describe, expect, it } from 'vitest';
import { NETWORKS } from '@/utils/share/share-link';
import { SHARE_MARK_IDS, shareMarksSprite } from '../../../scripts/share-marks';

describe('the share marks sprite', () => {
  const sprite = shareMarksSprite();
  it('has a mark for every network the share bar offers, and the settings pictogram', () => {
    expect([...SHARE_MARK_IDS].sort()).toEqual([...NETWORKS].sort());
    for (const id of [...NETWORKS, 'settings'])
      expect(sprite).toMatch(new RegExp(`<symbol id="mark-${id}" viewBox="0 0 24 24"`));
  });
  it('is inline SVG only: nothing to fetch, no script, no style attribute (the pages’ CSP)', () => {
    expect(sprite).not.toMatch(/href=|url\(|<script|style=|<image/);
    expect(sprite.match(/<path /g)?.length).toBe(NETWORKS.length + 1);
  });
});
