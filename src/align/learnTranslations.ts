import type { Model } from './beadCost';
import { unitWords, type SegmentUnits } from './features';
import type { Problem, Step } from './problem';

/** Most 1-1 links sampled (evenly) from the first path. */
const MAX_SAMPLE = 4000;
/** Fewest co-occurrences (and occurrences of each word) for a pair to be learned. */
const MIN_COUNT = 3;

/**
 * Translations learned from the document itself (names above all: 韦小宝 → Trinket): words
 * that co-occur in the first path's 1-1 links far more than chance (Dice coefficient ≥
 * threshold, at least 3 times). Returns a map from Chinese word id to English stem ids (the
 * two most frequent partners, the first met first on a tie).
 */
export function learnTranslations(
  p: Problem,
  path: readonly Step[],
  model: Model,
  threshold: number,
): Map<number, number[]> {
  const pairs: Step[] = path.filter((s) => model.di[s.shape] === 1 && model.dj[s.shape] === 1);
  const sample =
    pairs.length > MAX_SAMPLE
      ? pairs.filter((_, k) => k % Math.ceil(pairs.length / MAX_SAMPLE) === 0)
      : pairs;
  const wordsOf = (u: SegmentUnits) => new Set(unitWords(u));
  const zhCount = new Map<number, number>();
  const enCount = new Map<number, number>();
  const zhSets = sample.map((s) => wordsOf(p.src[s.i]));
  const enSets = sample.map((s) => wordsOf(p.tgt[s.j]));
  for (const set of zhSets) for (const w of set) zhCount.set(w, (zhCount.get(w) ?? 0) + 1);
  for (const set of enSets) for (const e of set) enCount.set(e, (enCount.get(e) ?? 0) + 1);
  // Co-occurrence counts, only for pairs whose Dice can reach the threshold: with c ≤ min(cw, ce),
  // 2c / (cw + ce) ≥ threshold needs 2 min(cw, ce) / (cw + ce) ≥ threshold, so words of very
  // different frequencies are never counted together.
  const joint = new Map<number, Map<number, number>>();
  const es: number[] = [];
  const ec: number[] = [];
  for (let k = 0; k < sample.length; k++) {
    es.length = 0;
    ec.length = 0;
    for (const e of enSets[k]) {
      const c = enCount.get(e) ?? 0;
      if (c >= MIN_COUNT) {
        es.push(e);
        ec.push(c);
      }
    }
    for (const w of zhSets[k]) {
      const cw = zhCount.get(w) ?? 0;
      if (cw < MIN_COUNT) continue;
      let row = joint.get(w);
      if (!row) joint.set(w, (row = new Map()));
      for (let x = 0; x < es.length; x++) {
        const ce = ec[x];
        if ((2 * Math.min(cw, ce)) / (cw + ce) < threshold) continue;
        row.set(es[x], (row.get(es[x]) ?? 0) + 1);
      }
    }
  }
  const learned = new Map<number, number[]>();
  for (const [w, row] of joint) {
    const cw = zhCount.get(w) ?? 0;
    const best = [...row]
      .filter(([e, c]) => c >= MIN_COUNT && (2 * c) / (cw + (enCount.get(e) ?? 0)) >= threshold)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 2)
      .map(([e]) => e);
    if (best.length > 0) learned.set(w, best);
  }
  return learned;
}
