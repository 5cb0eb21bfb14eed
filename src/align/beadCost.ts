/** The cost model: what a link (bead) of a given shape costs, from length and lexical evidence. */
import type { AlignParams, BeadShape } from './alignParams';
import type { SegmentUnits } from './features';
import type { PairMatrix } from './pairMatcher';
import type { Pairs, Problem } from './problem';

export interface Model {
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
  /** Paid by a link whose two sides end in different quote states (quoteState.ts). */
  readonly quoteCost: number;
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

export function beadCost(
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
  if (p.quotes && p.quotes.src[i + di - 1] !== p.quotes.tgt[j + dj - 1]) cost += model.quoteCost;
  return (
    cost +
    lexicalCost(model, beadEvidence(p, pairs.main, i, di, j, dj)) +
    boundaryCost(p, pairs, model, i, di, j, dj)
  );
}
