import type { SegmentUnits } from './features';

/**
 * Lexical matches between single segments, for the pairs inside a band:
 * for each pair (x, y), the matched weight on the source side and on the target side.
 * Merged beads add these up (capped at each segment's total), so each pair is computed once.
 */
export class PairMatrix {
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** Index of pair (x, y) in the value arrays: base[x] + y, for from[x] <= y <= to[x]. */
  readonly base: Int32Array;
  readonly zh: Float32Array;
  readonly en: Float32Array;
  readonly zhStrong: Float32Array;
  readonly enStrong: Float32Array;
  /**
   * What each pair leaves unmatched, as bead costs use it: 1 - min(1, matched / total) of
   * segment x's ordinary units against y (missZh), of y's against x (missEn), and the same for
   * strong units; 1 where the segment has no such units.
   */
  readonly missZh: Float64Array;
  readonly missEn: Float64Array;
  readonly missZhStrong: Float64Array;
  readonly missEnStrong: Float64Array;
  /** Per segment: the weight of its ordinary and of its strong units. */
  readonly srcTotal: Float64Array;
  readonly srcStrongTotal: Float64Array;
  readonly tgtTotal: Float64Array;
  readonly tgtStrongTotal: Float64Array;

  /** What the rows still to fill read: the previous matrix to lend from, and the matcher. */
  private pending?: { readonly reuse?: PairMatrix; readonly matcher: UnitMatcher | WindowMatcher };

  /**
   * `previous` (a matrix of the same document, e.g. of a narrower band or of the first pass)
   * lends the values of the pairs it holds whose segments have not changed since. `matcher`
   * (one made for at least vocabSize keys) saves making one: callers that build many small
   * matrices pass the same. Only rows 0 .. `rows` - 1 are filled here; the caller fills the
   * others with fillRows or adoptRows (e.g. computed in another thread).
   */
  constructor(
    readonly src: readonly SegmentUnits[],
    readonly tgt: readonly SegmentUnits[],
    private readonly vocabSize: number,
    from: Int32Array,
    to: Int32Array,
    previous?: PairMatrix,
    matcher: UnitMatcher | WindowMatcher = new WindowMatcher(vocabSize),
    rows: number = src.length,
    /** False for a matrix whose values are only passed on (pairRows.ts): no miss arrays. */
    withMisses = true,
  ) {
    const n = src.length;
    this.from = from;
    this.to = to;
    this.base = new Int32Array(n);
    let cells = 0;
    for (let x = 0; x < n; x++) {
      this.base[x] = cells - from[x];
      cells += Math.max(0, to[x] - from[x] + 1);
    }
    this.zh = new Float32Array(cells);
    this.en = new Float32Array(cells);
    this.zhStrong = new Float32Array(cells);
    this.enStrong = new Float32Array(cells);
    this.srcTotal = Float64Array.from(src, (u) => u.total);
    this.srcStrongTotal = Float64Array.from(src, (u) => u.strongTotal);
    this.tgtTotal = Float64Array.from(tgt, (u) => u.total);
    this.tgtStrongTotal = Float64Array.from(tgt, (u) => u.strongTotal);
    const missCells = withMisses ? cells : 0;
    this.missZh = new Float64Array(missCells);
    this.missEn = new Float64Array(missCells);
    this.missZhStrong = new Float64Array(missCells);
    this.missEnStrong = new Float64Array(missCells);
    const reuse = previous && previous.tgt === tgt ? previous : undefined;
    this.pending = { reuse, matcher };
    this.fillRows(0, rows);
  }

  /** Where row x's cells start in the value arrays. */
  rowCell(x: number): number {
    return this.base[x] + this.from[x];
  }

  /** Computes rows r0 .. r1 - 1 (each pair once; rows are independent). */
  fillRows(r0: number, r1: number): void {
    const { reuse, matcher } = this.pending ?? { matcher: new WindowMatcher(this.vocabSize) };
    const { src, from, to } = this;
    for (let x = r0; x < r1; x++) {
      const base = this.base[x];
      let y = from[x];
      if (reuse && reuse.src[x] === src[x]) {
        // Copy the overlap with the previous matrix's row; compute the rest.
        const lo = Math.max(y, reuse.from[x]);
        const hi = Math.min(to[x], reuse.to[x]);
        if (lo <= hi) {
          if (y < lo) this.matchRow(matcher, x, y, lo - 1);
          const shift = reuse.base[x] - base;
          for (let k = base + lo; k <= base + hi; k++) {
            this.zh[k] = reuse.zh[k + shift];
            this.en[k] = reuse.en[k + shift];
            this.zhStrong[k] = reuse.zhStrong[k + shift];
            this.enStrong[k] = reuse.enStrong[k + shift];
          }
          y = hi + 1;
        }
      }
      if (y <= to[x]) this.matchRow(matcher, x, y, to[x]);
    }
    this.missRows(r0, r1);
    if (r1 >= src.length) this.pending = undefined;
  }

  /**
   * Rows r0 .. n - 1 from values computed elsewhere (the cells of those rows, in this matrix's
   * order, from rowCell(r0)): false, and nothing taken, when they do not fit. Without `misses`,
   * the rows' misses are left as they are: for a search that took those rows' bead costs from
   * elsewhere too (a later matrix lending these values works out its own).
   */
  adoptRows(r0: number, values: PairValues, misses = true): boolean {
    const start = r0 < this.src.length ? this.rowCell(r0) : this.zh.length;
    const count = this.zh.length - start;
    if ([values.zh, values.en, values.zhStrong, values.enStrong].some((a) => a.length !== count))
      return false;
    this.zh.set(values.zh, start);
    this.en.set(values.en, start);
    this.zhStrong.set(values.zhStrong, start);
    this.enStrong.set(values.enStrong, start);
    if (misses) this.missRows(r0, this.src.length);
    this.pending = undefined;
    return true;
  }

  /** The values of rows r0 .. n - 1 (what adoptRows takes). */
  rowValues(r0: number): PairValues {
    const start = r0 < this.src.length ? this.rowCell(r0) : this.zh.length;
    // The arrays themselves when they hold just these rows (a helper's matrix): no copy.
    const take = (a: Float32Array) => (start === 0 ? a : a.slice(start));
    return {
      zh: take(this.zh),
      en: take(this.en),
      zhStrong: take(this.zhStrong),
      enStrong: take(this.enStrong),
    };
  }

  private missRows(r0: number, r1: number): void {
    if (this.missZh.length !== this.zh.length) return;
    const { from, to } = this;
    for (let x = r0; x < r1; x++) {
      const t = this.srcTotal[x];
      const g = this.srcStrongTotal[x];
      for (let y = from[x], k = this.base[x] + y; y <= to[x]; y++, k++) {
        const tt = this.tgtTotal[y];
        const tg = this.tgtStrongTotal[y];
        this.missZh[k] = t > 0 ? 1 - Math.min(1, this.zh[k] / t) : 1;
        this.missZhStrong[k] = g > 0 ? 1 - Math.min(1, this.zhStrong[k] / g) : 1;
        this.missEn[k] = tt > 0 ? 1 - Math.min(1, this.en[k] / tt) : 1;
        this.missEnStrong[k] = tg > 0 ? 1 - Math.min(1, this.enStrong[k] / tg) : 1;
      }
    }
  }

  private matchRow(matcher: UnitMatcher | WindowMatcher, x: number, y0: number, y1: number): void {
    if (matcher instanceof WindowMatcher) {
      // The targets' index moves on with the rows: one look-up per source key for the run.
      matcher.row(this.src[x], this.tgt, y0, y1);
      const base = this.base[x] + y0;
      for (let k = 0; k <= y1 - y0; k++) {
        this.zh[base + k] = matcher.matchedSource[k];
        this.en[base + k] = matcher.matchedTarget[k];
        this.zhStrong[base + k] = matcher.strongSource[k];
        this.enStrong[base + k] = matcher.strongTarget[k];
      }
      return;
    }
    matcher.index(this.src[x]);
    const base = this.base[x];
    for (let y = y0; y <= y1; y++) {
      matcher.match(this.tgt[y]);
      this.zh[base + y] = matcher.matchedSource;
      this.en[base + y] = matcher.matchedTarget;
      this.zhStrong[base + y] = matcher.strongSource;
      this.enStrong[base + y] = matcher.strongTarget;
    }
  }

  private at(x: number, y: number): number {
    return y < this.from[x] || y > this.to[x] ? -1 : this.base[x] + y;
  }

  /** Matched source weight of segment x against target y (0 outside the band). */
  source(x: number, y: number): number {
    const k = this.at(x, y);
    return k < 0 ? 0 : this.zh[k];
  }

  target(x: number, y: number): number {
    const k = this.at(x, y);
    return k < 0 ? 0 : this.en[k];
  }

  /** The same for strong units (numbers, Latin tokens). */
  sourceStrong(x: number, y: number): number {
    const k = this.at(x, y);
    return k < 0 ? 0 : this.zhStrong[k];
  }

  targetStrong(x: number, y: number): number {
    const k = this.at(x, y);
    return k < 0 ? 0 : this.enStrong[k];
  }
}

/** Matched weights of some cells of a PairMatrix (see adoptRows). */
export interface PairValues {
  readonly zh: Float32Array;
  readonly en: Float32Array;
  readonly zhStrong: Float32Array;
  readonly enStrong: Float32Array;
}

/** Per row x, the pairs (x, y) of a PairMatrix's band an EdgeShares fills: from[x] <= y <= to[x]. */
export interface EdgeRows {
  readonly headFrom: Int32Array;
  readonly headTo: Int32Array;
  readonly tailFrom: Int32Array;
  readonly tailTo: Int32Array;
}

/**
 * For the boundary feature: the matched share of the first sentences of segments x and y,
 * and of their last sentences, for the pairs of a PairMatrix's band (or, with `rows`, only for
 * the pairs the search reads: a bead's first sentences where it starts, its last ones where it
 * ends; the others are left 0). A one-sentence segment is its own first and last sentence; when
 * both are, the share comes from the whole segments' matches.
 */
export class EdgeShares {
  readonly head: Float64Array;
  readonly tail: Float64Array;
  /** The matrix whose band these shares cover. */
  readonly main: PairMatrix;
  /** The pairs filled. */
  readonly rows: EdgeRows;
  /** What the rows still to fill read. */
  private pending?: {
    readonly heads: EdgeSides;
    readonly tails: EdgeSides;
    readonly previous?: EdgeShares;
    /** Per side (first sentences, last ones), a matcher for its targets. */
    readonly matchers: readonly [WindowMatcher, WindowMatcher];
  };

  /** Only rows 0 .. `upTo` - 1 are filled here; see PairMatrix for the others. */
  constructor(
    main: PairMatrix,
    heads: EdgeSides,
    tails: EdgeSides,
    vocabSize: number,
    previous?: EdgeShares,
    rows: EdgeRows = {
      headFrom: main.from,
      headTo: main.to,
      tailFrom: main.from,
      tailTo: main.to,
    },
    upTo: number = main.src.length,
  ) {
    this.main = main;
    this.rows = rows;
    const cells = main.zh.length;
    this.head = new Float64Array(cells);
    this.tail = new Float64Array(cells);
    this.pending = {
      heads,
      tails,
      previous,
      matchers: [new WindowMatcher(vocabSize), new WindowMatcher(vocabSize)],
    };
    this.fillRows(0, upTo);
  }

  /** Computes rows r0 .. r1 - 1 (the main matrix's values of these rows must be in). */
  fillRows(r0: number, r1: number): void {
    const pending = this.pending;
    if (!pending) return;
    const { heads, tails, previous, matchers } = pending;
    const { main, rows } = this;
    const prev = previous?.main;
    const was = previous?.rows;
    for (const [side, out, old, from, to, oldFrom, oldTo, matcher] of [
      [
        heads,
        this.head,
        previous?.head,
        rows.headFrom,
        rows.headTo,
        was?.headFrom,
        was?.headTo,
        matchers[0],
      ],
      [
        tails,
        this.tail,
        previous?.tail,
        rows.tailFrom,
        rows.tailTo,
        was?.tailFrom,
        was?.tailTo,
        matchers[1],
      ],
    ] as const) {
      for (let x = r0; x < r1; x++) {
        const a = side.src[x];
        let matched = false;
        // Within the matrix's band: the rows given may be wider at the ends.
        const y0 = Math.max(from[x], main.from[x]);
        const y1 = Math.min(to[x], main.to[x]);
        for (let y = y0; y <= y1; y++) {
          const k = main.base[x] + y;
          if (
            prev &&
            old &&
            y >= oldFrom![x] &&
            y <= oldTo![x] &&
            y >= prev.from[x] &&
            y <= prev.to[x]
          ) {
            out[k] = old[prev.base[x] + y];
            continue;
          }
          const b = side.tgt[y];
          const total = a.total + a.strongTotal + b.total + b.strongTotal;
          if (total === 0) continue;
          let ms: number, mt: number, gs: number, gt: number;
          if (a === main.src[x] && b === main.tgt[y]) {
            ms = main.zh[k];
            mt = main.en[k];
            gs = main.zhStrong[k];
            gt = main.enStrong[k];
          } else {
            // The row's whole run at once, when a first pair needs it.
            if (!matched) {
              matcher.row(a, side.tgt, y0, y1);
              matched = true;
            }
            // Rounded as a PairMatrix stores them, so the share is the same either way.
            ms = Math.fround(matcher.matchedSource[y - y0]);
            mt = Math.fround(matcher.matchedTarget[y - y0]);
            gs = Math.fround(matcher.strongSource[y - y0]);
            gt = Math.fround(matcher.strongTarget[y - y0]);
          }
          const ma = Math.min(ms + gs, a.total + a.strongTotal);
          const mb = Math.min(mt + gt, b.total + b.strongTotal);
          out[k] = (ma + mb) / total;
        }
      }
    }
    if (r1 >= main.src.length) this.pending = undefined;
  }

  /**
   * Rows r0 .. n - 1 from shares computed elsewhere (from the main matrix's rowCell(r0)): false,
   * and nothing taken, when they do not fit.
   */
  adoptRows(r0: number, head: Float64Array, tail: Float64Array): boolean {
    const main = this.main;
    const start = r0 < main.src.length ? main.rowCell(r0) : main.zh.length;
    const count = this.head.length - start;
    if (head.length !== count || tail.length !== count) return false;
    this.head.set(head, start);
    this.tail.set(tail, start);
    this.pending = undefined;
    return true;
  }

  /** The shares of rows r0 .. n - 1 (what adoptRows takes). */
  rowShares(r0: number): { head: Float64Array; tail: Float64Array } {
    const main = this.main;
    const start = r0 < main.src.length ? main.rowCell(r0) : main.zh.length;
    if (start === 0) return { head: this.head, tail: this.tail };
    return { head: this.head.slice(start), tail: this.tail.slice(start) };
  }
}

/** First (or last) sentences' units of both sides. */
export interface EdgeSides {
  readonly src: readonly SegmentUnits[];
  readonly tgt: readonly SegmentUnits[];
}

/** An inverted index of one source segment's keys, matched against target segments. */
export class UnitMatcher {
  private readonly headStamp: Int32Array;
  private readonly head: Int32Array;
  private entryUnit = new Int32Array(64);
  private entryNext = new Int32Array(64);
  private unitStamp = new Int32Array(64);
  private stamp = 0;
  private matchStamp = 0;
  private units: SegmentUnits | undefined;
  /** Matched weight of ordinary units on each side, and of strong units. */
  matchedSource = 0;
  matchedTarget = 0;
  strongSource = 0;
  strongTarget = 0;

  /** Keys 0 .. vocabSize - 1 can be indexed. */
  constructor(readonly vocabSize: number) {
    this.headStamp = new Int32Array(vocabSize);
    this.head = new Int32Array(vocabSize);
  }

  index(units: SegmentUnits): void {
    this.stamp++;
    this.units = units;
    const { store, first, count: n } = units;
    const { keyStart, keys } = store;
    const count = keyStart[first + n] - keyStart[first];
    if (this.entryUnit.length < count) {
      this.entryUnit = new Int32Array(count * 2);
      this.entryNext = new Int32Array(count * 2);
    }
    if (this.unitStamp.length < n) this.unitStamp = new Int32Array(n * 2);
    this.unitStamp.fill(0);
    this.matchStamp = 0;
    let e = 0;
    for (let u = 0; u < n; u++) {
      for (let k = keyStart[first + u]; k < keyStart[first + u + 1]; k++) {
        const key = keys[k];
        this.entryUnit[e] = u;
        this.entryNext[e] = this.headStamp[key] === this.stamp ? this.head[key] : -1;
        this.headStamp[key] = this.stamp;
        this.head[key] = e;
        e++;
      }
    }
  }

  match(target: SegmentUnits): void {
    const src = this.units;
    this.matchedSource = 0;
    this.matchedTarget = 0;
    this.strongSource = 0;
    this.strongTarget = 0;
    if (!src) return;
    const mark = ++this.matchStamp;
    const { keyStart, keys, strong, weights } = target.store;
    const srcStrong = src.store.strong;
    const srcWeights = src.store.weights;
    const sf = src.first;
    for (let g = target.first; g < target.first + target.count; g++) {
      let hit = false;
      for (let k = keyStart[g]; k < keyStart[g + 1]; k++) {
        const key = keys[k];
        if (this.headStamp[key] !== this.stamp) continue;
        hit = true;
        for (let e = this.head[key]; e >= 0; e = this.entryNext[e]) {
          const su = this.entryUnit[e];
          if (this.unitStamp[su] !== mark) {
            this.unitStamp[su] = mark;
            if (srcStrong[sf + su]) this.strongSource += srcWeights[sf + su];
            else this.matchedSource += srcWeights[sf + su];
          }
        }
      }
      if (hit) {
        if (strong[g]) this.strongTarget += weights[g];
        else this.matchedTarget += weights[g];
      }
    }
  }
}

/** Growable Int32Array: the same values, at least `size` long. */
function grown(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (a.length >= size) return a;
  const out = new Int32Array(Math.max(size, a.length * 2));
  out.set(a);
  return out;
}

/**
 * Matches source segments against runs of consecutive target segments (a band's rows) with an
 * inverted index of the targets' keys, built as the runs move on (each target indexed once), so
 * that a row costs one look-up per source key instead of a scan of every target's keys per pair.
 * Gives what UnitMatcher gives pair by pair: each sum holds the same weights (in another order,
 * which does not change it: the weights are float32 values of similar size, so their sums in
 * doubles are exact).
 */
export class WindowMatcher {
  /** A key's list: its first entry, and the last target indexed that holds the key (-1: none). */
  private readonly head: Int32Array;
  private readonly headTarget: Int32Array;
  /**
   * Postings, four numbers each: entry e is unit post[4e + 1] of target post[4e], then the key's
   * next entry and that one's target (-1: none), so that a list is left without reading the
   * first entry of an older target (far back in memory); a key's list runs newest first.
   */
  private post = new Int32Array(4096);
  private entries = 0;
  /** Per indexed target unit: its weight, whether strong, and a mark for the row. */
  private unitWeight = new Float64Array(256);
  private unitStrong = new Uint8Array(256);
  private unitMark = new Int32Array(256);
  private units = 0;
  /** Targets indexed: from .. to (to < from: none). */
  private from = 0;
  private to = -1;
  private targets: readonly SegmentUnits[] | undefined;
  /** Per (source unit, target) of a row: a mark. */
  private pairMark = new Int32Array(256);
  private mark = 0;
  /** A row's sums per target. */
  matchedSource = new Float64Array(16);
  matchedTarget = new Float64Array(16);
  strongSource = new Float64Array(16);
  strongTarget = new Float64Array(16);

  /** Keys 0 .. vocabSize - 1 can be indexed. */
  constructor(readonly vocabSize: number) {
    this.head = new Int32Array(vocabSize);
    this.headTarget = new Int32Array(vocabSize).fill(-1);
  }

  private restart(targets: readonly SegmentUnits[], from: number): void {
    if (this.to >= this.from) this.headTarget.fill(-1);
    this.targets = targets;
    this.entries = 0;
    this.units = 0;
    this.from = from;
    this.to = from - 1;
  }

  private add(y: number): void {
    const t = this.targets![y];
    const { keyStart, keys, weights, strong } = t.store;
    const keyCount = keyStart[t.first + t.count] - keyStart[t.first];
    if (4 * (this.entries + keyCount) > this.post.length)
      this.post = grown(this.post, 4 * (this.entries + keyCount));
    if (this.units + t.count > this.unitMark.length) {
      const size = Math.max(this.units + t.count, this.unitMark.length * 2);
      const w = new Float64Array(size);
      w.set(this.unitWeight);
      this.unitWeight = w;
      const s = new Uint8Array(size);
      s.set(this.unitStrong);
      this.unitStrong = s;
      this.unitMark = grown(this.unitMark, size);
    }
    const { head, headTarget, post } = this;
    let e = this.entries;
    for (let g = t.first, end = t.first + t.count; g < end; g++) {
      const u = this.units++;
      this.unitWeight[u] = weights[g];
      this.unitStrong[u] = strong[g];
      this.unitMark[u] = 0;
      for (let k = keyStart[g]; k < keyStart[g + 1]; k++) {
        const key = keys[k];
        const last = headTarget[key];
        post[4 * e] = y;
        post[4 * e + 1] = u;
        post[4 * e + 2] = last >= 0 ? head[key] : -1;
        post[4 * e + 3] = last;
        head[key] = e;
        headTarget[key] = y;
        e++;
      }
    }
    this.entries = e;
  }

  /**
   * Matches `source` against targets[y0 .. y1]: the sums for target y at index y - y0 of
   * matchedSource (the source's ordinary weight matched by y), matchedTarget (y's ordinary weight
   * matched by the source), strongSource and strongTarget. Rows that move forward cost least.
   */
  row(source: SegmentUnits, targets: readonly SegmentUnits[], y0: number, y1: number): void {
    const width = y1 - y0 + 1;
    if (width <= 0) return;
    // A new list of targets, a row that starts before the index, or an index far behind: anew.
    if (targets !== this.targets || y0 < this.from || y0 - this.from > 4096 + width)
      this.restart(targets, y0);
    while (this.to < y1) this.add(++this.to);
    if (this.matchedSource.length < width) {
      const size = width * 2;
      this.matchedSource = new Float64Array(size);
      this.matchedTarget = new Float64Array(size);
      this.strongSource = new Float64Array(size);
      this.strongTarget = new Float64Array(size);
    }
    const ms = this.matchedSource;
    const mt = this.matchedTarget;
    const gs = this.strongSource;
    const gt = this.strongTarget;
    ms.fill(0, 0, width);
    mt.fill(0, 0, width);
    gs.fill(0, 0, width);
    gt.fill(0, 0, width);
    const count = source.count;
    if (count * width > this.pairMark.length) this.pairMark = new Int32Array(count * width * 2);
    if (this.mark >= 0x3fffffff) {
      this.mark = 0;
      this.pairMark.fill(0);
      this.unitMark.fill(0);
    }
    const mark = ++this.mark;
    const { head, headTarget, post, unitMark, unitWeight, unitStrong } = this;
    const pairMark = this.pairMark;
    const { keyStart, keys, weights, strong } = source.store;
    for (let u = 0; u < count; u++) {
      const su = source.first + u;
      const w = weights[su];
      const isStrong = strong[su] !== 0;
      const marks = u * width - y0;
      for (let k = keyStart[su], end = keyStart[su + 1]; k < end; k++) {
        const key = keys[k];
        // Most keys are in none of these targets: told by the key's last target alone.
        let y = headTarget[key];
        if (y < y0) continue;
        for (let e = head[key]; ;) {
          const at = 4 * e;
          // Targets past y1 (indexed for an earlier, longer row) are passed over.
          if (y <= y1) {
            if (pairMark[marks + y] !== mark) {
              pairMark[marks + y] = mark;
              if (isStrong) gs[y - y0] += w;
              else ms[y - y0] += w;
            }
            const g = post[at + 1];
            if (unitMark[g] !== mark) {
              unitMark[g] = mark;
              if (unitStrong[g]) gt[y - y0] += unitWeight[g];
              else mt[y - y0] += unitWeight[g];
            }
          }
          y = post[at + 3];
          if (y < y0) break;
          e = post[at + 2];
        }
      }
    }
  }
}
