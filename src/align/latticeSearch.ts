/** The lattice search: Viterbi path and forward–backward posteriors inside a band. */
import { fullBand, type Band } from './bands';
import { BeadCosts, type CostInputs, type Model } from './beadCost';
import { EdgeShares, PairMatrix } from './pairMatcher';
import {
  MIN_SHARED_CELLS,
  pairRowsJob,
  splitRow,
  type PairRowsAnswer,
  type PairRowsHelper,
} from './pairRows';
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

/** Pair evidence of a search, and what another thread computes meanwhile, if anything. */
interface SearchPairs {
  readonly pairs: Pairs;
  /**
   * The first lattice row whose beads' costs the helper computes (n + 1: no helper). The pair
   * rows from there on are not computed yet: the helper's answer, or this thread, gives them.
   */
  readonly r1: number;
  readonly answer?: PairRowsAnswer;
}

/**
 * The pair evidence a search of `band` reads. A bead of shape (di, dj) from cell (i, j) to
 * (i + di, j + dj), both in the band, reads the pairs of rows i .. i + di - 1 and columns
 * j .. j + dj - 1, its first sentences at (i, j) and its last at (i + di - 1, j + dj - 1): only
 * those pairs are computed (a band of ±w has beads on about w + 2 pairs each side of a row's
 * middle, not w + 4 as the widest shapes reach from any cell).
 *
 * With a helper (another thread), this thread computes the first rows; the helper computes the
 * last ones and the costs of the beads that end in the lattice's last rows (from r1 on), the same
 * numbers, while this thread's sweep reaches them.
 */
function pairsFor(
  p: Problem,
  band: Band,
  model: Model,
  previous?: Pairs,
  helper?: PairRowsHelper,
): SearchPairs {
  const { n, m } = p;
  const { lo, hi } = band;
  const from = new Int32Array(n).fill(m);
  const to = new Int32Array(n).fill(-1);
  const headFrom = new Int32Array(n).fill(m);
  const headTo = new Int32Array(n).fill(-1);
  const tailFrom = new Int32Array(n).fill(m);
  const tailTo = new Int32Array(n).fill(-1);
  let tallest = 1;
  for (let s = 0; s < model.di.length; s++) {
    const di = model.di[s];
    const dj = model.dj[s];
    if (di === 0 || dj === 0) continue;
    if (di > tallest) tallest = di;
    for (let i = 0; i + di <= n; i++) {
      // Start columns j with (i, j) and (i + di, j + dj) both in the band.
      const a = Math.max(lo[i], lo[i + di] - dj);
      const b = Math.min(hi[i], hi[i + di] - dj);
      if (a > b) continue;
      for (let x = i; x < i + di; x++) {
        if (a < from[x]) from[x] = a;
        if (b + dj - 1 > to[x]) to[x] = b + dj - 1;
      }
      if (a < headFrom[i]) headFrom[i] = a;
      if (b > headTo[i]) headTo[i] = b;
      const last = i + di - 1;
      if (a + dj - 1 < tailFrom[last]) tailFrom[last] = a + dj - 1;
      if (b + dj - 1 > tailTo[last]) tailTo[last] = b + dj - 1;
    }
  }
  const withEdges = model.boundaryWeight > 0 && p.heads !== undefined && p.tails !== undefined;
  const rows = { headFrom, headTo, tailFrom, tailTo };
  // A helper computes the last rows meanwhile: the same values. Not for a wider band of the
  // same search (the previous band's pairs, same units): this thread copies most of its rows
  // from those, while the helper would compute all of its own again.
  let r1 = n + 1;
  let answer: PairRowsAnswer | undefined;
  const lends =
    previous !== undefined && previous.main.src === p.src && previous.main.tgt === p.tgt;
  if (helper && !lends && bandCells(band) >= (helper.minCells ?? MIN_SHARED_CELLS)) {
    const r = splitRow(from, to);
    if (r > 0 && r < n) {
      r1 = r;
      // The helper's beads read pair rows from r1 - tallest on (a few rows both compute).
      const r0 = Math.max(0, r1 - tallest);
      const costs = { r1, lo, hi, model, inputs: costInputs(p) };
      answer = helper.rows(pairRowsJob(p, r0, from, to, withEdges ? rows : undefined, costs));
    }
  }
  const computed = Math.min(n, r1);
  const main = new PairMatrix(
    p.src,
    p.tgt,
    p.vocabSize,
    from,
    to,
    previous?.main,
    undefined,
    computed,
  );
  const edges = withEdges
    ? new EdgeShares(main, p.heads!, p.tails!, p.vocabSize, previous?.edges, rows, computed)
    : undefined;
  return { pairs: edges ? { main, edges } : { main }, r1, answer };
}

/** What the bead costs read of a document besides the pairs (plain data, for a job). */
function costInputs(p: Problem): CostInputs {
  const { n, m, srcLen, tgtLen, quotes, marks } = p;
  return { n, m, srcLen, tgtLen, ...(quotes ? { quotes } : {}), ...(marks ? { marks } : {}) };
}

/**
 * The helper's bead costs of the rows from r1 (beadCostRows), its pair values of those rows taken
 * into `pairs` (a later search of the same document lends them): undefined when it failed or
 * its answer does not fit.
 */
function takeRows(search: SearchPairs, costCount: number): Float64Array | undefined {
  const { pairs, r1, answer } = search;
  const got = answer?.result();
  const { main, edges } = pairs;
  // Its bead costs are all the search reads of those rows: their misses are not worked out.
  const taken =
    got !== undefined &&
    got.costs !== undefined &&
    got.costs.length === costCount &&
    (!edges || (got.head !== undefined && got.tail !== undefined)) &&
    main.adoptRows(r1, got, false) &&
    (!edges || edges.adoptRows(r1, got.head!, got.tail!));
  return taken ? got.costs : undefined;
}

/** Rows this thread computes at a time past r1, looking for the helper's answer between. */
const RACE_ROWS = 256;

/** Where each row of the band starts in the lattice's cell arrays, and how many cells it has. */
function lattice(band: Band, n: number): { rowStart: Int32Array; cells: number } {
  const rowStart = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) rowStart[i + 1] = rowStart[i] + (band.hi[i] - band.lo[i] + 1);
  return { rowStart, cells: rowStart[n + 1] };
}

/**
 * log(e^a + e^b). When the smaller term is below e^-40 (4.3e-18) of the larger and the larger
 * is at least 1 in size, the sum rounds to the larger exactly (the term is under half a unit
 * in the last place): it is returned without the exp and log1p, with the same result.
 */
function logAdd(a: number, b: number): number {
  if (a === LOG_ZERO) return b;
  if (b === LOG_ZERO) return a;
  const hi = a > b ? a : b;
  const d = a > b ? b - a : a - b;
  if (d < -40 && (hi >= 1 || hi <= -1)) return hi;
  return hi + Math.log1p(Math.exp(d));
}

export interface Solution {
  readonly path: Step[];
  readonly posterior: number[];
  readonly touchesEdge: boolean;
  /** The pair evidence of the band searched (a later search of the same document reuses it). */
  readonly pairs: Pairs;
}

/** The lattice's cells: where each row starts, and the band's edges. */
interface Lattice {
  readonly n: number;
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  readonly rowStart: Int32Array;
}

/**
 * The Viterbi sweep over rows r0 .. r1 - 1: best[cell] is the least cost of a path to it,
 * back[cell] the shape of its last bead. The sweeps are functions of their own (not branches of
 * one): each is compiled for its own work, and V8 does not throw away one sweep's optimised code
 * when the next starts.
 */
function viterbiSweep(
  l: Lattice,
  model: Model,
  beads: BeadCosts,
  best: Float64Array,
  back: Int8Array,
  progress: (f: number) => void,
  r0: number,
  r1: number,
): void {
  const { n, lo, hi, rowStart } = l;
  const S = model.shapes.length;
  const { di, dj } = model;
  for (let i = r0; i < r1; i++) {
    if ((i & 255) === 0) progress(i / (n + 1));
    for (let j = lo[i], here = rowStart[i]; j <= hi[i]; j++, here++) {
      let b = best[here];
      for (let s = 0; s < S; s++) {
        const pi = i - di[s];
        const pj = j - dj[s];
        if (pi < 0 || pj < lo[pi] || pj > hi[pi]) continue;
        const prev = rowStart[pi] + pj - lo[pi];
        if (best[prev] === Infinity) continue;
        const c = beads.cost(pi, pj, s);
        if (best[prev] + c < b) {
          b = best[prev] + c;
          back[here] = s;
        }
      }
      best[here] = b;
    }
  }
}

/**
 * The Viterbi sweep over rows r0 .. n with the bead costs given (beadCostRows from row `from`:
 * the cost of shape s into cell `here` at (here - rowStart[from]) * S + s).
 */
function viterbiSweepGiven(
  l: Lattice,
  model: Model,
  costs: Float64Array,
  from: number,
  best: Float64Array,
  back: Int8Array,
  progress: (f: number) => void,
  r0: number,
): void {
  const { n, lo, hi, rowStart } = l;
  const S = model.shapes.length;
  const { di, dj } = model;
  const offset = rowStart[from];
  for (let i = r0; i <= n; i++) {
    if ((i & 255) === 0) progress(i / (n + 1));
    for (let j = lo[i], here = rowStart[i]; j <= hi[i]; j++, here++) {
      let b = best[here];
      const at = (here - offset) * S;
      for (let s = 0; s < S; s++) {
        const pi = i - di[s];
        const pj = j - dj[s];
        if (pi < 0 || pj < lo[pi] || pj > hi[pi]) continue;
        const prev = rowStart[pi] + pj - lo[pi];
        if (best[prev] === Infinity) continue;
        const c = costs[at + s];
        if (best[prev] + c < b) {
          b = best[prev] + c;
          back[here] = s;
        }
      }
      best[here] = b;
    }
  }
}

/**
 * The Viterbi sweep and the forward one together over rows r0 .. r1 - 1 (alpha: log-probability
 * of reaching each cell, costs divided by the temperature), keeping each bead cost in `cache`
 * when given (laid out as beadCostRows' from row `from`).
 */
function forwardSweep(
  l: Lattice,
  model: Model,
  beads: BeadCosts,
  best: Float64Array,
  back: Int8Array,
  alpha: Float64Array,
  cache: Float64Array | undefined,
  from: number,
  invT: number,
  progress: (f: number) => void,
  r0: number,
  r1: number,
): void {
  const { n, lo, hi, rowStart } = l;
  const S = model.shapes.length;
  const { di, dj } = model;
  const offset = rowStart[from];
  for (let i = r0; i < r1; i++) {
    if ((i & 255) === 0) progress((0.5 * i) / (n + 1));
    for (let j = lo[i], here = rowStart[i]; j <= hi[i]; j++, here++) {
      let b = best[here];
      let a = alpha[here];
      for (let s = 0; s < S; s++) {
        const pi = i - di[s];
        const pj = j - dj[s];
        if (pi < 0 || pj < lo[pi] || pj > hi[pi]) continue;
        const prev = rowStart[pi] + pj - lo[pi];
        if (best[prev] === Infinity) continue;
        const c = beads.cost(pi, pj, s);
        if (cache) cache[(here - offset) * S + s] = c;
        if (best[prev] + c < b) {
          b = best[prev] + c;
          back[here] = s;
        }
        a = logAdd(a, alpha[prev] - c * invT);
      }
      best[here] = b;
      alpha[here] = a;
    }
  }
}

/** forwardSweep over rows r0 .. n with the bead costs given (as viterbiSweepGiven). */
function forwardSweepGiven(
  l: Lattice,
  model: Model,
  costs: Float64Array,
  from: number,
  best: Float64Array,
  back: Int8Array,
  alpha: Float64Array,
  invT: number,
  progress: (f: number) => void,
  r0: number,
): void {
  const { n, lo, hi, rowStart } = l;
  const S = model.shapes.length;
  const { di, dj } = model;
  const offset = rowStart[from];
  for (let i = r0; i <= n; i++) {
    if ((i & 255) === 0) progress((0.5 * i) / (n + 1));
    for (let j = lo[i], here = rowStart[i]; j <= hi[i]; j++, here++) {
      let b = best[here];
      let a = alpha[here];
      const at = (here - offset) * S;
      for (let s = 0; s < S; s++) {
        const pi = i - di[s];
        const pj = j - dj[s];
        if (pi < 0 || pj < lo[pi] || pj > hi[pi]) continue;
        const prev = rowStart[pi] + pj - lo[pi];
        if (best[prev] === Infinity) continue;
        const c = costs[at + s];
        if (best[prev] + c < b) {
          b = best[prev] + c;
          back[here] = s;
        }
        a = logAdd(a, alpha[prev] - c * invT);
      }
      best[here] = b;
      alpha[here] = a;
    }
  }
}

/** The backward sweep: beta[cell], the log-probability of the rest of a path from the cell. */
function backwardSweep(
  l: Lattice,
  m: number,
  model: Model,
  alpha: Float64Array,
  beta: Float64Array,
  costOf: (r: number, c: number, s: number, end: number) => number,
  invT: number,
  progress: (f: number) => void,
): void {
  const { n, lo, hi, rowStart } = l;
  const S = model.shapes.length;
  const { di, dj } = model;
  beta[rowStart[n] + m - lo[n]] = 0;
  for (let r = n; r >= 0; r--) {
    if ((r & 255) === 0) progress(0.5 + (0.5 * (n - r)) / (n + 1));
    for (let c = hi[r], here = rowStart[r] + hi[r] - lo[r]; c >= lo[r]; c--, here--) {
      if (alpha[here] === LOG_ZERO) continue;
      let acc = beta[here];
      for (let s = 0; s < S; s++) {
        const ni = r + di[s];
        const nj = c + dj[s];
        if (ni > n || nj > m || nj < lo[ni] || nj > hi[ni]) continue;
        const next = rowStart[ni] + nj - lo[ni];
        if (beta[next] === LOG_ZERO) continue;
        acc = logAdd(acc, beta[next] - costOf(r, c, s, next) * invT);
      }
      beta[here] = acc;
    }
  }
}

/** Viterbi path and, optionally, each path bead's posterior probability (forward–backward). */
function solve(
  p: Problem,
  band: Band,
  model: Model,
  temperature: number,
  withPosterior: boolean,
  progress: (f: number) => void,
  previous?: Pairs,
  helper?: PairRowsHelper,
): Solution {
  const { n, m } = p;
  const search = pairsFor(p, band, model, previous, helper);
  const { pairs } = search;
  const { lo, hi } = band;
  const { rowStart, cells } = lattice(band, n);
  const l: Lattice = { n, lo, hi, rowStart };
  const best = new Float64Array(cells).fill(Infinity);
  const back = new Int8Array(cells).fill(-1);
  const alpha = withPosterior ? new Float64Array(cells).fill(LOG_ZERO) : undefined;
  best[0] = 0;
  if (alpha) alpha[0] = 0;
  const S = model.shapes.length;
  const { di, dj } = model;
  const invT = 1 / temperature;
  // Rows from r1 on: the helper's bead costs, or computed here when it gave none.
  const r1 = Math.min(search.r1, n + 1);
  const split = rowStart[r1];
  // The backward pass needs every cost the forward pass computed: keep them (bounded memory),
  // the rows before r1 in `cache`, the others in `given` (the same layout from row r1).
  const keep = alpha !== undefined && cells * S <= MAX_CACHED_COSTS;
  const cache = keep ? new Float64Array(split * S) : undefined;
  const beads = new BeadCosts(p, pairs, model);
  if (alpha) forwardSweep(l, model, beads, best, back, alpha, cache, 0, invT, progress, 0, r1);
  else viterbiSweep(l, model, beads, best, back, progress, 0, r1);
  // Past r1, this thread takes the helper's answer as soon as it is in, and meanwhile computes
  // the rows itself, a few at a time: a helper without a free core costs no waiting.
  let given: Float64Array | undefined;
  let r = r1;
  const own = keep && r1 <= n ? new Float64Array((cells - split) * S) : undefined;
  let filled = r1;
  while (r <= n) {
    if (search.answer?.ready()) {
      given = takeRows(search, (cells - split) * S);
      if (given) break;
    }
    const end = Math.min(n + 1, r + RACE_ROWS);
    // Beads ending in rows r .. end - 1 read pair rows up to end - 2.
    const upTo = Math.min(n, end);
    if (filled < upTo) {
      pairs.main.fillRows(filled, upTo);
      pairs.edges?.fillRows(filled, upTo);
      filled = upTo;
    }
    if (alpha) forwardSweep(l, model, beads, best, back, alpha, own, r1, invT, progress, r, end);
    else viterbiSweep(l, model, beads, best, back, progress, r, end);
    r = end;
  }
  if (given) {
    // The rows computed here meanwhile, then the helper's.
    if (own && r > r1) given.set(own.subarray(0, (rowStart[r] - split) * S));
    if (alpha) forwardSweepGiven(l, model, given, r1, best, back, alpha, invT, progress, r);
    else viterbiSweepGiven(l, model, given, r1, best, back, progress, r);
  } else given = own;
  const cell = (r: number, c: number) => rowStart[r] + c - lo[r];
  const path: Step[] = [];
  let touchesEdge = false;
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const s = back[cell(i, j)];
    i -= di[s];
    j -= dj[s];
    path.push({ i, j, shape: s });
    if ((j === lo[i] && j > 0) || (j === hi[i] && j < m)) touchesEdge = true;
  }
  path.reverse();
  const posterior: number[] = [];
  if (alpha) {
    const costOf = (r: number, c: number, s: number, end: number) =>
      end >= split && given
        ? given[(end - split) * S + s]
        : cache
          ? cache[end * S + s]
          : beads.cost(r, c, s);
    const beta = new Float64Array(cells).fill(LOG_ZERO);
    backwardSweep(l, m, model, alpha, beta, costOf, invT, progress);
    const z = alpha[cell(n, m)];
    for (const step of path) {
      const from = cell(step.i, step.j);
      const to = cell(step.i + di[step.shape], step.j + dj[step.shape]);
      const c = costOf(step.i, step.j, step.shape, to);
      const post = Math.exp(alpha[from] - c * invT + beta[to] - z);
      posterior.push(Math.min(1, Math.max(0, post)));
    }
  }
  return { path, posterior, touchesEdge, pairs };
}

/** Whether a document is small enough to search its whole lattice (no band). */
export function searchesWholeLattice(n: number, m: number): boolean {
  return (n + 1) * (m + 1) <= 250_000;
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
  previous?: Pairs,
  helper?: PairRowsHelper,
): Solution {
  const small = searchesWholeLattice(p.n, p.m);
  let w = width;
  let band = small ? fullBand(p.n, p.m) : makeBand(w);
  let pairs = previous;
  for (;;) {
    const sol = solve(p, band, model, temperature, withPosterior, progress, pairs, helper);
    pairs = sol.pairs;
    // The band stops growing at MAX_BAND, or when it would hold more than MAX_CELLS cells, so
    // cost stays near-linear and memory bounded whatever the input.
    if (band.full || !sol.touchesEdge || w >= MAX_BAND) return sol;
    const wider = makeBand(w * 2);
    if (bandCells(wider) > MAX_CELLS) return sol;
    band = wider;
    w *= 2;
  }
}
