/**
 * The English side's units read apart from the Chinese side (e.g. in another thread by the CLI),
 * then adopted into the document's vocabulary with exactly the key ids a single pass would give.
 *
 * Why the ids come out the same: the aligner reads the Chinese side first, then the English one,
 * and a Vocabulary numbers keys in the order they are first asked for. Reading English alone with
 * a fresh Vocabulary asks for the same keys in the same order (the English reading never looks at
 * what the vocabulary already holds), so re-interning its keys in their local order, after the
 * Chinese side, gives every key the id the single pass gave it: old keys keep theirs, new ones
 * are numbered in the order the English reading met them.
 *
 * Plain data only (typed arrays, numbers, strings), so it can cross a thread boundary; this
 * module knows nothing of threads (the pure align layer runs in browsers too).
 */
import type { SegmentUnits, UnitStore } from './features';
import { Lexicon, Vocabulary } from './lexicon';
import { englishSentenceRangesOfAll } from './sentences';
import { segmentUnits, type BufferMaker } from './unitDrafts';

/** The English side's units (and first/last-sentence units), keyed by a vocabulary of its own. */
export interface EnglishSide {
  /** The side's keys, by local id. */
  readonly keys: readonly string[];
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
 * A function that starts reading the English side elsewhere and returns a function that waits
 * for it (synchronously: the aligner is synchronous) and gives the result, or undefined when that
 * reading failed (the aligner then reads the side itself). The CLI's worker thread is one
 * (src/cli/featureThread.ts); without one the aligner reads both sides in turn.
 */
export type EnglishSideReader = (
  texts: readonly string[],
  edges: boolean,
) => () => EnglishSide | undefined;

/** Reads English segments into units with a vocabulary of their own (what a helper thread runs). */
export function readEnglishSide(
  texts: readonly string[],
  edges: boolean,
  buffer?: BufferMaker,
): EnglishSide {
  const vocab = new Vocabulary();
  const lexicon = new Lexicon(vocab, undefined, undefined, buffer);
  const cuts = edges ? englishSentenceRangesOfAll(texts) : undefined;
  const stores: UnitStore[] = [];
  const storeIndex = new Map<UnitStore, number>();
  const refs = new Int32Array(texts.length * 9);
  const sums = new Float64Array(texts.length * 9);
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
  for (let k = 0; k < texts.length; k++) {
    const f = lexicon.english(texts[k], edges, cuts, k);
    put(f.units, 9 * k, false);
    put(f.head, 9 * k + 3, f.head === f.units);
    put(f.tail, 9 * k + 6, f.tail === f.units);
  }
  return { keys: vocab.keys(), stores, refs, sums };
}

/** The typed arrays' buffers of a side, to transfer rather than copy (shared ones are shared). */
export function transferables(side: EnglishSide): ArrayBuffer[] {
  const out: ArrayBuffer[] = [side.refs.buffer as ArrayBuffer, side.sums.buffer as ArrayBuffer];
  for (const s of side.stores)
    for (const a of [s.keyStart, s.keys, s.weights, s.strong, s.words])
      if (a.buffer instanceof ArrayBuffer) out.push(a.buffer);
  return out;
}

/**
 * The side's units with its keys renumbered into `vocab` (the document's, after the Chinese
 * side was read into it): the stores are renumbered in place.
 */
export function adoptEnglishSide(
  side: EnglishSide,
  vocab: Vocabulary,
): { units: SegmentUnits[]; heads: SegmentUnits[]; tails: SegmentUnits[] } {
  const map = new Int32Array(side.keys.length);
  for (let k = 0; k < side.keys.length; k++) map[k] = vocab.id(side.keys[k]);
  // Only the units the segments use are renumbered (a store's unused end holds zeros).
  const used = new Int32Array(side.stores.length);
  const { refs, sums } = side;
  const n = refs.length / 9;
  for (let r = 0; r < refs.length; r += 3) {
    const s = refs[r];
    if (s >= 0) used[s] = Math.max(used[s], refs[r + 1] + refs[r + 2]);
  }
  // Fresh objects of the shape the Arena makes (a thread's message gives objects of another
  // shape, which made the search's property reads polymorphic: pass 1 ~25% slower).
  const stores: UnitStore[] = side.stores.map((s) => ({
    keyStart: s.keyStart,
    keys: s.keys,
    weights: s.weights,
    strong: s.strong,
    words: s.words,
  }));
  stores.forEach((store, s) => {
    const { keys, keyStart, words } = store;
    const end = keyStart[used[s]];
    for (let k = 0; k < end; k++) keys[k] = map[keys[k]];
    for (let g = 0; g < used[s]; g++) if (words[g] >= 0) words[g] = map[words[g]];
  });
  const unitsAt = (at: number, whole?: SegmentUnits): SegmentUnits =>
    refs[at] < 0 && whole
      ? whole
      : segmentUnits(
          stores[refs[at]],
          refs[at + 1],
          refs[at + 2],
          sums[at],
          sums[at + 1],
          sums[at + 2] | 0, // a count of characters, made a small integer again like pack's
        );
  const units: SegmentUnits[] = [];
  const heads: SegmentUnits[] = [];
  const tails: SegmentUnits[] = [];
  for (let k = 0; k < n; k++) {
    const whole = unitsAt(9 * k);
    units.push(whole);
    heads.push(unitsAt(9 * k + 3, whole));
    tails.push(unitsAt(9 * k + 6, whole));
  }
  return { units, heads, tails };
}
