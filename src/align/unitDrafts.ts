/**
 * Building a segment's units without an object per unit: drafts go into reusable typed
 * scratch arrays, and the packed result is cut from large shared blocks (an arena), so a
 * document of 20,000 paragraphs allocates a few hundred buffers, not a million.
 */
import type { SegmentUnits } from './features';

const FIRST_BLOCK = 4096;
const MAX_BLOCK = 1 << 18;

/** Typed arrays cut from shared blocks; each block lives as long as any array cut from it. */
export class Arena {
  private i32 = new Int32Array(0);
  private i32Used = 0;
  private f32 = new Float32Array(0);
  private f32Used = 0;
  private u8 = new Uint8Array(0);
  private u8Used = 0;
  private block = FIRST_BLOCK;

  private nextSize(n: number): number {
    const size = Math.max(this.block, n);
    this.block = Math.min(MAX_BLOCK, this.block * 2);
    return size;
  }

  int32(n: number): Int32Array {
    if (this.i32Used + n > this.i32.length) {
      this.i32 = new Int32Array(this.nextSize(n));
      this.i32Used = 0;
    }
    const out = this.i32.subarray(this.i32Used, this.i32Used + n);
    this.i32Used += n;
    return out;
  }

  float32(n: number): Float32Array {
    if (this.f32Used + n > this.f32.length) {
      this.f32 = new Float32Array(this.nextSize(n));
      this.f32Used = 0;
    }
    const out = this.f32.subarray(this.f32Used, this.f32Used + n);
    this.f32Used += n;
    return out;
  }

  uint8(n: number): Uint8Array {
    if (this.u8Used + n > this.u8.length) {
      this.u8 = new Uint8Array(this.nextSize(n));
      this.u8Used = 0;
    }
    const out = this.u8.subarray(this.u8Used, this.u8Used + n);
    this.u8Used += n;
    return out;
  }
}

/** `a`, or a copy at least `need` long (at least twice as long). */
export function grownInt32(a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/**
 * The units of one segment while they are being collected. A unit has keys (a slice of a
 * list shared by every unit with the same word), a weight, a strong flag and a word id, and
 * may gain extra keys later (pinyin of a name split into single characters).
 */
export class UnitDrafts {
  count = 0;
  private keySource: Int32Array[] = [];
  private weight = new Float64Array(64);
  private strong = new Uint8Array(64);
  private word = new Int32Array(64);
  /** Extra keys: a chain per unit (extraHead[u], then extraNext). */
  private extraHead = new Int32Array(64);
  private extraNext = new Int32Array(64);
  private extraKey = new Int32Array(64);
  private extraCount = new Int32Array(64);
  private extras = 0;

  reset(): void {
    this.count = 0;
    this.extras = 0;
  }

  /** Adds a unit; returns its index. `keys` is kept, not copied: it must not change. */
  add(keys: Int32Array, weight: number, strong: boolean, word: number): number {
    const u = this.count++;
    if (u >= this.weight.length) {
      const n = this.weight.length * 2;
      const w = new Float64Array(n);
      w.set(this.weight);
      this.weight = w;
      const s = new Uint8Array(n);
      s.set(this.strong);
      this.strong = s;
      this.word = grownInt32(this.word, n);
      this.extraHead = grownInt32(this.extraHead, n);
      this.extraCount = grownInt32(this.extraCount, n);
    }
    this.extraHead[u] = -1;
    this.extraCount[u] = 0;
    this.keySource[u] = keys;
    this.weight[u] = weight;
    this.strong[u] = strong ? 1 : 0;
    this.word[u] = word;
    return u;
  }

  /** Gives unit u one more key, unless it has it already (matching counts a unit once). */
  addKey(u: number, key: number): void {
    const own = this.keySource[u];
    for (let k = 0; k < own.length; k++) if (own[k] === key) return;
    for (let e = this.extraHead[u]; e >= 0; e = this.extraNext[e])
      if (this.extraKey[e] === key) return;
    const e = this.extras++;
    if (e >= this.extraKey.length) {
      this.extraNext = grownInt32(this.extraNext, e + 1);
      this.extraKey = grownInt32(this.extraKey, e + 1);
    }
    this.extraKey[e] = key;
    this.extraNext[e] = this.extraHead[u];
    this.extraHead[u] = e;
    this.extraCount[u]++;
  }

  /** The packed units (units without keys or weight dropped), in the order they were added. */
  pack(arena: Arena, length: number): SegmentUnits {
    const n = this.count;
    const extraCount = this.extraCount;
    let live = 0;
    let keyTotal = 0;
    for (let u = 0; u < n; u++) {
      const k = this.keySource[u].length + extraCount[u];
      if (k > 0 && this.weight[u] > 0) {
        live++;
        keyTotal += k;
      }
    }
    const keys = arena.int32(keyTotal);
    const offsets = arena.int32(live + 1);
    const weights = arena.float32(live);
    const strong = arena.uint8(live);
    const words = arena.int32(live);
    let total = 0;
    let strongTotal = 0;
    let v = 0;
    let p = 0;
    offsets[0] = 0;
    for (let u = 0; u < n; u++) {
      const own = this.keySource[u];
      if (own.length + extraCount[u] === 0 || !(this.weight[u] > 0)) continue;
      for (let k = 0; k < own.length; k++) keys[p++] = own[k];
      for (let e = this.extraHead[u]; e >= 0; e = this.extraNext[e]) keys[p++] = this.extraKey[e];
      offsets[v + 1] = p;
      weights[v] = this.weight[u];
      words[v] = this.word[u];
      if (this.strong[u]) {
        strong[v] = 1;
        strongTotal += this.weight[u];
      } else {
        strong[v] = 0;
        total += this.weight[u];
      }
      v++;
    }
    return { keys, offsets, weights, strong, total, strongTotal, length, words };
  }
}

export function grownUint8(a: Uint8Array<ArrayBuffer>, need: number): Uint8Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Uint8Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}
