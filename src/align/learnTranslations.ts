import type { Model } from './beadCost';
import type { SegmentUnits } from './features';
import type { Problem, Step } from './problem';

/** Most 1-1 links sampled (evenly) from the first path. */
const MAX_SAMPLE = 4000;
/** Fewest co-occurrences (and occurrences of each word) for a pair to be learned. */
const MIN_COUNT = 3;

/**
 * The distinct word ids of the ordinary units of each sampled segment, in order, one list after
 * another (list k is items[start[k] .. start[k + 1])), and how many lists each word is in.
 */
interface WordLists {
  readonly start: Int32Array;
  readonly items: Int32Array;
  readonly count: Int32Array;
}

function distinctWords(segments: readonly SegmentUnits[], rows: Int32Array): WordLists {
  let size = 1;
  let total = 0;
  for (let k = 0; k < rows.length; k++) {
    const { store, first, count } = segments[rows[k]];
    for (let g = first; g < first + count; g++) size = Math.max(size, store.words[g] + 1);
    total += count;
  }
  const count = new Int32Array(size);
  const stamp = new Int32Array(size).fill(-1);
  const start = new Int32Array(rows.length + 1);
  const items = new Int32Array(total);
  let n = 0;
  for (let k = 0; k < rows.length; k++) {
    const { store, first, count: units } = segments[rows[k]];
    for (let g = first; g < first + units; g++) {
      const w = store.words[g];
      if (w < 0 || store.strong[g] || stamp[w] === k) continue;
      stamp[w] = k;
      items[n++] = w;
      count[w]++;
    }
    start[k + 1] = n;
  }
  return { start, items, count };
}

/**
 * The English words of each list met at least MIN_COUNT times in all, sorted by that count
 * (then by place in the list): words, their counts and places, in the lists' layout.
 */
function byCount(en: WordLists): { words: Int32Array; counts: Int32Array; places: Int32Array } {
  const lists = en.start.length - 1;
  const words = new Int32Array(en.items.length);
  const counts = new Int32Array(en.items.length);
  const places = new Int32Array(en.items.length);
  for (let k = 0; k < lists; k++) {
    const from = en.start[k];
    let end = from;
    for (let x = from; x < en.start[k + 1]; x++) {
      const e = en.items[x];
      const c = en.count[e];
      if (c < MIN_COUNT) continue;
      // Insertion by (count, place): the places come in order, so ties stay in order.
      let y = end++;
      while (y > from && counts[y - 1] > c) {
        words[y] = words[y - 1];
        counts[y] = counts[y - 1];
        places[y] = places[y - 1];
        y--;
      }
      words[y] = e;
      counts[y] = c;
      places[y] = x - from;
    }
    // The rest of the list's room stays unused: mark its end with a count no band reaches.
    for (let x = end; x < en.start[k + 1]; x++) counts[x] = 0x7fffffff;
  }
  return { words, counts, places };
}

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
  const zh = distinctWords(
    p.src,
    Int32Array.from(sample, (s) => s.i),
  );
  const en = distinctWords(
    p.tgt,
    Int32Array.from(sample, (s) => s.j),
  );
  // English words met often enough, per link, sorted by how often they occur in all (then by
  // place): a Chinese word only meets the band of counts its Dice can pass with.
  const sorted = byCount(en);
  // The links of each Chinese word met often enough (words in the order first met).
  const linksOf = new Map<number, number[]>();
  for (let k = 0; k < sample.length; k++)
    for (let x = zh.start[k]; x < zh.start[k + 1]; x++) {
      const w = zh.items[x];
      if (zh.count[w] < MIN_COUNT) continue;
      let links = linksOf.get(w);
      if (!links) linksOf.set(w, (links = []));
      links.push(k);
    }
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
  const { words, counts, places } = sorted;
  for (const [w, links] of linksOf) {
    const cw = zh.count[w];
    if (!reaches(cw, cw)) continue;
    const lo = lowestReaching(cw, reaches);
    const hi = highestReaching(cw, maxCount, reaches);
    met.length = 0;
    for (let l = 0; l < links.length; l++) {
      const k = links[l];
      const end = en.start[k + 1];
      for (let x = firstAtLeast(counts, en.start[k], end, lo); x < end && counts[x] <= hi; x++) {
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

/** The first index in [from, end) of the ascending `counts` whose count is at least `lo`. */
function firstAtLeast(counts: Int32Array, from: number, end: number, lo: number): number {
  let a = from;
  let b = end;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (counts[mid] < lo) a = mid + 1;
    else b = mid;
  }
  return a;
}
