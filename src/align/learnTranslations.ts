import type { Model } from './beadCost';
import type { SegmentUnits } from './features';
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
  // Distinct word ids of each sampled segment, and per word the segments it occurs in.
  const distinct = (segments: readonly SegmentUnits[], side: 'src' | 'tgt') => {
    let size = 1;
    for (const s of sample) {
      const u = segments[side === 'src' ? s.i : s.j];
      for (let g = u.first; g < u.first + u.count; g++) size = Math.max(size, u.store.words[g] + 1);
    }
    const count = new Int32Array(size);
    const stamp = new Int32Array(size).fill(-1);
    const lists = sample.map((s, k) => {
      const out: number[] = [];
      // The segment's ordinary units' words, in order (as unitWords gives them, uncopied).
      const { store, first, count: units } = segments[side === 'src' ? s.i : s.j];
      for (let g = first; g < first + units; g++) {
        const w = store.words[g];
        if (w < 0 || store.strong[g]) continue;
        if (stamp[w] === k) continue;
        stamp[w] = k;
        out.push(w);
        count[w]++;
      }
      return out;
    });
    return { lists, count };
  };
  const zh = distinct(p.src, 'src');
  const en = distinct(p.tgt, 'tgt');
  // English words met often enough, per link, sorted by how often they occur in all (then by
  // place): a Chinese word only meets the band of counts its Dice can pass with.
  const byCount = en.lists.map((list) => {
    const kept: number[] = [];
    for (let x = 0; x < list.length; x++) if (en.count[list[x]] >= MIN_COUNT) kept.push(x);
    kept.sort((a, b) => en.count[list[a]] - en.count[list[b]] || a - b);
    return {
      words: Int32Array.from(kept, (x) => list[x]),
      counts: Int32Array.from(kept, (x) => en.count[list[x]]),
      places: Int32Array.from(kept),
    };
  });
  // The links of each Chinese word met often enough.
  const linksOf = new Map<number, number[]>();
  zh.lists.forEach((list, k) => {
    for (const w of list) {
      if (zh.count[w] < MIN_COUNT) continue;
      let links = linksOf.get(w);
      if (!links) linksOf.set(w, (links = []));
      links.push(k);
    }
  });
  // Per Chinese word, co-occurrence counts with the English words of its links, only for pairs
  // whose Dice can reach the threshold: with c ≤ min(cw, ce), 2c / (cw + ce) ≥ threshold needs
  // 2 min(cw, ce) / (cw + ce) ≥ threshold, so words of very different frequencies are never
  // counted together. That bound rises with ce up to cw and falls after it, so the counts that
  // pass it are one band [lo, hi], found by the same test. The partners that pass, the two most
  // frequent (the first met on a tie: earliest link, then earliest place in it).
  const reaches = (cw: number, ce: number) => (2 * Math.min(cw, ce)) / (cw + ce) >= threshold;
  const learned = new Map<number, number[]>();
  const together = new Int32Array(en.count.length);
  const firstLink = new Int32Array(en.count.length);
  const firstPlace = new Int32Array(en.count.length);
  const met: number[] = [];
  let maxCount = 0;
  for (let e = 0; e < en.count.length; e++) maxCount = Math.max(maxCount, en.count[e]);
  for (const [w, links] of linksOf) {
    const cw = zh.count[w];
    if (!reaches(cw, cw)) continue;
    const lo = lowestReaching(cw, reaches);
    const hi = highestReaching(cw, maxCount, reaches);
    met.length = 0;
    for (const k of links) {
      const { words, counts, places } = byCount[k];
      for (let x = firstAtLeast(counts, lo); x < counts.length && counts[x] <= hi; x++) {
        const e = words[x];
        if (together[e]++ === 0) {
          met.push(e);
          firstLink[e] = k;
          firstPlace[e] = places[x];
        }
      }
    }
    const passing: [number, number][] = [];
    for (const e of met) {
      const c = together[e];
      together[e] = 0;
      if (c >= MIN_COUNT && (2 * c) / (cw + en.count[e]) >= threshold) passing.push([e, c]);
    }
    if (passing.length === 0) continue;
    passing.sort(
      ([a, ca], [b, cb]) => cb - ca || firstLink[a] - firstLink[b] || firstPlace[a] - firstPlace[b],
    );
    learned.set(
      w,
      passing.slice(0, 2).map(([e]) => e),
    );
  }
  return learned;
}

/** The smallest count in 1 .. cw that `reaches` cw (it rises with the count up to cw). */
function lowestReaching(cw: number, reaches: (cw: number, ce: number) => boolean): number {
  let lo = 1;
  let hi = cw;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reaches(cw, mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The largest count in cw .. most that `reaches` cw (it falls with the count from cw). */
function highestReaching(
  cw: number,
  most: number,
  reaches: (cw: number, ce: number) => boolean,
): number {
  let lo = cw;
  let hi = Math.max(cw, most);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (reaches(cw, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The first index of the ascending `counts` whose count is at least `lo`. */
function firstAtLeast(counts: Int32Array, lo: number): number {
  let a = 0;
  let b = counts.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (counts[mid] < lo) a = mid + 1;
    else b = mid;
  }
  return a;
}
