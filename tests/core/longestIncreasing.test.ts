import { describe, expect, it } from 'vitest';
import { longestIncreasing } from '../../src/core/longestIncreasing';

/** The longest chain by brute force over every subset (small inputs only). */
function bruteLength(values: readonly number[], strict: boolean): number {
  let best = 0;
  for (let mask = 0; mask < 1 << values.length; mask++) {
    const picked = values.filter((_, k) => mask & (1 << k));
    const ok = picked.every((v, k) => k === 0 || (strict ? v > picked[k - 1] : v >= picked[k - 1]));
    if (ok) best = Math.max(best, picked.length);
  }
  return best;
}

describe('longestIncreasing', () => {
  it('finds a longest increasing chain, skipping the outliers', () => {
    // English positions of matched words in Chinese order: 40 is a chance match far ahead.
    const chain = longestIncreasing([3, 40, 8, 12, 5, 20, 25]);
    expect(chain.map((k) => [3, 40, 8, 12, 5, 20, 25][k])).toEqual([3, 8, 12, 20, 25]);
  });

  it('keeps equal values only when not strict', () => {
    expect(longestIncreasing([2, 2, 2])).toHaveLength(1);
    expect(longestIncreasing([2, 2, 2], false)).toEqual([0, 1, 2]);
  });

  it('is empty for no values', () => {
    expect(longestIncreasing([])).toEqual([]);
  });

  it('is as long as the longest chain, and a chain, on random inputs', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 6;
    for (let t = 0; t < 300; t++) {
      const values = Array.from({ length: 1 + (t % 11) }, () => Math.floor(random()));
      for (const strict of [true, false]) {
        const chain = longestIncreasing(values, strict);
        expect(chain.length).toBe(bruteLength(values, strict));
        for (let k = 1; k < chain.length; k++) {
          expect(chain[k]).toBeGreaterThan(chain[k - 1]);
          const [a, b] = [values[chain[k - 1]], values[chain[k]]];
          expect(strict ? b > a : b >= a).toBe(true);
        }
      }
    }
  });
});
