/**
 * Anchors: pairs of segments (x, y) that share a key found nowhere else nearby on either side
 * (a number, a Latin-script name, a name in pinyin, a rare word), near where the lengths say
 * segment x should go. The longest chain of them in order, cleaned of those that disagree with
 * their neighbours, is a guide to the path far closer than the length diagonal, so the first
 * search can use a narrow band around it.
 */
import type { SegmentUnits } from './features';
import type { Problem } from './problem';
import { longestIncreasing } from '../core/longestIncreasing';

/** Keys found in more segments than this on either side are not looked at. */
const MAX_OCCURRENCES = 80;
/** A key must be absent from the segments this close to an anchor, on both sides. */
const UNIQUE_RADIUS = 30;
/** Rounds of dropping anchors that stray from the line between their neighbours. */
const CLEAN_ROUNDS = 3;

export interface Anchors {
  /** Source and target segment of each anchor, in order (x strictly, y never decreasing). */
  readonly x: Int32Array;
  readonly y: Int32Array;
}

/** Per key, how many segments hold it. */
function counts(segments: readonly SegmentUnits[], vocabSize: number): Int32Array {
  const count = new Int32Array(vocabSize);
  const last = new Int32Array(vocabSize).fill(-1);
  for (let seg = 0; seg < segments.length; seg++) {
    const { store, first, count: units } = segments[seg];
    const { keyStart, keys } = store;
    for (let k = keyStart[first]; k < keyStart[first + units]; k++) {
      const key = keys[k];
      if (last[key] !== seg) {
        last[key] = seg;
        count[key]++;
      }
    }
  }
  return count;
}

/** Per key kept (keep[key] = 1), the segments holding it, in order: list[start[key] .. start[key + 1]). */
function postings(
  segments: readonly SegmentUnits[],
  count: Int32Array,
  keep: Uint8Array,
): { start: Int32Array; list: Int32Array } {
  const V = count.length;
  const start = new Int32Array(V + 1);
  for (let key = 0; key < V; key++) start[key + 1] = start[key] + (keep[key] ? count[key] : 0);
  const list = new Int32Array(start[V]);
  const fill = start.slice(0, V);
  const last = new Int32Array(V).fill(-1);
  for (let seg = 0; seg < segments.length; seg++) {
    const { store, first, count: units } = segments[seg];
    const { keyStart, keys } = store;
    for (let k = keyStart[first]; k < keyStart[first + units]; k++) {
      const key = keys[k];
      if (keep[key] && last[key] !== seg) {
        last[key] = seg;
        list[fill[key]++] = seg;
      }
    }
  }
  return { start, list };
}

/** Whether the occurrence at index a of a sorted list has no neighbour closer than `radius`. */
function alone(list: Int32Array, from: number, to: number, a: number, radius: number): boolean {
  return (
    (a === from || list[a] - list[a - 1] >= radius) &&
    (a + 1 === to || list[a + 1] - list[a] >= radius)
  );
}

/** The first index in list[from..to) (sorted) whose value is at least `value` (to if none). */
export function firstAtLeast(list: Int32Array, from: number, to: number, value: number): number {
  let a = from;
  let b = to;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (list[mid] < value) a = mid + 1;
    else b = mid;
  }
  return a;
}

/**
 * The anchors of a document: `centre[x]` is where the lengths put source segment x on the
 * target side, and a target more than `reach` from it is not considered.
 */
export function findAnchors(p: Problem, centre: Int32Array, reach: number): Anchors {
  const V = p.vocabSize;
  const tgtCount = counts(p.tgt, V);
  const srcCount = counts(p.src, V);
  const keep = new Uint8Array(V);
  for (let key = 0; key < V; key++)
    keep[key] =
      tgtCount[key] > 0 &&
      tgtCount[key] <= MAX_OCCURRENCES &&
      srcCount[key] > 0 &&
      srcCount[key] <= MAX_OCCURRENCES
        ? 1
        : 0;
  const tgt = postings(p.tgt, tgtCount, keep);
  const src = postings(p.src, srcCount, keep);
  // Candidates: a key alone near x and alone near some y within reach of x's centre.
  const cx: number[] = [];
  const cy: number[] = [];
  for (let key = 0; key < V; key++) {
    const s0 = src.start[key];
    const s1 = src.start[key + 1];
    if (s0 === s1) continue;
    const t0 = tgt.start[key];
    const t1 = tgt.start[key + 1];
    for (let a = s0; a < s1; a++) {
      if (!alone(src.list, s0, s1, a, UNIQUE_RADIUS)) continue;
      const x = src.list[a];
      const lo = centre[x] - reach;
      const hi = centre[x] + reach;
      // The key's target segments are in order: start at the first within reach.
      for (let b = firstAtLeast(tgt.list, t0, t1, lo); b < t1 && tgt.list[b] <= hi; b++) {
        if (!alone(tgt.list, t0, t1, b, UNIQUE_RADIUS)) continue;
        cx.push(x);
        cy.push(tgt.list[b]);
      }
    }
  }
  // The longest chain with x increasing and y never decreasing: sorted by x, and by y from high
  // to low within one x, a longest non-decreasing run of y never takes two points of one x.
  const packed = new Float64Array(cx.length);
  for (let k = 0; k < cx.length; k++) packed[k] = cx[k] * 2 ** 26 + (2 ** 26 - 1 - cy[k]);
  packed.sort();
  const order: number[] = [];
  const oy: number[] = [];
  for (let r = 0; r < packed.length; r++) {
    if (r > 0 && packed[r] === packed[r - 1]) continue;
    order.push(Math.floor(packed[r] / 2 ** 26));
    oy.push(2 ** 26 - 1 - (packed[r] % 2 ** 26));
  }
  const chain = longestIncreasing(oy, false);
  let xs = chain.map((r) => order[r]);
  let ys = chain.map((r) => oy[r]);
  // Drop anchors that stray from the line between their neighbours (a rare key shared by
  // chance), tolerating more where the neighbours are far apart.
  for (let round = 0; round < CLEAN_ROUNDS; round++) {
    const kx: number[] = [];
    const ky: number[] = [];
    for (let a = 0; a < xs.length; a++) {
      const x0 = a > 0 ? xs[a - 1] : 0;
      const y0 = a > 0 ? ys[a - 1] : 0;
      const x1 = a + 1 < xs.length ? xs[a + 1] : p.n;
      const y1 = a + 1 < xs.length ? ys[a + 1] : p.m;
      const expected = y0 + ((xs[a] - x0) / Math.max(1, x1 - x0)) * (y1 - y0);
      if (Math.abs(ys[a] - expected) <= 2 + 0.1 * (x1 - x0)) {
        kx.push(xs[a]);
        ky.push(ys[a]);
      }
    }
    xs = kx;
    ys = ky;
  }
  return { x: Int32Array.from(xs), y: Int32Array.from(ys) };
}
