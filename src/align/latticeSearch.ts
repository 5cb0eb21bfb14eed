/** The lattice search: Viterbi path and forward–backward posteriors inside a band. */
import { fullBand, type Band } from './bands';
import { beadCost, type Model } from './beadCost';
import { PairMatrix } from './pairMatcher';
import type { Pairs, Problem, Step } from './problem';

const LOG_ZERO = -1e300;
/** Widest half-band the search widens to, in segments. */
const MAX_BAND = 256;
/** Most lattice cells a widened band may hold (about 70 bytes each with pair evidence). */
const MAX_CELLS = 8_000_000;
/** Bead costs kept between the forward and backward passes, at most (8 bytes each). */
const MAX_CACHED_COSTS = 24_000_000;

function bandCells(band: Band): number {
  let cells = 0;
  for (let i = 0; i < band.lo.length; i++) cells += band.hi[i] - band.lo[i] + 1;
  return cells;
}

function pairMatrixFor(p: Problem, band: Band, maxDi: number, maxDj: number, model: Model): Pairs {
  const from = new Int32Array(p.n);
  const to = new Int32Array(p.n);
  for (let x = 0; x < p.n; x++) {
    from[x] = band.lo[Math.max(0, x - maxDi + 1)];
    to[x] = Math.min(p.m - 1, band.hi[x] + maxDj - 1);
  }
  const main = new PairMatrix(p.src, p.tgt, p.vocabSize, from, to);
  if (model.boundaryWeight === 0 || !p.heads || !p.tails) return { main };
  return {
    main,
    head: new PairMatrix(p.heads.src, p.heads.tgt, p.vocabSize, from, to),
    tail: new PairMatrix(p.tails.src, p.tails.tgt, p.vocabSize, from, to),
  };
}

interface Lattice {
  readonly band: Band;
  readonly rowStart: Int32Array;
  readonly cells: number;
}

function lattice(band: Band, n: number): Lattice {
  const rowStart = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) rowStart[i + 1] = rowStart[i] + (band.hi[i] - band.lo[i] + 1);
  return { band, rowStart, cells: rowStart[n + 1] };
}

function cellIndex(l: Lattice, i: number, j: number): number {
  if (j < l.band.lo[i] || j > l.band.hi[i]) return -1;
  return l.rowStart[i] + j - l.band.lo[i];
}

function logAdd(a: number, b: number): number {
  if (a === LOG_ZERO) return b;
  if (b === LOG_ZERO) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

export interface Solution {
  readonly path: Step[];
  readonly posterior: number[];
  readonly touchesEdge: boolean;
}

/** Viterbi path and, optionally, each path bead's posterior probability (forward–backward). */
function solve(
  p: Problem,
  band: Band,
  model: Model,
  temperature: number,
  withPosterior: boolean,
  progress: (f: number) => void,
): Solution {
  const { n, m } = p;
  const maxDi = Math.max(...model.shapes.map((s) => s[0]));
  const maxDj = Math.max(...model.shapes.map((s) => s[1]));
  const pairs = pairMatrixFor(p, band, maxDi, maxDj, model);
  const lat = lattice(band, n);
  const best = new Float64Array(lat.cells).fill(Infinity);
  const back = new Int8Array(lat.cells).fill(-1);
  const alpha = withPosterior ? new Float64Array(lat.cells).fill(LOG_ZERO) : undefined;
  best[0] = 0;
  if (alpha) alpha[0] = 0;
  const S = model.shapes.length;
  const invT = 1 / temperature;
  // The backward pass needs every cost the forward pass computed: keep them (bounded memory).
  const costs =
    alpha && lat.cells * S <= MAX_CACHED_COSTS ? new Float64Array(lat.cells * S) : undefined;
  const costOf = (r: number, c: number, s: number, end: number) =>
    costs ? costs[end * S + s] : beadCost(p, pairs, model, r, c, s);
  for (let i = 0; i <= n; i++) {
    if ((i & 255) === 0) progress(withPosterior ? (0.5 * i) / (n + 1) : i / (n + 1));
    for (let j = band.lo[i]; j <= band.hi[i]; j++) {
      const here = cellIndex(lat, i, j);
      let b = best[here];
      let a = alpha ? alpha[here] : 0;
      for (let s = 0; s < S; s++) {
        const [di, dj] = model.shapes[s];
        const pi = i - di;
        const pj = j - dj;
        if (pi < 0 || pj < 0) continue;
        const prev = cellIndex(lat, pi, pj);
        if (prev < 0 || best[prev] === Infinity) continue;
        const c = beadCost(p, pairs, model, pi, pj, s);
        if (costs) costs[here * S + s] = c;
        if (best[prev] + c < b) {
          b = best[prev] + c;
          back[here] = s;
        }
        if (alpha) a = logAdd(a, alpha[prev] - c * invT);
      }
      best[here] = b;
      if (alpha) alpha[here] = a;
    }
  }
  const path: Step[] = [];
  let touchesEdge = false;
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const s = back[cellIndex(lat, i, j)];
    const [di, dj] = model.shapes[s];
    i -= di;
    j -= dj;
    path.push({ i, j, shape: s });
    if ((j === band.lo[i] && j > 0) || (j === band.hi[i] && j < m)) touchesEdge = true;
  }
  path.reverse();
  const posterior: number[] = [];
  if (alpha) {
    const beta = new Float64Array(lat.cells).fill(LOG_ZERO);
    beta[cellIndex(lat, n, m)] = 0;
    for (let r = n; r >= 0; r--) {
      if ((r & 255) === 0) progress(0.5 + (0.5 * (n - r)) / (n + 1));
      for (let c = band.hi[r]; c >= band.lo[r]; c--) {
        const here = cellIndex(lat, r, c);
        if (alpha[here] === LOG_ZERO) continue;
        let acc = beta[here];
        for (let s = 0; s < S; s++) {
          const [di, dj] = model.shapes[s];
          const ni = r + di;
          const nj = c + dj;
          if (ni > n || nj > m) continue;
          const next = cellIndex(lat, ni, nj);
          if (next < 0 || beta[next] === LOG_ZERO) continue;
          acc = logAdd(acc, beta[next] - costOf(r, c, s, next) * invT);
        }
        beta[here] = acc;
      }
    }
    const z = alpha[cellIndex(lat, n, m)];
    for (const step of path) {
      const [di, dj] = model.shapes[step.shape];
      const from = cellIndex(lat, step.i, step.j);
      const to = cellIndex(lat, step.i + di, step.j + dj);
      const c = costOf(step.i, step.j, step.shape, to);
      const post = Math.exp(alpha[from] - c * invT + beta[to] - z);
      posterior.push(Math.min(1, Math.max(0, post)));
    }
  }
  return { path, posterior, touchesEdge };
}

/** Solves in a band, widening it while the best path runs along its edge. */
export function solveBanded(
  p: Problem,
  makeBand: (width: number) => Band,
  width: number,
  model: Model,
  temperature: number,
  withPosterior: boolean,
  progress: (f: number) => void,
): Solution {
  const small = (p.n + 1) * (p.m + 1) <= 250_000;
  let w = width;
  let band = small ? fullBand(p.n, p.m) : makeBand(w);
  for (;;) {
    const sol = solve(p, band, model, temperature, withPosterior, progress);
    // The band stops growing at MAX_BAND, or when it would hold more than MAX_CELLS cells, so
    // cost stays near-linear and memory bounded whatever the input.
    if (band.full || !sol.touchesEdge || w >= MAX_BAND) return sol;
    const wider = makeBand(w * 2);
    if (bandCells(wider) > MAX_CELLS) return sol;
    band = wider;
    w *= 2;
  }
}
