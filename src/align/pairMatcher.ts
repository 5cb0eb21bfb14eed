import type { SegmentUnits } from './features';

/**
 * Lexical matches between single segments, for the pairs inside a band:
 * for each pair (x, y), the matched weight on the source side and on the target side.
 * Merged beads add these up (capped at each segment's total), so each pair is computed once.
 */
export class PairMatrix {
  readonly from: Int32Array;
  readonly to: Int32Array;
  private readonly rowStart: Int32Array;
  private readonly zh: Float32Array;
  private readonly en: Float32Array;
  private readonly zhStrong: Float32Array;
  private readonly enStrong: Float32Array;

  constructor(
    src: readonly SegmentUnits[],
    tgt: readonly SegmentUnits[],
    vocabSize: number,
    from: Int32Array,
    to: Int32Array,
  ) {
    const n = src.length;
    this.from = from;
    this.to = to;
    this.rowStart = new Int32Array(n + 1);
    for (let x = 0; x < n; x++)
      this.rowStart[x + 1] = this.rowStart[x] + Math.max(0, to[x] - from[x] + 1);
    this.zh = new Float32Array(this.rowStart[n]);
    this.en = new Float32Array(this.rowStart[n]);
    this.zhStrong = new Float32Array(this.rowStart[n]);
    this.enStrong = new Float32Array(this.rowStart[n]);
    const matcher = new UnitMatcher(vocabSize);
    for (let x = 0; x < n; x++) {
      matcher.index(src[x]);
      const base = this.rowStart[x] - from[x];
      for (let y = from[x]; y <= to[x]; y++) {
        matcher.match(tgt[y]);
        this.zh[base + y] = matcher.matchedSource;
        this.en[base + y] = matcher.matchedTarget;
        this.zhStrong[base + y] = matcher.strongSource;
        this.enStrong[base + y] = matcher.strongTarget;
      }
    }
  }

  /** Matched source weight of segment x against target y (0 outside the band). */
  source(x: number, y: number): number {
    return y < this.from[x] || y > this.to[x] ? 0 : this.zh[this.rowStart[x] - this.from[x] + y];
  }

  target(x: number, y: number): number {
    return y < this.from[x] || y > this.to[x] ? 0 : this.en[this.rowStart[x] - this.from[x] + y];
  }

  /** The same for strong units (numbers, Latin tokens). */
  sourceStrong(x: number, y: number): number {
    return y < this.from[x] || y > this.to[x]
      ? 0
      : this.zhStrong[this.rowStart[x] - this.from[x] + y];
  }

  targetStrong(x: number, y: number): number {
    return y < this.from[x] || y > this.to[x]
      ? 0
      : this.enStrong[this.rowStart[x] - this.from[x] + y];
  }
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

  constructor(vocabSize: number) {
    this.headStamp = new Int32Array(vocabSize);
    this.head = new Int32Array(vocabSize);
  }

  index(units: SegmentUnits): void {
    this.stamp++;
    this.units = units;
    const count = units.keys.length;
    if (this.entryUnit.length < count) {
      this.entryUnit = new Int32Array(count * 2);
      this.entryNext = new Int32Array(count * 2);
    }
    if (this.unitStamp.length < units.weights.length)
      this.unitStamp = new Int32Array(units.weights.length * 2);
    this.unitStamp.fill(0);
    this.matchStamp = 0;
    let e = 0;
    for (let u = 0; u < units.weights.length; u++) {
      for (let k = units.offsets[u]; k < units.offsets[u + 1]; k++) {
        const key = units.keys[k];
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
    for (let u = 0; u < target.weights.length; u++) {
      let hit = false;
      for (let k = target.offsets[u]; k < target.offsets[u + 1]; k++) {
        const key = target.keys[k];
        if (this.headStamp[key] !== this.stamp) continue;
        hit = true;
        for (let e = this.head[key]; e >= 0; e = this.entryNext[e]) {
          const su = this.entryUnit[e];
          if (this.unitStamp[su] !== mark) {
            this.unitStamp[su] = mark;
            if (src.strong[su]) this.strongSource += src.weights[su];
            else this.matchedSource += src.weights[su];
          }
        }
      }
      if (hit) {
        if (target.strong[u]) this.strongTarget += target.weights[u];
        else this.matchedTarget += target.weights[u];
      }
    }
  }
}
