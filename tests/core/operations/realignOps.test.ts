import { describe, expect, it } from 'vitest';
import {
  canRealignStretch,
  findUnconfirmedStretch,
  isOpError,
  realignStretch,
  type StretchAligner,
} from '../../../src/core/operations';
import { alignmentOf, ok, shapes } from './fixtures';

/** Pairs segments one to one, the leftovers unpaired: enough to see what the operation does. */
const diagonal: StretchAligner = (src, tgt) =>
  Array.from({ length: Math.max(src.length, tgt.length) }, (_, k) => ({
    src: k < src.length ? [k] : [],
    tgt: k < tgt.length ? [k] : [],
    confidence: 0.9,
  }));

describe('realignStretch', () => {
  it('realigns the unconfirmed links between confirmed ones and leaves the anchors alone', () => {
    const a = alignmentOf(
      [
        [1, 1],
        [2, 1],
        [0, 1],
        [1, 1],
        [1, 1],
      ],
      [{ status: 'confirmed' }, {}, { note: 'gap' }, {}, { status: 'confirmed' }],
    );
    expect(findUnconfirmedStretch(a, 2)).toEqual({ first: 1, last: 3 });
    const r = ok(realignStretch(a, 2, diagonal));
    expect(shapes(r)).toBe('1-1 1-1 1-1 1-1 1-1');
    expect(r.links[0]).toBe(a.links[0]);
    expect(r.links[4]).toBe(a.links[4]);
    expect(r.links.slice(1, 4).map((l) => [l.src, l.tgt])).toEqual([
      [[1], [1]],
      [[2], [2]],
      [[3], [3]],
    ]);
    expect(r.links.slice(1, 4).every((l) => l.status === 'auto' && l.confidence === 0.9)).toBe(
      true,
    );
    // The note of the 0-1 link follows its target segment 2.
    expect(r.links[2].note).toBe('gap');
  });

  it('returns the same alignment when the aligner agrees with what is there', () => {
    const a = alignmentOf(
      [
        [1, 1],
        [1, 1],
      ],
      [{ confidence: 0.9 }, { confidence: 0.9 }],
    );
    expect(realignStretch(a, 0, diagonal)).toBe(a);
  });

  it('refuses a confirmed link and an aligner result that breaks the invariants', () => {
    const a = alignmentOf(
      [
        [1, 1],
        [1, 1],
      ],
      [{ status: 'confirmed' }],
    );
    expect(canRealignStretch(a, 0)).toBe(false);
    expect(isOpError(realignStretch(a, 0, diagonal))).toBe(true);
    const broken: StretchAligner = () => [{ src: [0], tgt: [], confidence: 1 }];
    const result = realignStretch(a, 1, broken);
    expect(isOpError(result) && result.error).toMatch(/unusable/);
  });
});
