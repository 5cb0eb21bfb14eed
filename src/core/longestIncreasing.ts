/**
 * The indices, in order, of a longest increasing subsequence of `values` (non-decreasing when
 * `strict` is false): patience sorting with back links, O(n log n). Among chains of the same
 * length it ends at the latest-placed smallest tail, so callers get the same chain every time.
 */
export function longestIncreasing(values: ArrayLike<number>, strict = true): number[] {
  // tails[k]: the index of the smallest last value of a chain of length k + 1 seen so far.
  const tails: number[] = [];
  const parent = new Int32Array(values.length);
  for (let x = 0; x < values.length; x++) {
    const v = values[x];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const t = values[tails[mid]];
      if (t < v || (!strict && t === v)) lo = mid + 1;
      else hi = mid;
    }
    parent[x] = lo > 0 ? tails[lo - 1] : -1;
    tails[lo] = x;
  }
  const chain: number[] = [];
  for (let x = tails.length > 0 ? tails[tails.length - 1] : -1; x >= 0; x = parent[x])
    chain.push(x);
  return chain.reverse();
}
