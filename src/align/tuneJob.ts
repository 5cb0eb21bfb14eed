/**
 * The second search's parameters (calibration.ts tuneParams: match rates, length spread, priors,
 * quote and mark costs re-estimated from the first path) computed elsewhere: the CLI's worker
 * thread does it while this thread learns translations from the same path (the longer of the
 * two). The same function on the same units, path and numbers, so the same parameters; the
 * aligner takes them if they are in when it needs them and computes them itself otherwise
 * (nothing waits).
 *
 * A job is plain data: the units as tables of (store, first, count) references (pairRows.ts;
 * the stores are the document's own, shared memory in the CLI), the path as three arrays, the
 * model, the parameters, the quote states and mark counts. This module knows nothing of threads
 * (the pure align layer runs in browsers too).
 */
import type { AlignParams } from './alignParams';
import type { Model } from './beadCost';
import { tuneParams } from './calibration';
import type { SegmentUnits, UnitStore } from './features';
import type { MarkCounts } from './markCounts';
import { readTable, TableWriter, type UnitTable } from './pairRows';
import type { Problem, Step } from './problem';
import type { QuoteStates } from './quoteState';
import { segmentUnits } from './unitDrafts';

export interface TuneJob {
  readonly n: number;
  readonly m: number;
  readonly vocabSize: number;
  readonly stores: readonly UnitStore[];
  readonly src: UnitTable;
  readonly tgt: UnitTable;
  /** The first path: start cells and shapes. */
  readonly i: Int32Array;
  readonly j: Int32Array;
  readonly shape: Int32Array;
  readonly model: Model;
  readonly params: AlignParams;
  readonly quotes?: Pick<QuoteStates, 'src' | 'tgt'>;
  readonly marks?: { readonly src: readonly Int32Array[]; readonly tgt: readonly Int32Array[] };
}

/** A helper's answer, as it comes (see PairRowsAnswer). */
export interface TuneAnswer {
  readonly ready: () => boolean;
  readonly result: () => AlignParams | undefined;
}

export function tuneJob(
  p: Pick<Problem, 'n' | 'm' | 'vocabSize' | 'src' | 'tgt' | 'quotes' | 'marks'>,
  path: readonly Step[],
  model: Model,
  params: AlignParams,
): TuneJob {
  const w = new TableWriter();
  const src = w.write(p.src, 0, p.n);
  const tgt = w.write(p.tgt, 0, p.m);
  return {
    n: p.n,
    m: p.m,
    vocabSize: p.vocabSize,
    stores: w.stores,
    src,
    tgt,
    i: Int32Array.from(path, (s) => s.i),
    j: Int32Array.from(path, (s) => s.j),
    shape: Int32Array.from(path, (s) => s.shape),
    model,
    params,
    ...(p.quotes ? { quotes: { src: p.quotes.src, tgt: p.quotes.tgt } } : {}),
    ...(p.marks ? { marks: { src: p.marks.src, tgt: p.marks.tgt } } : {}),
  };
}

const EMPTY = segmentUnits(
  {
    keyStart: new Int32Array(1),
    keys: new Int32Array(0),
    weights: new Float32Array(0),
    strong: new Uint8Array(0),
    words: new Int32Array(0),
  },
  0,
  0,
  0,
  0,
  0,
);

/** What the helper runs: tuneParams on the job's units, path and numbers. */
export function computeTuning(job: TuneJob): AlignParams {
  const src: SegmentUnits[] = readTable(job.src, job.n, job.stores, EMPTY);
  const tgt: SegmentUnits[] = readTable(job.tgt, job.m, job.stores, EMPTY);
  const path: Step[] = [];
  for (let k = 0; k < job.i.length; k++)
    path.push({ i: job.i[k], j: job.j[k], shape: job.shape[k] });
  return tuneParams(
    {
      src,
      tgt,
      m: job.m,
      vocabSize: job.vocabSize,
      ...(job.quotes ? { quotes: job.quotes as QuoteStates } : {}),
      ...(job.marks ? { marks: job.marks as MarkCounts } : {}),
    },
    path,
    job.model,
    job.params,
  );
}

/**
 * Parameters received from elsewhere, as an object of the aligner's own making (the same keys
 * in the same order as tuneParams gives); undefined when there are none or they lack a key.
 */
export function adoptTuning(
  t: AlignParams | undefined,
  params: AlignParams,
): AlignParams | undefined {
  if (!t) return undefined;
  for (const k of Object.keys(params)) if (!(k in t)) return undefined;
  return { ...params, ...t };
}
