import { describe, expect, it } from 'vitest';
import { findViolation, isValidAlignment, assertValidAlignment } from '../../src/core/invariants';
import { makeSide, type Alignment, type Link } from '../../src/core/model';

const link = (src: number[], tgt: number[]): Link => ({
  src,
  tgt,
  status: 'auto',
  confidence: 0.9,
});

function alignment(links: Link[], srcCount = 3, tgtCount = 3): Alignment {
  return {
    source: makeSide(
      'zh',
      Array.from({ length: srcCount }, (_, i) => `段落${i}`),
    ),
    target: makeSide(
      'en',
      Array.from({ length: tgtCount }, (_, i) => `Paragraph ${i}`),
    ),
    links,
  };
}

describe('invariant checker', () => {
  it('accepts a sound alignment with 1-1, 2-1, 1-0 and 0-1 links', () => {
    const a = alignment([link([0, 1], [0]), link([], [1]), link([2], [2])]);
    expect(findViolation(a)).toBeNull();
    expect(isValidAlignment(alignment([link([0], []), link([1, 2], [0, 1, 2])]))).toBe(true);
  });

  it('accepts an empty alignment of two empty sides', () => {
    expect(isValidAlignment(alignment([], 0, 0))).toBe(true);
  });

  it('rejects a gap: a segment no link covers', () => {
    const v = findViolation(alignment([link([0], [0]), link([2], [1, 2])]));
    expect(v?.message).toMatch(/source segment 1 is not covered/);
    expect(v?.linkIndex).toBe(1);
  });

  it('rejects segments left over at the end', () => {
    const v = findViolation(alignment([link([0], [0]), link([1], [1])]));
    expect(v?.message).toMatch(/not covered by any link/);
  });

  it('rejects an overlap: a segment in two links', () => {
    const v = findViolation(alignment([link([0, 1], [0]), link([1, 2], [1, 2])]));
    expect(v?.message).toMatch(/source segment 1 again or out of order/);
  });

  it('rejects disorder: links out of order', () => {
    const v = findViolation(alignment([link([1], [0]), link([0], [1]), link([2], [2])]));
    expect(v).not.toBeNull();
    expect(v?.linkIndex).toBe(0);
  });

  it('rejects a non-contiguous run inside one link', () => {
    expect(isValidAlignment(alignment([link([0, 2], [0, 1, 2]), link([1], [])]))).toBe(false);
  });

  it('rejects a link empty on both sides', () => {
    const v = findViolation(alignment([link([0], [0]), link([], []), link([1, 2], [1, 2])]));
    expect(v?.message).toMatch(/link 2 is empty on both sides/);
  });

  it('rejects indices outside the texts and confidences outside [0, 1]', () => {
    expect(findViolation(alignment([link([0, 1, 2, 3], [0, 1, 2])]))?.message).toMatch(
      /has 3 segments/,
    );
    const bad = alignment([{ ...link([0, 1, 2], [0, 1, 2]), confidence: 1.5 }]);
    expect(() => assertValidAlignment(bad)).toThrow(/confidence/);
  });
});
