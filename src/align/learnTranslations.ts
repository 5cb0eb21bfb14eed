import type { Model } from './beadCost';
import type { SegmentUnits } from './features';
import type { Problem, Step } from './problem';

/**
 * Translations learned from the document itself (names above all: 韦小宝 → Trinket): words
 * that co-occur in the first path's 1-1 links far more than chance (Dice coefficient ≥
 * threshold, at least 3 times). Returns a map from Chinese word id to English stem ids.
 */
export function learnTranslations(
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
