import type { Link } from '../core/model';

/** Link shapes the aligner may choose, with a cost (negative log prior) for each. */
const BEADS: ReadonlyArray<readonly [number, number, number]> = [
  [1, 1, 0],
  [1, 0, 4.5],
  [0, 1, 4.5],
  [2, 1, 2.3],
  [1, 2, 2.3],
  [2, 2, 3.5],
  [3, 1, 4.0],
  [1, 3, 4.0],
];

/** Characters that carry length: letters, digits and Han characters (no spaces or punctuation). */
export function contentLength(text: string): number {
  const m = text.match(/[\p{L}\p{N}]/gu);
  return m ? m.length : 0;
}

function lengthCost(srcLen: number, tgtLen: number, ratio: number): number {
  const d = Math.log((tgtLen + 10) / (srcLen * ratio + 10));
  return (d * d) / (2 * 0.3 * 0.3);
}

/**
 * A first, length-only dynamic programme (Gale–Church in spirit), calibrated per document:
 * the ratio of target to source characters is estimated from the two texts.
 */
export function alignByLength(src: readonly string[], tgt: readonly string[]): Link[] {
  const sl = src.map(contentLength);
  const tl = tgt.map(contentLength);
  const total = sl.reduce((a, b) => a + b, 0);
  const ratio = total === 0 ? 1 : tl.reduce((a, b) => a + b, 0) / total;
  const n = src.length;
  const m = tgt.length;
  const W = m + 1;
  const cost = new Float64Array((n + 1) * W).fill(Infinity);
  const back = new Int8Array((n + 1) * W).fill(-1);
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = cost[i * W + j];
      if (here === Infinity) continue;
      for (let b = 0; b < BEADS.length; b++) {
        const [di, dj, prior] = BEADS[b];
        const ni = i + di;
        const nj = j + dj;
        if (ni > n || nj > m) continue;
        let ls = 0;
        let lt = 0;
        for (let k = i; k < ni; k++) ls += sl[k];
        for (let k = j; k < nj; k++) lt += tl[k];
        const c = here + prior + (di && dj ? lengthCost(ls, lt, ratio) : 0);
        if (c < cost[ni * W + nj]) {
          cost[ni * W + nj] = c;
          back[ni * W + nj] = b;
        }
      }
    }
  }
  const links: Link[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const [di, dj] = BEADS[back[i * W + j]];
    const step = cost[i * W + j] - cost[(i - di) * W + (j - dj)];
    links.push({
      src: range(i - di, i),
      tgt: range(j - dj, j),
      status: 'auto',
      confidence: Math.exp(-Math.max(0, step) / 4),
    });
    i -= di;
    j -= dj;
  }
  return links.reverse();
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}
