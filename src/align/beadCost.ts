/** The cost model: what a link (bead) of a given shape costs, from length and lexical evidence. */
import type { AlignParams, BeadShape } from './alignParams';
import { markCost } from './markCounts';
import type { PairMatrix } from './pairMatcher';
import type { Pairs, Problem } from './problem';

export interface Model {
  readonly shapes: readonly BeadShape[];
  /** Segments each shape takes on the source and on the target side. */
  readonly di: Int32Array;
  readonly dj: Int32Array;
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
  /** Paid by a link whose two sides end in different quote states (quoteState.ts). */
  readonly quoteCost: number;
  readonly markCosts: Float64Array;
}

function parseShape(key: string): BeadShape {
  const [a, b] = key.split('-').map(Number);
  return [a, b];
}

const GAIN_TABLE_SIZE = 2048;

export function makeModel(
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
    di: Int32Array.from(shapes, (s) => s[0]),
    dj: Int32Array.from(shapes, (s) => s[1]),
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
    quoteCost: params.quoteCost,
    markCosts: Float64Array.from(params.markCosts),
  };
  for (let k = 0; k < GAIN_TABLE_SIZE; k++) model.gainTable[k] = matchGainExact(model, k);
  return model;
}

/**
 * Lexical cost of a bead from the matched and total unit weight on each side: unmatched
 * units cost, matched ones gain less when chance is higher; strong units (numbers, Latin
 * tokens) are rarely shared by chance and count in full, undamped.
 */
function lexicalCost(
  model: Model,
  matchedSrc: number,
  totalSrc: number,
  matchedTgt: number,
  totalTgt: number,
  strongMatched: number,
  strongTotal: number,
): number {
  const miss = -Math.log(1 - model.pi);
  const cost =
    (totalSrc - matchedSrc + totalTgt - matchedTgt) * miss -
    (matchedSrc > 0 ? matchedSrc * matchGain(model, totalTgt) : 0) -
    (matchedTgt > 0 ? matchedTgt * matchGain(model, totalSrc) : 0);
  const size = Math.max(1, (totalSrc + totalTgt) / model.dampingFloor);
  const strong = model.strongWeight * (strongTotal - 2 * strongMatched);
  const k = Math.round(size);
  const damp =
    k < model.dampTable.length ? model.dampTable[k] : Math.pow(size, model.lexicalDamping);
  return (model.lexicalWeight * cost) / damp + strong;
}

/** Lexical cost of a 1-1 bead: segment x against segment y. */
function lexicalCost11(pm: PairMatrix, model: Model, x: number, y: number): number {
  const k = pm.base[x] + y;
  const ts = pm.srcTotal[x];
  const gs = pm.srcStrongTotal[x];
  const tt = pm.tgtTotal[y];
  const gt = pm.tgtStrongTotal[y];
  // What one segment matches of the other: t (1 - (1 - min(1, m / t))), as for merged beads.
  const matchedSrc = ts > 0 ? ts * (1 - (1 - Math.min(1, pm.zh[k] / ts))) : 0;
  const matchedTgt = tt > 0 ? tt * (1 - (1 - Math.min(1, pm.en[k] / tt))) : 0;
  let strongMatched = gs > 0 ? gs * (1 - (1 - Math.min(1, pm.zhStrong[k] / gs))) : 0;
  strongMatched += gt > 0 ? gt * (1 - (1 - Math.min(1, pm.enStrong[k] / gt))) : 0;
  return lexicalCost(model, matchedSrc, ts, matchedTgt, tt, strongMatched, gs + gt);
}

/**
 * Lexical cost of a bead of several segments: how much of each segment's weight the segments
 * on the other side match together, as the union of what each matches alone, assuming
 * independent matches (a plain sum would count a word matched by two neighbours twice, and so
 * favour merged links).
 */
function lexicalCostMerged(
  pm: PairMatrix,
  model: Model,
  i: number,
  di: number,
  j: number,
  dj: number,
): number {
  let matchedSrc = 0;
  let totalSrc = 0;
  let matchedTgt = 0;
  let totalTgt = 0;
  let strongMatched = 0;
  let strongTotal = 0;
  for (let x = i; x < i + di; x++) {
    const t = pm.srcTotal[x];
    const gt = pm.srcStrongTotal[x];
    const base = pm.base[x];
    let miss = 1;
    let strongMiss = 1;
    for (let y = j; y < j + dj; y++) {
      if (t > 0) miss *= 1 - Math.min(1, pm.zh[base + y] / t);
      if (gt > 0) strongMiss *= 1 - Math.min(1, pm.zhStrong[base + y] / gt);
    }
    matchedSrc += t * (1 - miss);
    totalSrc += t;
    strongMatched += gt * (1 - strongMiss);
    strongTotal += gt;
  }
  for (let y = j; y < j + dj; y++) {
    const t = pm.tgtTotal[y];
    const gt = pm.tgtStrongTotal[y];
    let miss = 1;
    let strongMiss = 1;
    for (let x = i; x < i + di; x++) {
      const k = pm.base[x] + y;
      if (t > 0) miss *= 1 - Math.min(1, pm.en[k] / t);
      if (gt > 0) strongMiss *= 1 - Math.min(1, pm.enStrong[k] / gt);
    }
    matchedTgt += t * (1 - miss);
    totalTgt += t;
    strongMatched += gt * (1 - strongMiss);
    strongTotal += gt;
  }
  return lexicalCost(model, matchedSrc, totalSrc, matchedTgt, totalTgt, strongMatched, strongTotal);
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

/**
 * Cost of a bead (link) of shape `shape` starting at cell (i, j): the shape's prior, length,
 * quote state, lexical evidence and, for paragraphs, whether its first sentences match and
 * its last sentences match (this tells a 2-2 link whose paragraphs break at different places
 * from two 1-1 links). Every pair of segments in the bead lies in the band of `pairs`.
 */
export function beadCost(
  p: Problem,
  pairs: Pairs,
  model: Model,
  i: number,
  j: number,
  shape: number,
): number {
  const di = model.di[shape];
  const dj = model.dj[shape];
  let cost = model.shapeCost[shape];
  const pm = pairs.main;
  if (di === 0 || dj === 0) {
    // Material before the first or after the last segment of the other side.
    const atEdge = di === 0 ? j === 0 || i === 0 || i === p.n : i === 0 || j === 0 || j === p.m;
    const weight =
      di === 0 ? pm.tgtTotal[j] + pm.tgtStrongTotal[j] : pm.srcTotal[i] + pm.srcStrongTotal[i];
    return (atEdge ? model.edgeNullCost : cost) + model.nullUnitCost * weight;
  }
  const ls = p.srcLen[i + di] - p.srcLen[i];
  const lt = p.tgtLen[j + dj] - p.tgtLen[j];
  const d = Math.log((lt + model.smoothing) / (ls * model.ratio + model.smoothing));
  cost += model.lengthWeight * d * d * model.invTwoSigma2;
  if (p.marks) cost += markCost(p.marks, model.markCosts, i, di, j, dj);
  if (p.quotes && p.quotes.src[i + di - 1] !== p.quotes.tgt[j + dj - 1]) cost += model.quoteCost;
  cost +=
    di === 1 && dj === 1
      ? lexicalCost11(pm, model, i, j)
      : lexicalCostMerged(pm, model, i, di, j, dj);
  const edges = pairs.edges;
  if (!edges) return cost;
  const h = edges.head[pm.base[i] + j];
  const t = edges.tail[pm.base[i + di - 1] + j + dj - 1];
  return cost + model.boundaryWeight * (2 * model.boundaryBase - h - t);
}
