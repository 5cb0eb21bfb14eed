/**
 * Part of a search's pair evidence (pairMatcher.ts: the matched weights of segment pairs in the
 * band, and the first/last-sentence shares) computed elsewhere: the CLI's worker thread takes the
 * last rows of the band while this thread computes the first ones. Every value is a function of
 * the two segments' units alone, so the rows come out the same wherever they are computed. With
 * a BeadCostJob the helper also computes the costs of the beads that end in the lattice's last
 * rows (beadCost.ts, the same function of the same numbers), so that the search only reads them
 * there; it takes the answer when it reaches those rows if it is in, and meanwhile computes the
 * rows itself (latticeSearch.ts).
 *
 * A job is plain data (typed arrays, numbers): the units it needs as a table of stores and
 * (store, first, count) references. The stores are the document's own arrays; a caller that
 * makes them in shared memory (PairRowsHelper.buffer) hands them over without a copy. This
 * module knows nothing of threads (the pure align layer runs in browsers too).
 */
import { BeadCosts, beadCostRows, type CostInputs, type Model } from './beadCost';
import type { SegmentUnits, UnitStore } from './features';
import { EdgeShares, PairMatrix, type EdgeRows, type PairValues } from './pairMatcher';
import type { TuneAnswer, TuneJob } from './tuneJob';
import { segmentUnits, type BufferMaker } from './unitDrafts';

/** Segments' units as plain data: per segment (store, first, count) and (total, strongTotal, length). */
export interface UnitTable {
  /** Index of the table's first segment in its side. */
  readonly start: number;
  /** Per segment three numbers: store index (-1: the same units as `whole`'s), first, count. */
  readonly refs: Int32Array;
  readonly sums: Float64Array;
}

export interface PairRowsJob {
  readonly n: number;
  readonly m: number;
  readonly vocabSize: number;
  /** The rows asked for: r0 .. n - 1. */
  readonly r0: number;
  /** The band's rows (as pairsFor gives them), whole: only rows from r0 are read. */
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly edgeRows?: EdgeRows;
  /** Every store the tables refer to. */
  readonly stores: readonly UnitStore[];
  readonly src: UnitTable;
  readonly tgt: UnitTable;
  readonly heads?: { readonly src: UnitTable; readonly tgt: UnitTable };
  readonly tails?: { readonly src: UnitTable; readonly tgt: UnitTable };
  /** Also the bead costs of the lattice's last rows, from these pair rows. */
  readonly costs?: BeadCostJob;
}

/**
 * The bead costs asked for: of the beads ending in lattice rows r1 .. n of the band lo/hi (they
 * read pair rows from r1 - the tallest shape, the job's r0, on). The pair values the result
 * holds are then those of rows r1 .. n - 1 (the asking search computed the rows before).
 */
export interface BeadCostJob {
  readonly r1: number;
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  readonly model: Model;
  readonly inputs: CostInputs;
}

export interface PairRowsResult extends PairValues {
  readonly head?: Float64Array;
  readonly tail?: Float64Array;
  /** With a BeadCostJob: what beadCostRows gives. */
  readonly costs?: Float64Array;
}

/** A helper's answer to a job, as it comes. */
export interface PairRowsAnswer {
  /** Whether the answer is in (or will never come): `result` does not wait then. */
  readonly ready: () => boolean;
  /** Waits for the answer; undefined when the helper failed (the search does the work). */
  readonly result: () => PairRowsResult | undefined;
}

/**
 * Computes rows elsewhere: `rows` starts on a job. `buffer`, when given, makes the units'
 * stores (shared memory, so that a job carries no copy of them).
 */
export interface PairRowsHelper {
  readonly buffer?: BufferMaker;
  /** Bands of fewer cells stay here (default MIN_SHARED_CELLS). */
  readonly minCells?: number;
  readonly rows: (job: PairRowsJob) => PairRowsAnswer;
  /** Starts re-estimating the parameters after the first search (tuneJob.ts), when it can. */
  readonly tune?: (job: TuneJob) => TuneAnswer;
}

/** Bands smaller than this (cells) are not worth sending anywhere. */
export const MIN_SHARED_CELLS = 40_000;

/**
 * The share of the band's cells given to the helper. It computes their pair evidence and bead
 * costs, while this thread also sweeps its own rows and then sweeps the helper's: at 0.45 the
 * helper was done 40-240 ms before the search reached its rows (20,000 paragraphs), at 0.55
 * 3-75 ms. A helper that is late costs no waiting (the search computes rows meanwhile).
 */
export const HELPER_SHARE = 0.55;

/** The first row given to the helper: the last rows, about `share` of the cells. */
export function splitRow(from: Int32Array, to: Int32Array, share = HELPER_SHARE): number {
  const n = from.length;
  let cells = 0;
  for (let x = 0; x < n; x++) cells += Math.max(0, to[x] - from[x] + 1);
  let kept = 0;
  const keep = (1 - share) * cells;
  for (let x = 0; x < n; x++) {
    if (kept >= keep) return x;
    kept += Math.max(0, to[x] - from[x] + 1);
  }
  return n;
}

export class TableWriter {
  readonly stores: UnitStore[] = [];
  private readonly index = new Map<UnitStore, number>();

  write(
    units: readonly SegmentUnits[],
    start: number,
    end: number,
    whole?: readonly SegmentUnits[],
  ): UnitTable {
    const count = Math.max(0, end - start);
    const refs = new Int32Array(3 * count);
    const sums = new Float64Array(3 * count);
    for (let k = 0; k < count; k++) {
      const u = units[start + k];
      let s = -1;
      if (!whole || whole[start + k] !== u) {
        s = this.index.get(u.store) ?? -1;
        if (s < 0) {
          s = this.stores.length;
          this.stores.push(u.store);
          this.index.set(u.store, s);
        }
      }
      refs[3 * k] = s;
      refs[3 * k + 1] = u.first;
      refs[3 * k + 2] = u.count;
      sums[3 * k] = u.total;
      sums[3 * k + 1] = u.strongTotal;
      sums[3 * k + 2] = u.length;
    }
    return { start, refs, sums };
  }
}

/** The job for rows r0 .. n - 1 of a band (`from`/`to`, and the edge rows when edges are on). */
export function pairRowsJob(
  p: {
    readonly src: readonly SegmentUnits[];
    readonly tgt: readonly SegmentUnits[];
    readonly heads?: {
      readonly src: readonly SegmentUnits[];
      readonly tgt: readonly SegmentUnits[];
    };
    readonly tails?: {
      readonly src: readonly SegmentUnits[];
      readonly tgt: readonly SegmentUnits[];
    };
    readonly vocabSize: number;
  },
  r0: number,
  from: Int32Array,
  to: Int32Array,
  edgeRows?: EdgeRows,
  costs?: BeadCostJob,
): PairRowsJob {
  const n = p.src.length;
  const m = p.tgt.length;
  // The columns the rows read (the edge rows lie within the band's); a bead cost also reads the
  // totals of the segments a bead takes alone (1-0, 0-1), from the band's first column on.
  let c0 = costs ? Math.min(m, costs.lo[r0]) : m;
  for (let x = r0; x < n; x++) if (to[x] >= from[x]) c0 = Math.min(c0, from[x]);
  const w = new TableWriter();
  const src = w.write(p.src, r0, n);
  const tgt = w.write(p.tgt, c0, m);
  const edges = edgeRows && p.heads && p.tails;
  const heads = edges
    ? { src: w.write(p.heads!.src, r0, n, p.src), tgt: w.write(p.heads!.tgt, c0, m, p.tgt) }
    : undefined;
  const tails = edges
    ? { src: w.write(p.tails!.src, r0, n, p.src), tgt: w.write(p.tails!.tgt, c0, m, p.tgt) }
    : undefined;
  return {
    n,
    m,
    vocabSize: p.vocabSize,
    r0,
    from,
    to,
    ...(edges ? { edgeRows } : {}),
    stores: w.stores,
    src,
    tgt,
    ...(heads ? { heads } : {}),
    ...(tails ? { tails } : {}),
    ...(costs ? { costs } : {}),
  };
}

const EMPTY_STORE: UnitStore = {
  keyStart: new Int32Array(1),
  keys: new Int32Array(0),
  weights: new Float32Array(0),
  strong: new Uint8Array(0),
  words: new Int32Array(0),
};

/** A side's units from a table (segments outside it hold no units: they are never read). */
export function readTable(
  t: UnitTable,
  length: number,
  stores: readonly UnitStore[],
  empty: SegmentUnits,
  whole?: readonly SegmentUnits[],
): SegmentUnits[] {
  const out = new Array<SegmentUnits>(length).fill(empty);
  const count = t.refs.length / 3;
  for (let k = 0; k < count; k++) {
    const s = t.refs[3 * k];
    out[t.start + k] =
      s < 0 && whole
        ? whole[t.start + k]
        : segmentUnits(
            stores[s],
            t.refs[3 * k + 1],
            t.refs[3 * k + 2],
            t.sums[3 * k],
            t.sums[3 * k + 1],
            t.sums[3 * k + 2] | 0,
          );
  }
  return out;
}

/** Rows outside r0 .. n - 1 left empty (no cells). */
function rowsFrom(r0: number, m: number, from: Int32Array, to: Int32Array) {
  const f = Int32Array.from(from);
  const t = Int32Array.from(to);
  f.fill(m, 0, r0);
  t.fill(-1, 0, r0);
  return { f, t };
}

/** What the helper runs: the job's rows, laid out as the asking matrix's cells from row r0. */
export function computePairRows(job: PairRowsJob): PairRowsResult {
  const { n, m, r0 } = job;
  // Fresh objects of the shape the Arena makes (a message's objects have another shape).
  const stores = job.stores.map((s): UnitStore => ({
    keyStart: s.keyStart,
    keys: s.keys,
    weights: s.weights,
    strong: s.strong,
    words: s.words,
  }));
  const empty = segmentUnits(EMPTY_STORE, 0, 0, 0, 0, 0);
  const src = readTable(job.src, n, stores, empty);
  const tgt = readTable(job.tgt, m, stores, empty);
  const band = rowsFrom(r0, m, job.from, job.to);
  const costs = job.costs;
  // Bead costs read the misses: only then are they made.
  const main = new PairMatrix(
    src,
    tgt,
    job.vocabSize,
    band.f,
    band.t,
    undefined,
    undefined,
    n,
    costs !== undefined,
  );
  const given = costs ? costs.r1 : r0;
  const values = main.rowValues(given);
  const withCosts = (edges?: EdgeShares): Float64Array | undefined =>
    costs &&
    beadCostRows(
      new BeadCosts(costs.inputs, edges ? { main, edges } : { main }, costs.model),
      costs.model,
      costs.lo,
      costs.hi,
      costs.r1,
    );
  if (!job.edgeRows || !job.heads || !job.tails) {
    const c = withCosts();
    return c ? { ...values, costs: c } : values;
  }
  const e = job.edgeRows;
  const head = rowsFrom(r0, m, e.headFrom, e.headTo);
  const tail = rowsFrom(r0, m, e.tailFrom, e.tailTo);
  const shares = new EdgeShares(
    main,
    {
      src: readTable(job.heads.src, n, stores, empty, src),
      tgt: readTable(job.heads.tgt, m, stores, empty, tgt),
    },
    {
      src: readTable(job.tails.src, n, stores, empty, src),
      tgt: readTable(job.tails.tgt, m, stores, empty, tgt),
    },
    job.vocabSize,
    undefined,
    { headFrom: head.f, headTo: head.t, tailFrom: tail.f, tailTo: tail.t },
  );
  const c = withCosts(shares);
  return { ...values, ...shares.rowShares(given), ...(c ? { costs: c } : {}) };
}

/** The result's buffers, to transfer rather than copy. */
export function pairRowsTransferables(r: PairRowsResult): ArrayBuffer[] {
  return [r.zh, r.en, r.zhStrong, r.enStrong, r.head, r.tail, r.costs]
    .filter((a) => a !== undefined)
    .map((a) => a.buffer as ArrayBuffer);
}
