/** Search bands: which cells of the lattice each pass of the dynamic programme visits. */
import type { Anchors } from './anchors';
import type { Model } from './beadCost';
import type { Problem, Step } from './problem';

export interface Band {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  readonly full: boolean;
}

/** The band around the diagonal that the two texts' cumulative lengths suggest. */
export function diagonalBand(p: Problem, width: number): Band {
  const { n, m } = p;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  const totS = p.srcLen[n] || 1;
  const totT = p.tgtLen[m] || 1;
  let j = 0;
  for (let i = 0; i <= n; i++) {
    const target = (p.srcLen[i] / totS) * totT;
    while (j < m && p.tgtLen[j + 1] <= target) j++;
    const byCount = Math.round((i / Math.max(1, n)) * m);
    lo[i] = Math.max(0, Math.min(j, byCount) - width);
    hi[i] = Math.min(m, Math.max(j, byCount) + width);
  }
  return finishBand(lo, hi, n, m);
}

/**
 * The band around the line through anchors (anchors.ts): `width` each side of it near an
 * anchor, one more segment for every 10 rows away from the nearest anchor (the line is less
 * sure there).
 */
export function anchorBand(p: Problem, anchors: Anchors, width: number): Band {
  const { n, m } = p;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  // The line runs through the middle of each anchor's cell, from (0, 0) to (n, m).
  const count = anchors.x.length;
  const px = (k: number) => (k < 0 ? 0 : k >= count ? n : anchors.x[k] + 0.5);
  const py = (k: number) => (k < 0 ? 0 : k >= count ? m : anchors.y[k] + 0.5);
  let k = -1;
  for (let i = 0; i <= n; i++) {
    while (k < count && px(k + 1) <= i) k++;
    const x0 = px(k);
    const x1 = px(k + 1);
    const g = x1 > x0 ? py(k) + ((i - x0) / (x1 - x0)) * (py(k + 1) - py(k)) : py(k);
    const far = Math.min(i - x0, x1 - i);
    const w = width + Math.floor(Math.max(0, far) / 10);
    lo[i] = Math.max(0, Math.floor(g) - w);
    hi[i] = Math.min(m, Math.ceil(g) + w);
  }
  return finishBand(lo, hi, n, m);
}

/** The band around a path: every row spans the path's cells there, plus `width` each side. */
export function pathBand(p: Problem, path: readonly Step[], model: Model, width: number): Band {
  const { n, m } = p;
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1);
  const visit = (i: number, j0: number, j1: number) => {
    lo[i] = Math.min(lo[i], j0);
    hi[i] = Math.max(hi[i], j1);
  };
  for (const s of path) {
    const [di, dj] = model.shapes[s.shape];
    for (let r = s.i; r <= s.i + di; r++) visit(r, s.j, s.j + dj);
  }
  visit(0, 0, 0);
  visit(n, m, m);
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, lo[i] - width);
    hi[i] = Math.min(m, hi[i] + width);
  }
  return finishBand(lo, hi, n, m);
}

function finishBand(lo: Int32Array, hi: Int32Array, n: number, m: number): Band {
  // Monotone edges keep every row reachable from the previous one.
  for (let i = 1; i <= n; i++) lo[i] = Math.max(lo[i], lo[i - 1]);
  for (let i = n - 1; i >= 0; i--) hi[i] = Math.min(hi[i], hi[i + 1]);
  for (let i = 0; i <= n; i++) if (hi[i] < lo[i]) hi[i] = lo[i];
  lo[0] = 0;
  hi[n] = m;
  let full = true;
  for (let i = 0; i <= n && full; i++) full = lo[i] === 0 && hi[i] === m;
  return { lo, hi, full };
}

export function fullBand(n: number, m: number): Band {
  return { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m), full: true };
}
