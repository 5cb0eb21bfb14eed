/** Per-document calibration: match rates, length spread and priors re-estimated from a first path. */
import type { AlignParams } from './alignParams';
import { diagonalBand, type Band } from './bands';
import type { Model } from './beadCost';
import type { SegmentUnits } from './features';
import { UnitMatcher } from './pairMatcher';
import { countMismatchCost } from './markCounts';
import type { Problem, Step } from './problem';
import { quoteMismatchCost } from './quoteState';

/** Re-estimates match rates, length spread and link-type priors from a first path. */
export function recalibrate(
  p: Pick<Problem, 'src' | 'tgt' | 'm' | 'vocabSize'>,
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
  // Link counts by shape, named once per shape ("1-1") when the path is done.
  const byShape = new Int32Array(model.shapes.length);
  const offsets = [-params.chanceOffset, params.chanceOffset];
  for (const s of path) {
    const [di, dj] = model.shapes[s.shape];
    byShape[s.shape]++;
    if (di !== 1 || dj !== 1) continue;
    probe.pair(s.i, s.j);
    trueMatched += probe.matched;
    trueTotal += probe.total;
    trueOther += 2 * p.src[s.i].total * p.tgt[s.j].total;
    for (const off of offsets) {
      const y = s.j + off;
      if (y < 0 || y >= p.m) continue;
      probe.pair(s.i, y);
      randMatched += probe.matched;
      // Units times the weight they face on the other side: chance matches grow with both.
      randExposure += 2 * p.src[s.i].total * p.tgt[y].total;
    }
    const ls = p.src[s.i].length;
    const lt = p.tgt[s.j].length;
    const d = Math.log((lt + model.smoothing) / (ls * model.ratio + model.smoothing));
    dev2 += Math.min(d * d, 1);
    devN++;
  }
  model.shapes.forEach(([di, dj], shape) => {
    if (byShape[shape] > 0) counts[`${di}-${dj}`] = (counts[`${di}-${dj}`] ?? 0) + byShape[shape];
  });
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
 * The second search's parameters from the first path: recalibrate, then the quote and mark
 * costs re-estimated when the document has quote states and mark counts.
 */
export function tuneParams(
  p: Pick<Problem, 'src' | 'tgt' | 'm' | 'vocabSize' | 'quotes' | 'marks'>,
  path: readonly Step[],
  model: Model,
  params: AlignParams,
): AlignParams {
  let tuned = recalibrate(p, path, model, params);
  if (p.quotes) tuned = { ...tuned, quoteCost: quoteMismatchCost(p.quotes, path, model, params) };
  const marks = p.marks;
  if (marks)
    tuned = {
      ...tuned,
      markCosts: marks.src.map((s, k) =>
        countMismatchCost(s, marks.tgt[k], path, model, params, params.markWeight),
      ),
    };
  return tuned;
}

/**
 * What a boundary looks like in this document: the mean matched share of the first (and last)
 * sentences of segments paired along the length diagonal (best of ±2 around it, on up to 400
 * rows). High with the dictionary, near 0 without it. `diagonal` is diagonalBand(p, 0), when the
 * caller has it.
 */
export function boundaryShare(p: Problem, diagonal: Band = diagonalBand(p, 0)): number {
  if (!p.heads || !p.tails || p.n === 0 || p.m === 0) return 0;
  const { heads, tails } = p;
  const matcher = new UnitMatcher(p.vocabSize);
  // The matched share of a (indexed last) and b.
  const share = (a: SegmentUnits, b: SegmentUnits) => {
    const total = a.total + a.strongTotal + b.total + b.strongTotal;
    if (total === 0) return 0;
    matcher.match(b);
    return (
      (matcher.matchedSource +
        matcher.strongSource +
        matcher.matchedTarget +
        matcher.strongTarget) /
      total
    );
  };
  const band = diagonal;
  const rows = Math.min(p.n, 400);
  const headShares = new Float64Array(5);
  let sum = 0;
  for (let r = 0; r < rows; r++) {
    const i = Math.floor(((r + 0.5) * p.n) / rows);
    const centre = Math.min(p.m - 1, band.lo[i]);
    const from = Math.max(0, centre - 2);
    const to = Math.min(p.m - 1, centre + 2);
    // Each first (last) sentence is indexed once for its candidates.
    matcher.index(heads.src[i]);
    for (let j = from; j <= to; j++) headShares[j - from] = share(heads.src[i], heads.tgt[j]);
    matcher.index(tails.src[i]);
    let best = 0;
    for (let j = from; j <= to; j++)
      best = Math.max(best, (headShares[j - from] + share(tails.src[i], tails.tgt[j])) / 2);
    sum += best;
  }
  return sum / rows;
}

/** Evidence of single pairs, for calibration. */
class ProbeMatcher {
  private readonly matcher: UnitMatcher;
  private indexed = -1;
  constructor(private readonly p: Pick<Problem, 'src' | 'tgt' | 'vocabSize'>) {
    this.matcher = new UnitMatcher(p.vocabSize);
  }
  /** Of the last pair: matched weight of both sides, and both sides' total weight. */
  matched = 0;
  total = 0;
  pair(x: number, y: number): void {
    if (this.indexed !== x) {
      this.matcher.index(this.p.src[x]);
      this.indexed = x;
    }
    this.matcher.match(this.p.tgt[y]);
    this.matched = this.matcher.matchedSource + this.matcher.matchedTarget;
    this.total = this.p.src[x].total + this.p.tgt[y].total;
  }
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/**
 * A link's confidence from its posterior probability: sigmoid(slope * logit(p) + shift), the
 * identity for slope 1 and shift 0; 0 and 1 stay as they are.
 */
export function calibratedConfidence(
  posterior: number,
  params: Pick<AlignParams, 'confidenceSlope' | 'confidenceShift'>,
): number {
  const { confidenceSlope: a, confidenceShift: b } = params;
  if ((a === 1 && b === 0) || posterior <= 0 || posterior >= 1) return posterior;
  const z = a * Math.log(posterior / (1 - posterior)) + b;
  return 1 / (1 + Math.exp(-z));
}
