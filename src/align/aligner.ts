import type { Link } from '../core/model';
import type { Dictionary } from './dictionary';
import {
  chineseUnits,
  englishUnits,
  Lexicon,
  Vocabulary,
  withExtraKeys,
  type SegmentUnits,
} from './features';
import { PairMatrix, UnitMatcher } from './pairMatcher';
import type { SplitMode } from './segment';
import { splitChineseSentences, splitEnglishSentences } from './sentences';

export type BeadShape = readonly [number, number];

/** Bead shapes searched, with prior probabilities fitted on the dev corpora (per level). */
export const PARAGRAPH_PRIORS: Readonly<Record<string, number>> = {
  '1-1': 0.82,
  '2-1': 0.085,
  '1-2': 0.045,
  '2-2': 0.01,
  '3-1': 0.01,
  '1-3': 0.008,
  '1-4': 0.003,
  '4-1': 0.003,
  '2-3': 0.002,
  '3-2': 0.002,
  '1-0': 0.02,
  '0-1': 0.02,
};
export const SENTENCE_PRIORS: Readonly<Record<string, number>> = {
  '1-1': 0.74,
  '1-2': 0.12,
  '2-1': 0.04,
  '1-3': 0.03,
  '2-2': 0.01,
  '1-4': 0.012,
  '4-1': 0.002,
  '3-1': 0.003,
  '2-3': 0.006,
  '3-2': 0.003,
  '1-0': 0.005,
  '0-1': 0.003,
};

/** Aligner settings fitted on the dev corpora for a segment level (link-type priors and more). */
export function paramsFor(split: SplitMode): Partial<AlignParams> {
  return split === 'paragraphs'
    ? { priors: PARAGRAPH_PRIORS, boundaryWeight: 15, boundaryBase: 0.25 }
    : { priors: SENTENCE_PRIORS };
}

export interface AlignParams {
  /** Link-type probabilities; the keys are the shapes searched. */
  readonly priors: Readonly<Record<string, number>>;
  /** Standard deviation of the log length ratio, before calibration. */
  readonly sigma: number;
  readonly lengthWeight: number;
  readonly lexicalWeight: number;
  /**
   * Units are not independent, so a bead's log-likelihood ratio is damped by its size:
   * divided by (total unit weight)^lexicalDamping.
   */
  readonly lexicalDamping: number;
  /** Chance matches are measured between a paired segment and the one this far from its partner. */
  readonly chanceOffset: number;
  /**
   * Weight of the boundary feature (first sentences match, last sentences match), for
   * paragraphs; 0 turns it off. Each boundary's matched share above boundaryBase × (the
   * document's mean share for paired segments) gains.
   */
  readonly boundaryWeight: number;
  readonly boundaryBase: number;
  /**
   * Dice coefficient from which word pairs co-occurring in the first path's 1-1 links are taken
   * as translations for the second pass; 0 turns learning off.
   */
  readonly learnThreshold: number;
  /** Beads with less unit weight than this are not damped. */
  readonly dampingFloor: number;
  /** Cost of each unmatched strong unit (number, Latin token); each matched one gains as much. */
  readonly strongWeight: number;
  /**
   * Cost of a 1-0 / 0-1 link at the very start or end of a side (titles, bylines, page trailers),
   * replacing the null prior there.
   */
  readonly edgeNullCost: number;
  /** Added to a 1-0 / 0-1 link's cost per unit of its segment: long passages are rarely left out. */
  readonly nullUnitCost: number;
  /** Chance-match rate per unit of weight on the other side, and the true-pair match rate. */
  readonly lambda: number;
  readonly pi: number;
  /** Scales costs into log-probabilities for the posterior (confidence). */
  readonly temperature: number;
  /** Initial half-width of the search band, in segments. */
  readonly band: number;
  /** Pseudo-count pulling re-estimated priors toward the fitted ones. */
  readonly priorStrength: number;
  /** Smoothing of lengths (target characters) in the length model. */
  readonly lengthSmoothing: number;
}

export const DEFAULT_PARAMS: AlignParams = {
  priors: PARAGRAPH_PRIORS,
  sigma: 0.35,
  lengthWeight: 1,
  lexicalWeight: 0.7,
  lexicalDamping: 0.25,
  dampingFloor: 1,
  learnThreshold: 0.7,
  boundaryWeight: 0,
  boundaryBase: 0.2,
  chanceOffset: 3,
  strongWeight: 0.8,
  edgeNullCost: 1.5,
  nullUnitCost: 0.1,
  lambda: 0.003,
  pi: 0.35,
  temperature: 1,
  band: 16,
  priorStrength: 60,
  lengthSmoothing: 12,
};

export interface SegmentAlignOptions {
  readonly dictionary?: Dictionary;
  /** English characters per Chinese character; estimated from the texts when absent. */
  readonly ratio?: number;
  readonly params?: Partial<AlignParams>;
  /** Called with a fraction in [0, 1] as the work advances. */
  readonly onProgress?: (fraction: number) => void;
}

interface Model {
  readonly shapes: readonly BeadShape[];
  readonly shapeCost: Float64Array;
  readonly ratio: number;
  readonly invTwoSigma2: number;
  readonly lengthWeight: number;
  /**
   * Lexical model: a unit facing W units of weight on the other side matches by chance with
   * p0 = 1 - exp(-lambda W), and in a true pair with p1 = pi + (1 - pi) p0. Costs are the
   * log-likelihood ratios of true versus chance, times the lexical weight.
   */
  readonly lambda: number;
  readonly pi: number;
  readonly gainTable: Float64Array;
  /** size^lexicalDamping at integer sizes. */
  readonly dampTable: Float64Array;
  readonly dampingFloor: number;
  readonly boundaryWeight: number;
  readonly boundaryBase: number;
  readonly lexicalWeight: number;
  readonly lexicalDamping: number;
  readonly strongWeight: number;
  readonly edgeNullCost: number;
  readonly nullUnitCost: number;
  readonly smoothing: number;
}

interface Problem {
  readonly n: number;
  readonly m: number;
  readonly src: readonly SegmentUnits[];
  readonly tgt: readonly SegmentUnits[];
  readonly srcLen: Float64Array;
  readonly tgtLen: Float64Array;
  readonly vocabSize: number;
  /** First and last sentence of each segment, when the boundary feature is on. */
  readonly heads?: { readonly src: readonly SegmentUnits[]; readonly tgt: readonly SegmentUnits[] };
  readonly tails?: { readonly src: readonly SegmentUnits[]; readonly tgt: readonly SegmentUnits[] };
}

/** Pair evidence inside a band: whole segments, and their first and last sentences. */
interface Pairs {
  readonly main: PairMatrix;
  readonly head?: PairMatrix;
  readonly tail?: PairMatrix;
}

interface Band {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  readonly full: boolean;
}

interface Step {
  /** Start cell (prefix lengths) of the bead. */
  readonly i: number;
  readonly j: number;
  readonly shape: number;
}

const LOG_ZERO = -1e300;
/** Widest half-band the search widens to, in segments. */
const MAX_BAND = 256;

function parseShape(key: string): BeadShape {
  const [a, b] = key.split('-').map(Number);
  return [a, b];
}

const GAIN_TABLE_SIZE = 2048;

function makeModel(
  params: AlignParams,
  ratio: number,
  priors: Readonly<Record<string, number>>,
): Model {
  const keys = Object.keys(params.priors);
  const shapes = keys.map(parseShape);
  const total = keys.reduce((a, k) => a + (priors[k] ?? params.priors[k]), 0);
  const shapeCost = Float64Array.from(
    keys,
    (k) => -Math.log((priors[k] ?? params.priors[k]) / total),
  );
  const model: Model = {
    shapes,
    shapeCost,
    ratio,
    invTwoSigma2: 1 / (2 * params.sigma * params.sigma),
    lengthWeight: params.lengthWeight,
    lambda: params.lambda,
    pi: params.pi,
    gainTable: new Float64Array(GAIN_TABLE_SIZE),
    dampTable: Float64Array.from({ length: GAIN_TABLE_SIZE }, (_, k) =>
      Math.pow(Math.max(k, 1), params.lexicalDamping),
    ),
    dampingFloor: params.dampingFloor,
    boundaryWeight: params.boundaryWeight,
    boundaryBase: params.boundaryBase,
    lexicalWeight: params.lexicalWeight,
    lexicalDamping: params.lexicalDamping,
    strongWeight: params.strongWeight,
    edgeNullCost: params.edgeNullCost,
    nullUnitCost: params.nullUnitCost,
    smoothing: params.lengthSmoothing,
  };
  for (let k = 0; k < GAIN_TABLE_SIZE; k++) model.gainTable[k] = matchGainExact(model, k);
  return model;
}

interface Evidence {
  matchedSrc: number;
  totalSrc: number;
  matchedTgt: number;
  totalTgt: number;
  /** Strong units (numbers, Latin tokens): matched and total weight, both sides together. */
  strongMatched: number;
  strongTotal: number;
}

const scratch: Evidence = {
  matchedSrc: 0,
  totalSrc: 0,
  matchedTgt: 0,
  totalTgt: 0,
  strongMatched: 0,
  strongTotal: 0,
};

/**
 * How much of a segment's weight `total` is matched by several segments together, given what
 * each matches alone: the union, assuming independent matches (a plain sum would count a word
 * matched by two neighbours twice, and so favour merged links).
 */
function unionMatched(total: number, prodMiss: number): number {
  return total * (1 - prodMiss);
}

/** Matched and total unit weight on each side of a bead, from the pair matrix. */
function beadEvidence(
  p: Problem,
  pairs: PairMatrix,
  i: number,
  di: number,
  j: number,
  dj: number,
): Evidence {
  const e = scratch;
  e.matchedSrc = e.totalSrc = e.matchedTgt = e.totalTgt = e.strongMatched = e.strongTotal = 0;
  for (let x = i; x < i + di; x++) {
    const t = p.src[x].total;
    const gt = p.src[x].strongTotal;
    let miss = 1;
    let strongMiss = 1;
    for (let y = j; y < j + dj; y++) {
      if (t > 0) miss *= 1 - Math.min(1, pairs.source(x, y) / t);
      if (gt > 0) strongMiss *= 1 - Math.min(1, pairs.sourceStrong(x, y) / gt);
    }
    e.matchedSrc += unionMatched(t, miss);
    e.totalSrc += t;
    e.strongMatched += unionMatched(gt, strongMiss);
    e.strongTotal += gt;
  }
  for (let y = j; y < j + dj; y++) {
    const t = p.tgt[y].total;
    const gt = p.tgt[y].strongTotal;
    let miss = 1;
    let strongMiss = 1;
    for (let x = i; x < i + di; x++) {
      if (t > 0) miss *= 1 - Math.min(1, pairs.target(x, y) / t);
      if (gt > 0) strongMiss *= 1 - Math.min(1, pairs.targetStrong(x, y) / gt);
    }
    e.matchedTgt += unionMatched(t, miss);
    e.totalTgt += t;
    e.strongMatched += unionMatched(gt, strongMiss);
    e.strongTotal += gt;
  }
  return e;
}

/** Lexical cost of a bead: unmatched units cost, matched ones gain less when chance is higher. */
function matchGainExact(model: Model, other: number): number {
  const p0 = 1 - Math.exp(-model.lambda * Math.max(other, 1));
  return Math.log((model.pi + (1 - model.pi) * p0) / p0);
}

/** matchGainExact, tabulated at integer weights (it varies slowly). */
function matchGain(model: Model, other: number): number {
  const k = Math.round(other);
  const table = model.gainTable;
  return k < table.length ? table[k] : matchGainExact(model, other);
}

function lexicalCost(model: Model, e: Evidence): number {
  const miss = -Math.log(1 - model.pi);
  const cost =
    (e.totalSrc - e.matchedSrc + e.totalTgt - e.matchedTgt) * miss -
    (e.matchedSrc > 0 ? e.matchedSrc * matchGain(model, e.totalTgt) : 0) -
    (e.matchedTgt > 0 ? e.matchedTgt * matchGain(model, e.totalSrc) : 0);
  const size = Math.max(1, (e.totalSrc + e.totalTgt) / model.dampingFloor);
  // Numbers and Latin tokens are rarely shared by chance: they count in full, undamped.
  const strong = model.strongWeight * (e.strongTotal - 2 * e.strongMatched);
  const k = Math.round(size);
  const damp =
    k < model.dampTable.length ? model.dampTable[k] : Math.pow(size, model.lexicalDamping);
  return (model.lexicalWeight * cost) / damp + strong;
}

/** Share of two segments' units (strong ones included) that match each other. */
function pairShare(pm: PairMatrix, a: SegmentUnits, b: SegmentUnits, x: number, y: number): number {
  const total = a.total + a.strongTotal + b.total + b.strongTotal;
  if (total === 0) return 0;
  const ma = Math.min(pm.source(x, y) + pm.sourceStrong(x, y), a.total + a.strongTotal);
  const mb = Math.min(pm.target(x, y) + pm.targetStrong(x, y), b.total + b.strongTotal);
  return (ma + mb) / total;
}

/**
 * A link's first sentences should translate each other, and so should its last ones:
 * this tells a 2-2 link whose paragraphs break at different places from two 1-1 links.
 */
function boundaryCost(
  p: Problem,
  pairs: Pairs,
  model: Model,
  i: number,
  di: number,
  j: number,
  dj: number,
): number {
  if (!pairs.head || !pairs.tail || !p.heads || !p.tails) return 0;
  const h = pairShare(pairs.head, p.heads.src[i], p.heads.tgt[j], i, j);
  const x = i + di - 1;
  const y = j + dj - 1;
  const t = pairShare(pairs.tail, p.tails.src[x], p.tails.tgt[y], x, y);
  return model.boundaryWeight * (2 * model.boundaryBase - h - t);
}

function beadCost(
  p: Problem,
  pairs: Pairs,
  model: Model,
  i: number,
  j: number,
  shape: number,
): number {
  const [di, dj] = model.shapes[shape];
  let cost = model.shapeCost[shape];
  if (di === 0 || dj === 0) {
    // Material before the first or after the last segment of the other side.
    const atEdge = di === 0 ? j === 0 || i === 0 || i === p.n : i === 0 || j === 0 || j === p.m;
    const seg = di === 0 ? p.tgt[j] : p.src[i];
    return (
      (atEdge ? model.edgeNullCost : cost) + model.nullUnitCost * (seg.total + seg.strongTotal)
    );
  }
  const ls = p.srcLen[i + di] - p.srcLen[i];
  const lt = p.tgtLen[j + dj] - p.tgtLen[j];
  const d = Math.log((lt + model.smoothing) / (ls * model.ratio + model.smoothing));
  cost += model.lengthWeight * d * d * model.invTwoSigma2;
  return (
    cost +
    lexicalCost(model, beadEvidence(p, pairs.main, i, di, j, dj)) +
    boundaryCost(p, pairs, model, i, di, j, dj)
  );
}

/** The band around the diagonal that the two texts' cumulative lengths suggest. */
function diagonalBand(p: Problem, width: number): Band {
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

/** The band around a path: every row spans the path's cells there, plus `width` each side. */
function pathBand(p: Problem, path: readonly Step[], model: Model, width: number): Band {
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

function fullBand(n: number, m: number): Band {
  return { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m), full: true };
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

interface Solution {
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
          acc = logAdd(acc, beta[next] - beadCost(p, pairs, model, r, c, s) * invT);
        }
        beta[here] = acc;
      }
    }
    const z = alpha[cellIndex(lat, n, m)];
    for (const step of path) {
      const [di, dj] = model.shapes[step.shape];
      const from = cellIndex(lat, step.i, step.j);
      const to = cellIndex(lat, step.i + di, step.j + dj);
      const c = beadCost(p, pairs, model, step.i, step.j, step.shape);
      const post = Math.exp(alpha[from] - c * invT + beta[to] - z);
      posterior.push(Math.min(1, Math.max(0, post)));
    }
  }
  return { path, posterior, touchesEdge };
}

/** Solves in a band, widening it while the best path runs along its edge. */
function solveBanded(
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
  for (;;) {
    const band = small ? fullBand(p.n, p.m) : makeBand(w);
    const sol = solve(p, band, model, temperature, withPosterior, progress);
    // The band stops growing at MAX_BAND so cost stays near-linear (and memory bounded).
    if (band.full || !sol.touchesEdge || w >= MAX_BAND) return sol;
    w *= 2;
  }
}

/** Units of the first and the last sentence of every segment (the whole segment when it has one). */
function sentenceEdges(
  srcTexts: readonly string[],
  tgtTexts: readonly string[],
  lexicon: Lexicon,
): Pick<Problem, 'heads' | 'tails'> {
  const edgesOf = (
    texts: readonly string[],
    split: (t: string) => string[],
    units: (t: string) => SegmentUnits,
  ) => {
    const heads: SegmentUnits[] = [];
    const tails: SegmentUnits[] = [];
    for (const t of texts) {
      const s = split(t);
      if (s.length <= 1) {
        const u = units(t);
        heads.push(u);
        tails.push(u);
      } else {
        heads.push(units(s[0]));
        tails.push(units(s[s.length - 1]));
      }
    }
    return { heads, tails };
  };
  const zh = edgesOf(srcTexts, splitChineseSentences, (t) => chineseUnits(t, lexicon));
  const en = edgesOf(tgtTexts, splitEnglishSentences, (t) => englishUnits(t, lexicon));
  return { heads: { src: zh.heads, tgt: en.heads }, tails: { src: zh.tails, tgt: en.tails } };
}

function prefixSums(values: readonly SegmentUnits[]): Float64Array {
  const out = new Float64Array(values.length + 1);
  for (let k = 0; k < values.length; k++) out[k + 1] = out[k] + values[k].length;
  return out;
}

/** Re-estimates match rates, length spread and link-type priors from a first path. */
function recalibrate(
  p: Problem,
  path: readonly Step[],
  model: Model,
  params: AlignParams,
): AlignParams {
  const counts: Record<string, number> = {};
  let trueMatched = 0;
  let trueTotal = 0;
  let trueOther = 0;
  let randMatched = 0;
  let randExposure = 0;
  let dev2 = 0;
  let devN = 0;
  const probe = new ProbeMatcher(p);
  for (const s of path) {
    const [di, dj] = model.shapes[s.shape];
    const key = `${di}-${dj}`;
    counts[key] = (counts[key] ?? 0) + 1;
    if (di !== 1 || dj !== 1) continue;
    const e = probe.pair(s.i, s.j);
    trueMatched += e.matched;
    trueTotal += e.total;
    trueOther += 2 * p.src[s.i].total * p.tgt[s.j].total;
    for (const off of [-params.chanceOffset, params.chanceOffset]) {
      const y = s.j + off;
      if (y < 0 || y >= p.m) continue;
      const r = probe.pair(s.i, y);
      randMatched += r.matched;
      // Units times the weight they face on the other side: chance matches grow with both.
      randExposure += 2 * p.src[s.i].total * p.tgt[y].total;
    }
    const ls = p.src[s.i].length;
    const lt = p.tgt[s.j].length;
    const d = Math.log((lt + model.smoothing) / (ls * model.ratio + model.smoothing));
    dev2 += Math.min(d * d, 1);
    devN++;
  }
  if (devN < 8 || trueTotal === 0) return params;
  const lambda = clamp(randExposure > 0 ? randMatched / randExposure : params.lambda, 1e-5, 0.05);
  const avgOther = trueOther / trueTotal;
  const p0 = 1 - Math.exp(-lambda * avgOther);
  const pi = clamp((trueMatched / trueTotal - p0) / (1 - p0), 0.05, 0.9);
  const sigma = clamp(Math.sqrt(dev2 / devN) * 1.1, params.sigma * 0.5, params.sigma * 1.5);
  const priors: Record<string, number> = {};
  const a = params.priorStrength;
  for (const k of Object.keys(params.priors))
    priors[k] = ((counts[k] ?? 0) + a * params.priors[k]) / (path.length + a);
  return { ...params, lambda, pi, sigma, priors };
}

/**
 * What a boundary looks like in this document: the mean matched share of the first (and last)
 * sentences of segments paired along the length diagonal (best of ±2 around it, on up to 400
 * rows). High with the dictionary, near 0 without it.
 */
function boundaryShare(p: Problem): number {
  if (!p.heads || !p.tails || p.n === 0 || p.m === 0) return 0;
  const { heads, tails } = p;
  const matcher = new UnitMatcher(p.vocabSize);
  const share = (a: SegmentUnits, b: SegmentUnits) => {
    const total = a.total + a.strongTotal + b.total + b.strongTotal;
    if (total === 0) return 0;
    matcher.index(a);
    matcher.match(b);
    return (
      (matcher.matchedSource +
        matcher.strongSource +
        matcher.matchedTarget +
        matcher.strongTarget) /
      total
    );
  };
  const band = diagonalBand(p, 0);
  const rows = Math.min(p.n, 400);
  let sum = 0;
  for (let r = 0; r < rows; r++) {
    const i = Math.floor(((r + 0.5) * p.n) / rows);
    const centre = Math.min(p.m - 1, band.lo[i]);
    let best = 0;
    for (let j = Math.max(0, centre - 2); j <= Math.min(p.m - 1, centre + 2); j++) {
      best = Math.max(
        best,
        (share(heads.src[i], heads.tgt[j]) + share(tails.src[i], tails.tgt[j])) / 2,
      );
    }
    sum += best;
  }
  return sum / rows;
}

/**
 * Translations learned from the document itself (names above all: 韦小宝 → Trinket): words
 * that co-occur in the first path's 1-1 links far more than chance (Dice coefficient ≥
 * threshold, at least 3 times). Returns a map from Chinese word id to English stem ids.
 */
function learnTranslations(
  p: Problem,
  path: readonly Step[],
  model: Model,
  threshold: number,
): Map<number, number[]> {
  const pairs: Step[] = path.filter(
    (s) => model.shapes[s.shape][0] === 1 && model.shapes[s.shape][1] === 1,
  );
  const sample =
    pairs.length > 4000 ? pairs.filter((_, k) => k % Math.ceil(pairs.length / 4000) === 0) : pairs;
  const wordsOf = (u: SegmentUnits) => {
    const out = new Set<number>();
    for (let k = 0; k < u.words.length; k++)
      if (u.words[k] >= 0 && !u.strong[k]) out.add(u.words[k]);
    return out;
  };
  const zhCount = new Map<number, number>();
  const enCount = new Map<number, number>();
  const zhSets = sample.map((s) => wordsOf(p.src[s.i]));
  const enSets = sample.map((s) => wordsOf(p.tgt[s.j]));
  for (const set of zhSets) for (const w of set) zhCount.set(w, (zhCount.get(w) ?? 0) + 1);
  for (const set of enSets) for (const e of set) enCount.set(e, (enCount.get(e) ?? 0) + 1);
  const joint = new Map<number, Map<number, number>>();
  for (let k = 0; k < sample.length; k++) {
    const es = [...enSets[k]].filter((e) => (enCount.get(e) ?? 0) >= 3);
    for (const w of zhSets[k]) {
      if ((zhCount.get(w) ?? 0) < 3) continue;
      let row = joint.get(w);
      if (!row) joint.set(w, (row = new Map()));
      for (const e of es) row.set(e, (row.get(e) ?? 0) + 1);
    }
  }
  const learned = new Map<number, number[]>();
  for (const [w, row] of joint) {
    const cw = zhCount.get(w) ?? 0;
    const best = [...row]
      .filter(([e, c]) => c >= 3 && (2 * c) / (cw + (enCount.get(e) ?? 0)) >= threshold)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 2)
      .map(([e]) => e);
    if (best.length > 0) learned.set(w, best);
  }
  return learned;
}

/** Evidence of single pairs, for calibration. */
class ProbeMatcher {
  private readonly matcher: UnitMatcher;
  private indexed = -1;
  constructor(private readonly p: Problem) {
    this.matcher = new UnitMatcher(p.vocabSize);
  }
  pair(x: number, y: number): { matched: number; total: number } {
    if (this.indexed !== x) {
      this.matcher.index(this.p.src[x]);
      this.indexed = x;
    }
    this.matcher.match(this.p.tgt[y]);
    return {
      matched: this.matcher.matchedSource + this.matcher.matchedTarget,
      total: this.p.src[x].total + this.p.tgt[y].total,
    };
  }
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}

/**
 * Aligns two lists of segments (Chinese source, English target): a dynamic programme over
 * link shapes scoring length (calibrated per document) and lexical evidence (dictionary,
 * numbers, Latin tokens, punctuation, pinyin names). Two passes: the first path recalibrates
 * the model and narrows the band of the second, which also computes each link's posterior
 * probability as its confidence.
 */
export function alignSegments(
  srcTexts: readonly string[],
  tgtTexts: readonly string[],
  options: SegmentAlignOptions = {},
): Link[] {
  let params: AlignParams = { ...DEFAULT_PARAMS, ...options.params };
  const report = options.onProgress ?? (() => {});
  const n = srcTexts.length;
  const m = tgtTexts.length;
  if (n === 0 || m === 0) {
    report(1);
    return [
      ...srcTexts.map((_, k) => ({ src: [k], tgt: [], status: 'auto' as const, confidence: 1 })),
      ...tgtTexts.map((_, k) => ({ src: [], tgt: [k], status: 'auto' as const, confidence: 1 })),
    ];
  }
  const vocab = new Vocabulary();
  const lexicon = new Lexicon(vocab, options.dictionary);
  const src = srcTexts.map((t) => chineseUnits(t, lexicon));
  report(0.1);
  const tgt = tgtTexts.map((t) => englishUnits(t, lexicon));
  report(0.15);
  // Sentence boundaries are only worth checking with word evidence (the dictionary).
  const edges =
    params.boundaryWeight > 0 && options.dictionary
      ? sentenceEdges(srcTexts, tgtTexts, lexicon)
      : {};
  let problem: Problem = {
    n,
    m,
    src,
    tgt,
    srcLen: prefixSums(src),
    tgtLen: prefixSums(tgt),
    vocabSize: vocab.size,
    ...edges,
  };
  const ratio =
    options.ratio ?? (problem.srcLen[n] > 0 ? problem.tgtLen[m] / problem.srcLen[n] : 1);
  if (problem.heads)
    params = { ...params, boundaryBase: params.boundaryBase * boundaryShare(problem) };
  const first = makeModel(params, ratio || 1, params.priors);
  const firstSol = solveBanded(
    problem,
    (w) => diagonalBand(problem, w),
    params.band,
    first,
    1,
    false,
    (f) => report(0.15 + 0.35 * f),
  );
  const tuned = recalibrate(problem, firstSol.path, first, params);
  if (params.learnThreshold > 0) {
    const learned = learnTranslations(problem, firstSol.path, first, params.learnThreshold);
    if (learned.size > 0) {
      const src = problem.src.map((u) => withExtraKeys(u, learned));
      problem = { ...problem, src };
    }
  }
  const second = makeModel(tuned, ratio || 1, tuned.priors);
  const sol = solveBanded(
    problem,
    (w) => pathBand(problem, firstSol.path, second, w),
    Math.max(8, Math.round(params.band / 3)),
    second,
    params.temperature,
    true,
    (f) => report(0.5 + 0.5 * f),
  );
  report(1);
  return sol.path.map((s, k) => {
    const [di, dj] = second.shapes[s.shape];
    return {
      src: range(s.i, s.i + di),
      tgt: range(s.j, s.j + dj),
      status: 'auto' as const,
      confidence: sol.posterior[k],
    };
  });
}
