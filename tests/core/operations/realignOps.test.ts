import { describe, expect, it } from 'vitest';
import {
  canConfirm,
  canRealignStretch,
  confirm,
  editSegmentText,
  mergeWithNext,
  findRealignStretch,
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
    expect(findRealignStretch(a, 2)).toEqual({ first: 1, last: 3 });
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

describe('re-align keeps hand-edited links', () => {
  const shuffled: StretchAligner = (src, tgt) =>
    // Pairs everything in one link: any link it is allowed to touch visibly changes.
    [{ src: src.map((_, k) => k), tgt: tgt.map((_, k) => k), confidence: 0.5 }];

  it('stops the stretch at an edited link as at a confirmed one, and leaves it as it is', () => {
    const a = alignmentOf(
      [
        [1, 1],
        [1, 1],
        [2, 1],
        [1, 1],
        [1, 1],
      ],
      [{}, {}, { edited: true, confidence: 1 }, {}, {}],
    );
    expect(findRealignStretch(a, 0)).toEqual({ first: 0, last: 1 });
    expect(findRealignStretch(a, 4)).toEqual({ first: 3, last: 4 });
    expect(findRealignStretch(a, 2)).toBeNull();
    const r = ok(realignStretch(a, 4, shuffled));
    expect(shapes(r)).toBe('1-1 1-1 2-1 2-2');
    expect(r.links[2]).toBe(a.links[2]);
    expect(r.links[0]).toBe(a.links[0]);
  });

  it('refuses to re-align from an edited row, saying why', () => {
    const a = alignmentOf(
      [
        [1, 1],
        [1, 1],
      ],
      [{ edited: true }],
    );
    expect(canRealignStretch(a, 0)).toBe(false);
    const result = realignStretch(a, 0, shuffled);
    expect(isOpError(result) && result.error).toMatch(/changed by hand/);
  });

  it('marks what a person made, and confirming clears the mark', () => {
    const a = alignmentOf([
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
    const merged = ok(mergeWithNext(a, 0));
    expect(merged.links[0].edited).toBe(true);
    expect(merged.links[1].edited).toBeUndefined();
    expect(canConfirm(merged, [0])).toBe(true);
    const confirmed = ok(confirm(merged, [0]));
    expect(confirmed.links[0].edited).toBeUndefined();
    expect(confirmed.links[0].status).toBe('confirmed');
    // A text edit on a confirmed link marks it again: it needs a second look.
    const retyped = ok(editSegmentText(confirmed, 'tgt', 0, 'A better sentence.'));
    expect(retyped.links[0]).toMatchObject({ status: 'confirmed', edited: true });
    expect(canConfirm(retyped, [0])).toBe(true);
    expect(ok(confirm(retyped, [0])).links[0].edited).toBeUndefined();
  });
});
