/** The cost model: what a link (bead) of a given shape costs, from length and lexical evidence. */
import type { AlignParams, BeadShape } from './alignParams';
import { markCost, type MarkCounts } from './markCounts';
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
  /** -log(1 - pi): what an unmatched unit costs. */
  readonly missCost: number;
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

/** What bead costs read of a document besides its pair evidence. */
export type CostInputs = Pick<Problem, 'n' | 'm' | 'srcLen' | 'tgtLen' | 'quotes' | 'marks'>;

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
    missCost: -Math.log(1 - params.pi),
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
 * The costs of the beads (links) of one search: a bead of shape `shape` starting at cell (i, j)
 * pays its shape's prior, its length ratio, the quote states and mark counts of its last
 * segments, its lexical evidence and, for paragraphs, whether its first sentences match and
 * its last sentences match (this tells a 2-2 link whose paragraphs break at different places
 * from two 1-1 links). Every pair of segments in a bead lies in the band of `pairs`. The arrays
 * are held as fields so the search's inner loop reads them without going through the problem,
 * pairs and model objects.
 */
export class BeadCosts {
  private readonly n: number;
  private readonly m: number;
  private readonly di: Int32Array;
  private readonly dj: Int32Array;
  private readonly shapeCost: Float64Array;
  private readonly srcLen: Float64Array;
  private readonly tgtLen: Float64Array;
  private readonly smoothing: number;
  private readonly ratio: number;
  private readonly lengthWeight: number;
  private readonly invTwoSigma2: number;
  private readonly edgeNullCost: number;
  private readonly nullUnitCost: number;
  private readonly marks: MarkCounts | undefined;
  private readonly markCosts: Float64Array;
  private readonly quoteSrc: Uint8Array | undefined;
  private readonly quoteTgt: Uint8Array | undefined;
  private readonly quoteCost: number;
  private readonly base: Int32Array;
  private readonly missZh: Float64Array;
  private readonly missEn: Float64Array;
  private readonly missZhStrong: Float64Array;
  private readonly missEnStrong: Float64Array;
  private readonly srcTotal: Float64Array;
  private readonly srcStrongTotal: Float64Array;
  private readonly tgtTotal: Float64Array;
  private readonly tgtStrongTotal: Float64Array;
  private readonly head: Float64Array | undefined;
  private readonly tail: Float64Array | undefined;
  private readonly boundaryWeight: number;
  private readonly boundaryBase: number;
  private readonly model: Model;
  private readonly missCost: number;
  private readonly gainTable: Float64Array;
  private readonly dampTable: Float64Array;
  private readonly dampingFloor: number;
  private readonly lexicalWeight: number;
  private readonly lexicalDamping: number;
  private readonly strongWeight: number;

  constructor(p: CostInputs, pairs: Pairs, model: Model) {
    const pm = pairs.main;
    this.n = p.n;
    this.m = p.m;
    this.di = model.di;
    this.dj = model.dj;
    this.shapeCost = model.shapeCost;
    this.srcLen = p.srcLen;
    this.tgtLen = p.tgtLen;
    this.smoothing = model.smoothing;
    this.ratio = model.ratio;
    this.lengthWeight = model.lengthWeight;
    this.invTwoSigma2 = model.invTwoSigma2;
    this.edgeNullCost = model.edgeNullCost;
    this.nullUnitCost = model.nullUnitCost;
    this.marks = p.marks;
    this.markCosts = model.markCosts;
    this.quoteSrc = p.quotes?.src;
    this.quoteTgt = p.quotes?.tgt;
    this.quoteCost = model.quoteCost;
    this.base = pm.base;
    this.missZh = pm.missZh;
    this.missEn = pm.missEn;
    this.missZhStrong = pm.missZhStrong;
    this.missEnStrong = pm.missEnStrong;
    this.srcTotal = pm.srcTotal;
    this.srcStrongTotal = pm.srcStrongTotal;
    this.tgtTotal = pm.tgtTotal;
    this.tgtStrongTotal = pm.tgtStrongTotal;
    this.head = pairs.edges?.head;
    this.tail = pairs.edges?.tail;
    this.boundaryWeight = model.boundaryWeight;
    this.boundaryBase = model.boundaryBase;
    this.model = model;
    this.missCost = model.missCost;
    this.gainTable = model.gainTable;
    this.dampTable = model.dampTable;
    this.dampingFloor = model.dampingFloor;
    this.lexicalWeight = model.lexicalWeight;
    this.lexicalDamping = model.lexicalDamping;
    this.strongWeight = model.strongWeight;
  }

  cost(i: number, j: number, shape: number): number {
    const di = this.di[shape];
    const dj = this.dj[shape];
    if (di === 0 || dj === 0) {
      // Material before the first or after the last segment of the other side.
      const atEdge =
        di === 0 ? j === 0 || i === 0 || i === this.n : i === 0 || j === 0 || j === this.m;
      const weight =
        di === 0
          ? this.tgtTotal[j] + this.tgtStrongTotal[j]
          : this.srcTotal[i] + this.srcStrongTotal[i];
      return (atEdge ? this.edgeNullCost : this.shapeCost[shape]) + this.nullUnitCost * weight;
    }
    let cost = this.shapeCost[shape];
    const ls = this.srcLen[i + di] - this.srcLen[i];
    const lt = this.tgtLen[j + dj] - this.tgtLen[j];
    const d = Math.log((lt + this.smoothing) / (ls * this.ratio + this.smoothing));
    cost += this.lengthWeight * d * d * this.invTwoSigma2;
    if (this.marks) cost += markCost(this.marks, this.markCosts, i, di, j, dj);
    if (this.quoteSrc && this.quoteSrc[i + di - 1] !== this.quoteTgt![j + dj - 1])
      cost += this.quoteCost;
    cost += di === 1 && dj === 1 ? this.lexical11(i, j) : this.lexicalMerged(i, di, j, dj);
    if (!this.head) return cost;
    const h = this.head[this.base[i] + j];
    const t = this.tail![this.base[i + di - 1] + j + dj - 1];
    return cost + this.boundaryWeight * (2 * this.boundaryBase - h - t);
  }

  /** Lexical cost of a 1-1 bead: segment x against segment y. */
  private lexical11(x: number, y: number): number {
    const k = this.base[x] + y;
    const ts = this.srcTotal[x];
    const gs = this.srcStrongTotal[x];
    const tt = this.tgtTotal[y];
    const gt = this.tgtStrongTotal[y];
    // What one segment matches of the other: t (1 - miss), as for merged beads.
    const matchedSrc = ts > 0 ? ts * (1 - this.missZh[k]) : 0;
    const matchedTgt = tt > 0 ? tt * (1 - this.missEn[k]) : 0;
    let strongMatched = gs > 0 ? gs * (1 - this.missZhStrong[k]) : 0;
    strongMatched += gt > 0 ? gt * (1 - this.missEnStrong[k]) : 0;
    return this.lexical(matchedSrc, ts, matchedTgt, tt, strongMatched, gs + gt);
  }

  /**
   * Lexical cost of a bead of several segments: how much of each segment's weight the segments
   * on the other side match together, as the union of what each matches alone, assuming
   * independent matches (a plain sum would count a word matched by two neighbours twice, and so
   * favour merged links).
   */
  private lexicalMerged(i: number, di: number, j: number, dj: number): number {
    let matchedSrc = 0;
    let totalSrc = 0;
    let matchedTgt = 0;
    let totalTgt = 0;
    let strongMatched = 0;
    let strongTotal = 0;
    const base = this.base;
    for (let x = i; x < i + di; x++) {
      const t = this.srcTotal[x];
      const gt = this.srcStrongTotal[x];
      let miss = 1;
      let strongMiss = 1;
      for (let k = base[x] + j, end = k + dj; k < end; k++) {
        miss *= this.missZh[k];
        strongMiss *= this.missZhStrong[k];
      }
      matchedSrc += t * (1 - miss);
      totalSrc += t;
      strongMatched += gt * (1 - strongMiss);
      strongTotal += gt;
    }
    for (let y = j; y < j + dj; y++) {
      const t = this.tgtTotal[y];
      const gt = this.tgtStrongTotal[y];
      let miss = 1;
      let strongMiss = 1;
      for (let x = i; x < i + di; x++) {
        const k = base[x] + y;
        miss *= this.missEn[k];
        strongMiss *= this.missEnStrong[k];
      }
      matchedTgt += t * (1 - miss);
      totalTgt += t;
      strongMatched += gt * (1 - strongMiss);
      strongTotal += gt;
    }
    return this.lexical(matchedSrc, totalSrc, matchedTgt, totalTgt, strongMatched, strongTotal);
  }

  /**
   * Lexical cost from the matched and total unit weight on each side: unmatched units cost,
   * matched ones gain less when chance is higher; strong units (numbers, Latin tokens) are
   * rarely shared by chance and count in full, undamped.
   */
  private lexical(
    matchedSrc: number,
    totalSrc: number,
    matchedTgt: number,
    totalTgt: number,
    strongMatched: number,
    strongTotal: number,
  ): number {
    const cost =
      (totalSrc - matchedSrc + totalTgt - matchedTgt) * this.missCost -
      (matchedSrc > 0 ? matchedSrc * this.gain(totalTgt) : 0) -
      (matchedTgt > 0 ? matchedTgt * this.gain(totalSrc) : 0);
    const size = Math.max(1, (totalSrc + totalTgt) / this.dampingFloor);
    const strong = this.strongWeight * (strongTotal - 2 * strongMatched);
    const k = Math.round(size);
    const damp =
      k < this.dampTable.length ? this.dampTable[k] : Math.pow(size, this.lexicalDamping);
    return (this.lexicalWeight * cost) / damp + strong;
  }

  /** matchGainExact, tabulated at integer weights (it varies slowly). */
  private gain(other: number): number {
    const k = Math.round(other);
    return k < this.gainTable.length ? this.gainTable[k] : matchGainExact(this.model, other);
  }
}

/**
 * The costs of every bead that ends in lattice rows r1 .. n of a band (lo/hi per row) and starts
 * in it, as a search reads them: cell by cell from row r1's first cell, `S` (the model's shapes)
 * per cell, the cost of shape s at cell index * S + s (0 where the bead would start outside the
 * band). Computed elsewhere (another thread), these are the numbers the search would compute.
 */
export function beadCostRows(
  beads: BeadCosts,
  model: Model,
  lo: Int32Array,
  hi: Int32Array,
  r1: number,
): Float64Array {
  const n = lo.length - 1;
  const S = model.di.length;
  const { di, dj } = model;
  let cells = 0;
  for (let i = r1; i <= n; i++) cells += hi[i] - lo[i] + 1;
  const out = new Float64Array(cells * S);
  for (let i = r1, here = 0; i <= n; i++) {
    for (let j = lo[i]; j <= hi[i]; j++, here++) {
      for (let s = 0; s < S; s++) {
        const pi = i - di[s];
        const pj = j - dj[s];
        if (pi < 0 || pj < lo[pi] || pj > hi[pi]) continue;
        out[here * S + s] = beads.cost(pi, pj, s);
      }
    }
  }
  return out;
}

/** Lexical cost of a bead: unmatched units cost, matched ones gain less when chance is higher. */
function matchGainExact(model: Model, other: number): number {
  const p0 = 1 - Math.exp(-model.lambda * Math.max(other, 1));
  return Math.log((model.pi + (1 - model.pi) * p0) / p0);
}

/** The cost of one bead (BeadCosts builds its tables once per search: use it in loops). */
export function beadCost(
  p: Problem,
  pairs: Pairs,
  model: Model,
  i: number,
  j: number,
  shape: number,
): number {
  return new BeadCosts(p, pairs, model).cost(i, j, shape);
}
