// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addCounts, emptyCounts, parseAlignFile, scoresOf } from '../../scripts/alignScore';

describe('scoring like score.py', () => {
  const gold = parseAlignFile('[0]:[0]\n[1,2]:[1]\n[]:[2]\n[3]:[3,4]\n');

  it('parses .align lines, empty sides included', () => {
    expect(gold).toEqual([
      [[0], [0]],
      [[1, 2], [1]],
      [[], [2]],
      [[3], [3, 4]],
    ]);
  });

  it('counts exact beads for strict and overlapping non-null beads for lax', () => {
    const pred = parseAlignFile('[0]:[0]\n[1]:[1]\n[2]:[]\n[]:[2]\n[3]:[3]\n[]:[4]\n');
    const s = scoresOf(addCounts(emptyCounts(), gold, pred));
    expect(s.strictP).toBeCloseTo(2 / 6);
    expect(s.strictR).toBeCloseTo(2 / 4);
    // Non-null predicted: [0]:[0], [1]:[1], [3]:[3], all overlap gold; gold non-null: 3, all hit.
    expect(s.laxP).toBe(1);
    expect(s.laxR).toBe(1);
  });

  it('scores a perfect prediction 1', () => {
    const s = scoresOf(addCounts(emptyCounts(), gold, gold));
    expect([s.strictF1, s.laxF1]).toEqual([1, 1]);
  });
});
