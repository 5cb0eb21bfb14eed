/**
 * Part of the Chinese side's units read elsewhere (the CLI's worker thread, once it has read the
 * English side), then adopted with exactly the key ids and word numbers one pass would give.
 *
 * The segments are cut into chunks. This thread reads chunks from the front, the helper claims
 * chunks from the back (each side claims one chunk at a time, so neither waits for the other).
 * When they meet, this thread goes on through the helper's chunks in order: a chunk whose answer
 * is in is adopted, one that is not (a helper without a free core) is read here. Nothing waits.
 *
 * Why the ids come out the same: a Vocabulary numbers keys in the order they are first asked
 * for, and the Chinese reading of a segment never looks at what the vocabulary holds. The helper
 * reads its chunks with a Lexicon of its own and notes, per chunk, the keys a fresh reading of
 * that chunk alone would ask for, in that order (KeyRecorder in lexicon.ts), and the words in the
 * order the chunk meets them. Interning a chunk's keys in that order, after everything before the
 * chunk, gives every key the id the one pass gave it: keys met before keep theirs, new ones are
 * numbered in the order the pass would have met them. Words likewise (ChineseWords.adopt).
 *
 * Plain data only (typed arrays, numbers, strings), so it can cross a thread boundary; this
 * module knows nothing of threads (the pure align layer runs in browsers too).
 */
import type { Dictionary } from './dictionary';
import type { SegmentFeatures, SegmentUnits, UnitStore } from './features';
import { Lexicon, Vocabulary } from './lexicon';
import { segmentUnits, type BufferMaker } from './unitDrafts';

/** One chunk of Chinese segments read by the helper, and what its Lexicon learnt since its last. */
export interface ChineseChunk {
  /** The chunk's index (segments chunk * size .. on). */
  readonly chunk: number;
  /** Keys new to the helper since its previous chunk, in the order of its ids. */
  readonly newKeys: readonly string[];
  /** Words new to the helper since its previous chunk: code, stop (0 or 1), syllable, each. */
  readonly newWords: Int32Array;
  /** Their keys (helper ids): word w's are newWordKeys[newWordKeyStart[w] .. [w + 1]). */
  readonly newWordKeyStart: Int32Array;
  readonly newWordKeys: Int32Array;
  /** The keys (helper ids) a fresh reading of the chunk asks for, in order. */
  readonly keyOrder: Int32Array;
  /** The words (helper numbers) the chunk meets, in order. */
  readonly wordOrder: Int32Array;
  readonly stores: readonly UnitStore[];
  /**
   * Per segment, its units, first-sentence and last-sentence units, three numbers each: store
   * index (-1: the same units as the whole segment), first unit, unit count.
   */
  readonly refs: Int32Array;
  /** Per segment and the same three: total, strongTotal, length. */
  readonly sums: Float64Array;
}

/**
 * The helper's side of the sharing, as the aligner sees it (the CLI's featureThread.ts makes it):
 * chunks of `size` segments; `claim` takes the next chunk from the front for this thread (false
 * once the helper holds all the rest); `ready(c)` tells whether the helper's chunk c is in
 * (never waits); `receive` gives the helper's chunks that came in since the last call, in the
 * order they were made.
 */
export interface ChineseShare {
  readonly size: number;
  claim(): boolean;
  ready(chunk: number): boolean;
  receive(): ChineseChunk[];
  /** Told of each of the helper's chunks adopted (the others were read here). */
  adopted?(chunk: number): void;
}

/**
 * Starts the helper on the Chinese texts; undefined when there is none. `edges`: also the units
 * of each segment's first and last sentence.
 */
export type ChineseShareReader = (
  texts: readonly string[],
  edges: boolean,
) => ChineseShare | undefined;

/**
 * The helper's work: claims chunks from the back (`claim` gives a chunk index, or -1 when none
 * is left) and reads each with one Lexicon (`dictionary` may be a function: called at the first
 * chunk claimed), noting what a fresh reading would ask for; `post`
 * receives each chunk as it is done.
 */
export function readChineseChunks(
  texts: readonly string[],
  edges: boolean,
  size: number,
  dictionary: Dictionary | (() => Dictionary),
  claim: () => number,
  post: (chunk: ChineseChunk) => void,
  buffer?: BufferMaker,
): number {
  // Nothing is loaded or warmed up (the dictionary, the priming) unless a chunk is claimed: a
  // helper that comes when the main thread has claimed everything costs nothing more.
  let c = claim();
  if (c < 0) return 0;
  const vocab = new Vocabulary();
  const dict = typeof dictionary === 'function' ? dictionary() : dictionary;
  const lexicon = new Lexicon(vocab, dict, undefined, buffer);
  const recorder = lexicon.record();
  const words = lexicon.chineseWords!;
  let sentKeys = 0;
  let sentWords = 0;
  let done = 0;
  for (; c >= 0; c = claim()) {
    recorder.begin();
    const from = c * size;
    const to = Math.min(texts.length, from + size);
    const stores: UnitStore[] = [];
    const storeIndex = new Map<UnitStore, number>();
    const refs = new Int32Array((to - from) * 9);
    const sums = new Float64Array((to - from) * 9);
    const put = (u: SegmentUnits, at: number, same: boolean) => {
      let s = -1;
      if (!same) {
        s = storeIndex.get(u.store) ?? -1;
        if (s < 0) {
          s = stores.length;
          stores.push(u.store);
          storeIndex.set(u.store, s);
        }
      }
      refs[at] = s;
      refs[at + 1] = u.first;
      refs[at + 2] = u.count;
      sums[at] = u.total;
      sums[at + 1] = u.strongTotal;
      sums[at + 2] = u.length;
    };
    for (let k = from; k < to; k++) {
      const f = lexicon.chinese(texts[k], edges);
      const at = 9 * (k - from);
      put(f.units, at, false);
      put(f.head, at + 3, f.head === f.units);
      put(f.tail, at + 6, f.tail === f.units);
    }
    const allKeys = vocab.size > sentKeys ? vocab.keys() : [];
    const newKeys = allKeys.slice(sentKeys);
    sentKeys = vocab.size;
    const count = words.list.length - sentWords;
    const newWords = new Int32Array(3 * count);
    const newWordKeyStart = new Int32Array(count + 1);
    for (let w = 0; w < count; w++) {
      const word = words.list[sentWords + w];
      newWords[3 * w] = words.codes[sentWords + w];
      newWords[3 * w + 1] = word.stop ? 1 : 0;
      newWords[3 * w + 2] = word.syllable;
      newWordKeyStart[w + 1] = newWordKeyStart[w] + word.keys.length;
    }
    const newWordKeys = new Int32Array(newWordKeyStart[count]);
    for (let w = 0; w < count; w++)
      newWordKeys.set(words.list[sentWords + w].keys, newWordKeyStart[w]);
    sentWords = words.list.length;
    post({
      chunk: c,
      newKeys,
      newWords,
      newWordKeyStart,
      newWordKeys,
      keyOrder: Int32Array.from(recorder.keys),
      wordOrder: Int32Array.from(recorder.words),
      stores,
      refs,
      sums,
    });
    done++;
  }
  return done;
}

/**
 * The typed arrays' buffers of a chunk to transfer rather than copy: not the stores' (the
 * helper's Lexicon goes on filling them; shared ones are shared, others copied).
 */
export function chunkTransferables(chunk: ChineseChunk): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const a of [
    chunk.newWords,
    chunk.newWordKeyStart,
    chunk.newWordKeys,
    chunk.keyOrder,
    chunk.wordOrder,
    chunk.refs,
    chunk.sums,
  ])
    if (a.buffer instanceof ArrayBuffer) out.push(a.buffer);
  return out;
}

/**
 * This thread's side: what the helper's chunks say about its keys and words, gathered as they
 * come (in the order they were made), and how each maps into the document's.
 */
class HelperTables {
  private readonly keys: string[] = [];
  /** Per helper word: code, stop, syllable (three each), and its keys. */
  private words: number[] = [];
  private readonly wordKeys: Int32Array[] = [];
  /** Helper key id -> document key id (-1: not yet). */
  private docKey = new Int32Array(1024).fill(-1);
  /** Helper word number -> document word number (-1: not yet). */
  private docWord = new Int32Array(1024).fill(-1);

  take(c: ChineseChunk): void {
    for (const k of c.newKeys) this.keys.push(k);
    const count = c.newWordKeyStart.length - 1;
    for (let w = 0; w < count; w++) {
      this.words.push(c.newWords[3 * w], c.newWords[3 * w + 1], c.newWords[3 * w + 2]);
      this.wordKeys.push(c.newWordKeys.subarray(c.newWordKeyStart[w], c.newWordKeyStart[w + 1]));
    }
  }

  /**
   * The chunk's segments with the document's key ids and word numbers: its keys interned in
   * the order a fresh reading asks for them, its words adopted in the order it meets them. The
   * units are renumbered in place.
   */
  adopt(c: ChineseChunk, lexicon: Lexicon, out: SegmentFeatures[]): void {
    const vocab = lexicon.vocab;
    const zh = lexicon.chineseWords!;
    if (this.keys.length > this.docKey.length) {
      const more = new Int32Array(Math.max(this.keys.length, 2 * this.docKey.length)).fill(-1);
      more.set(this.docKey);
      this.docKey = more;
    }
    const docKey = this.docKey;
    for (let k = 0; k < c.keyOrder.length; k++) {
      const g = c.keyOrder[k];
      if (docKey[g] < 0) docKey[g] = vocab.id(this.keys[g]);
    }
    const words = this.words.length / 3;
    if (words > this.docWord.length) {
      const more = new Int32Array(Math.max(words, 2 * this.docWord.length)).fill(-1);
      more.set(this.docWord);
      this.docWord = more;
    }
    const docWord = this.docWord;
    for (let k = 0; k < c.wordOrder.length; k++) {
      const w = c.wordOrder[k];
      if (docWord[w] >= 0) continue;
      const helperKeys = this.wordKeys[w];
      const keys = new Int32Array(helperKeys.length);
      for (let q = 0; q < keys.length; q++) keys[q] = docKey[helperKeys[q]];
      docWord[w] = zh.adopt(
        this.words[3 * w],
        this.words[3 * w + 1] === 1,
        keys,
        this.words[3 * w + 2],
      );
    }
    // Fresh objects of the shape the Arena makes (a thread's message gives objects of another
    // shape, which made the search's property reads polymorphic).
    const stores: UnitStore[] = c.stores.map((s) => ({
      keyStart: s.keyStart,
      keys: s.keys,
      weights: s.weights,
      strong: s.strong,
      words: s.words,
    }));
    const { refs, sums } = c;
    const unitsAt = (at: number, whole?: SegmentUnits): SegmentUnits => {
      if (refs[at] < 0 && whole) return whole;
      const store = stores[refs[at]];
      const first = refs[at + 1];
      const count = refs[at + 2];
      const { keyStart, keys, words: ids } = store;
      for (let k = keyStart[first]; k < keyStart[first + count]; k++) keys[k] = docKey[keys[k]];
      for (let g = first; g < first + count; g++) if (ids[g] >= 0) ids[g] = docWord[ids[g]];
      return segmentUnits(store, first, count, sums[at], sums[at + 1], sums[at + 2] | 0);
    };
    for (let at = 0; at < refs.length; at += 9) {
      const units = unitsAt(at);
      out.push({ units, head: unitsAt(at + 3, units), tail: unitsAt(at + 6, units) });
    }
  }
}

/**
 * Reads the Chinese side with `share`'s help: the features of every segment, as `lexicon` alone
 * would give them, in order.
 */
export function readChineseShared(
  texts: readonly string[],
  lexicon: Lexicon,
  edges: boolean,
  share: ChineseShare,
): SegmentFeatures[] {
  const out: SegmentFeatures[] = [];
  const size = Math.max(1, share.size);
  const chunks = Math.ceil(texts.length / size);
  const tables = new HelperTables();
  const arrived = new Map<number, ChineseChunk>();
  let mine = true;
  for (let c = 0; c < chunks; c++) {
    if (mine && !share.claim()) mine = false;
    if (!mine && share.ready(c)) {
      for (const got of share.receive()) {
        tables.take(got);
        arrived.set(got.chunk, got);
      }
      const got = arrived.get(c);
      if (got && got.refs.length === 9 * (Math.min(texts.length, (c + 1) * size) - c * size)) {
        tables.adopt(got, lexicon, out);
        share.adopted?.(c);
        continue;
      }
    }
    for (let k = c * size; k < Math.min(texts.length, (c + 1) * size); k++)
      out.push(lexicon.chinese(texts[k], edges));
  }
  return out;
}
