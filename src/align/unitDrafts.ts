/**
 * Building a segment's units without an object per unit: drafts go into reusable typed
 * scratch arrays, and the packed units go into large shared blocks (UnitStore), so a document
 * of 20,000 paragraphs holds a few dozen arrays, not a million small ones (a small typed array
 * costs 1-3 us to make and some 100 bytes of heap the garbage collector keeps copying).
 */
import type { SegmentUnits, UnitStore } from './features';

const FIRST_UNITS = 1024;
const MAX_UNITS = 1 << 17;

/**
 * Where a store's arrays live: an ArrayBuffer by default; a caller that shares the units with
 * another thread passes one that makes SharedArrayBuffers (the align layer never does so itself).
 */
export type BufferMaker = (byteLength: number) => ArrayBufferLike;

const plainBuffer: BufferMaker = (byteLength) => new ArrayBuffer(byteLength);

function newStore(units: number, keys: number, buffer: BufferMaker): UnitStore {
  return {
    keyStart: new Int32Array(buffer(4 * (units + 1))),
    keys: new Int32Array(buffer(4 * keys)),
    weights: new Float32Array(buffer(4 * units)),
    strong: new Uint8Array(buffer(units)),
    words: new Int32Array(buffer(4 * units)),
  };
}

/** Hands out room for units in shared stores, a new (larger) store when the current one is full. */
export class Arena {
  private store: UnitStore;
  private units = 0;
  private size = FIRST_UNITS;

  constructor(private readonly buffer: BufferMaker = plainBuffer) {
    this.store = newStore(0, 0, buffer);
  }

  /**
   * Room for `units` units with `keys` keys in all: the store, and the index of the first unit
   * (whose keys start at store.keyStart[first], already set).
   */
  reserve(units: number, keys: number): { store: UnitStore; first: number } {
    const s = this.store;
    if (this.units + units > s.weights.length || s.keyStart[this.units] + keys > s.keys.length) {
      const n = Math.max(this.size, units);
      this.size = Math.min(MAX_UNITS, this.size * 2);
      this.store = newStore(n, Math.max(n * 8, keys), this.buffer);
      this.units = 0;
    }
    const first = this.units;
    this.units += units;
    return { store: this.store, first };
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
  /**
   * Unit u's own keys: the list it was given (held, not copied: it is the word's list,
   * which never changes).
   */
  private own: Int32Array[] = [];
  private weight: Float64Array<ArrayBuffer>;
  private strong: Uint8Array<ArrayBuffer>;
  private word: Int32Array<ArrayBuffer>;
  /** Extra keys: a chain per unit (extraHead[u], then extraNext). */
  private extraHead: Int32Array<ArrayBuffer>;
  private extraNext: Int32Array<ArrayBuffer>;
  private extraKey: Int32Array<ArrayBuffer>;
  private extras = 0;
  /** Units kept when packed (with a key and a weight), and their keys. */
  private live = 0;
  private liveKeys = 0;

  /** `room`: units (and extra keys) before the arrays grow. */
  constructor(room = 64) {
    this.weight = new Float64Array(room);
    this.strong = new Uint8Array(room);
    this.word = new Int32Array(room);
    this.extraHead = new Int32Array(room);
    this.extraNext = new Int32Array(room);
    this.extraKey = new Int32Array(room);
  }

  reset(): void {
    this.count = 0;
    this.extras = 0;
    this.live = 0;
    this.liveKeys = 0;
  }

  /**
   * Adds a unit with the keys `keys` (kept as they are: the caller must not change the list
   * afterwards); returns its index.
   */
  add(keys: Int32Array, weight: number, strong: boolean, word: number): number {
    const u = this.count++;
    if (u >= this.weight.length) {
      const n = this.weight.length * 2;
      const w = new Float64Array(n);
      w.set(this.weight);
      this.weight = w;
      this.strong = grownUint8(this.strong, n);
      this.word = grownInt32(this.word, n);
      this.extraHead = grownInt32(this.extraHead, n);
    }
    const n = keys.length;
    this.own[u] = keys;
    this.extraHead[u] = -1;
    this.weight[u] = weight;
    this.strong[u] = strong ? 1 : 0;
    this.word[u] = word;
    if (n > 0 && weight > 0) {
      this.live++;
      this.liveKeys += n;
    }
    return u;
  }

  /** Gives unit u one more key, unless it has it already (matching counts a unit once). */
  addKey(u: number, key: number): void {
    const own = this.own[u];
    for (let k = 0; k < own.length; k++) if (own[k] === key) return;
    for (let e = this.extraHead[u]; e >= 0; e = this.extraNext[e])
      if (this.extraKey[e] === key) return;
    const e = this.extras++;
    if (e >= this.extraKey.length) {
      this.extraNext = grownInt32(this.extraNext, e + 1);
      this.extraKey = grownInt32(this.extraKey, e + 1);
    }
    if (this.weight[u] > 0) {
      if (own.length === 0 && this.extraHead[u] < 0) this.live++;
      this.liveKeys++;
    }
    this.extraKey[e] = key;
    this.extraNext[e] = this.extraHead[u];
    this.extraHead[u] = e;
  }

  /** The packed units (units without keys or weight dropped), in the order they were added. */
  pack(arena: Arena, length: number): SegmentUnits {
    const n = this.count;
    const live = this.live;
    const { store, first } = arena.reserve(live, this.liveKeys);
    const { keyStart, keys, weights, strong, words } = store;
    let total = 0;
    let strongTotal = 0;
    let v = first;
    let p = keyStart[first];
    for (let u = 0; u < n; u++) {
      const w = this.weight[u];
      const own = this.own[u];
      const head = this.extraHead[u];
      if ((own.length === 0 && head < 0) || !(w > 0)) continue;
      for (let k = 0; k < own.length; k++) keys[p++] = own[k];
      for (let e = head; e >= 0; e = this.extraNext[e]) keys[p++] = this.extraKey[e];
      keyStart[v + 1] = p;
      weights[v] = w;
      words[v] = this.word[u];
      if (this.strong[u]) {
        strong[v] = 1;
        strongTotal += w;
      } else {
        strong[v] = 0;
        total += w;
      }
      v++;
    }
    return segmentUnits(store, first, live, total, strongTotal, length);
  }
}

/**
 * A SegmentUnits object. Every reader of a side makes them here, so that they all have one
 * shape (units made by literals elsewhere slowed the search's property reads: englishSide.ts).
 */
export function segmentUnits(
  store: UnitStore,
  first: number,
  count: number,
  total: number,
  strongTotal: number,
  length: number,
): SegmentUnits {
  return { store, first, count, total, strongTotal, length };
}

export function grownUint8(a: Uint8Array<ArrayBuffer>, need: number): Uint8Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Uint8Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}
