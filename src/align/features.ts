/**
 * The aligner's lexical evidence: each segment becomes a list of units (words, numbers, Latin
 * tokens, punctuation) with integer keys; lexicon.ts reads segments into units.
 */
import { CompiledDictionary } from './compiledDictionary';
import type { Dictionary } from './dictionary';
import { MAX_MATCH, type Lexicon } from './lexicon';
import { Arena, segmentUnits, type BufferMaker } from './unitDrafts';

export { DEFAULT_UNIT_WEIGHTS, Lexicon, Vocabulary, type UnitWeights } from './lexicon';
export { contentLength } from './textScan';

/**
 * Units of many segments, in shared arrays: unit g has keys keys[keyStart[g] .. keyStart[g + 1]),
 * a weight, a strong flag (1 for units that are strong evidence on their own: numbers, Latin
 * tokens) and a word id (Chinese word or English stem, -1 for other units). A unit is matched
 * when one of its keys occurs among the keys of the other side; keys are interned to integers in
 * a shared Vocabulary, and a unit may hold a key twice (matching counts a unit once).
 */
export interface UnitStore {
  readonly keyStart: Int32Array;
  readonly keys: Int32Array;
  readonly weights: Float32Array;
  readonly strong: Uint8Array;
  readonly words: Int32Array;
}

/** Lexical evidence of a segment as "units": `count` units of `store` from index `first`. */
export interface SegmentUnits {
  readonly store: UnitStore;
  readonly first: number;
  readonly count: number;
  /** Sum of the weights of ordinary units. */
  readonly total: number;
  /** Sum of the weights of strong units. */
  readonly strongTotal: number;
  /** Characters that carry length (letters, digits, Han). */
  readonly length: number;
}

/** A segment's units, and those of its first and last sentence (the same object for one sentence). */
export interface SegmentFeatures {
  readonly units: SegmentUnits;
  readonly head: SegmentUnits;
  readonly tail: SegmentUnits;
}

/** Units of a Chinese segment: dictionary words (and pinyin for names), numbers, Latin tokens, punctuation. */
export function chineseUnits(text: string, lexicon: Lexicon): SegmentUnits {
  return lexicon.chinese(text).units;
}

/** Units of an English segment: content-word stems (names also as pinyin), numbers, punctuation. */
export function englishUnits(text: string, lexicon: Lexicon): SegmentUnits {
  return lexicon.english(text).units;
}

/** Per learned map, its lists by word id (undefined: no learned keys), made once. */
const learnedLists = new WeakMap<
  ReadonlyMap<number, readonly number[]>,
  readonly (readonly number[] | undefined)[]
>();

/**
 * Adds learned keys to the units of some words: `extra` maps a word id to English stem ids.
 * Returns the same object when nothing is added; new units go to `arena`.
 */
export function withExtraKeys(
  units: SegmentUnits,
  extra: ReadonlyMap<number, readonly number[]>,
  arena: Arena = new Arena(),
): SegmentUnits {
  const { store, first, count } = units;
  // Most segments have no learned word: a list per word id answers without a map look-up.
  let lists = learnedLists.get(extra);
  if (!lists) {
    const table = new Array<readonly number[] | undefined>(Math.max(0, ...extra.keys()) + 1).fill(
      undefined,
    );
    for (const [w, list] of extra) if (w >= 0) table[w] = list;
    lists = table;
    learnedLists.set(extra, lists);
  }
  let added = 0;
  for (let g = first; g < first + count; g++) {
    const w = store.words[g];
    if (w >= 0 && w < lists.length) added += lists[w]?.length ?? 0;
  }
  if (added === 0) return units;
  const from = store.keyStart[first];
  const room = arena.reserve(count, store.keyStart[first + count] - from + added);
  const out = room.store;
  let p = out.keyStart[room.first];
  for (let u = 0; u < count; u++) {
    const g = first + u;
    const v = room.first + u;
    for (let k = store.keyStart[g]; k < store.keyStart[g + 1]; k++) out.keys[p++] = store.keys[k];
    const w = store.words[g];
    const more = w >= 0 && w < lists.length ? lists[w] : undefined;
    if (more) for (let x = 0; x < more.length; x++) out.keys[p++] = more[x];
    out.keyStart[v + 1] = p;
    out.weights[v] = store.weights[g];
    out.strong[v] = store.strong[g];
    out.words[v] = store.words[g];
  }
  return {
    store: out,
    first: room.first,
    count,
    total: units.total,
    strongTotal: units.strongTotal,
    length: units.length,
  };
}

/**
 * withExtraKeys over many segments at once (a side of a document): the segments that gain keys
 * are copied into one store made for them (`buffer` makes its memory), the others are returned
 * as they are. The same units and keys, in the same order, as withExtraKeys segment by segment;
 * at 20,000 paragraphs (nearly every segment gains a key) it ran ~2x faster than the per-segment
 * copies into an Arena's growing blocks (one count, one allocation, flat lists by word id).
 */
export function withExtraKeysAll(
  segments: readonly SegmentUnits[],
  extra: ReadonlyMap<number, readonly number[]>,
  buffer: BufferMaker = (bytes) => new ArrayBuffer(bytes),
): SegmentUnits[] {
  // The learned keys as flat lists by word id: word w's are keys[start[w] .. start[w + 1]).
  let words = 0;
  let listed = 0;
  for (const [w, list] of extra)
    if (w >= 0) {
      words = Math.max(words, w + 1);
      listed += list.length;
    }
  const start = new Int32Array(words + 1);
  for (const [w, list] of extra) if (w >= 0) start[w + 1] = list.length;
  for (let w = 0; w < words; w++) start[w + 1] += start[w];
  const listKeys = new Int32Array(listed);
  for (const [w, list] of extra)
    if (w >= 0) for (let k = 0; k < list.length; k++) listKeys[start[w] + k] = list[k];
  // What each segment gains, and the room the changed ones need.
  const gain = new Int32Array(segments.length);
  let units = 0;
  let keys = 0;
  for (let s = 0; s < segments.length; s++) {
    const { store, first, count } = segments[s];
    const ids = store.words;
    let added = 0;
    for (let g = first; g < first + count; g++) {
      const w = ids[g];
      if (w >= 0 && w < words) added += start[w + 1] - start[w];
    }
    gain[s] = added;
    if (added === 0) continue;
    units += count;
    keys += store.keyStart[first + count] - store.keyStart[first] + added;
  }
  const out: UnitStore = {
    keyStart: new Int32Array(buffer(4 * (units + 1))),
    keys: new Int32Array(buffer(4 * keys)),
    weights: new Float32Array(buffer(4 * units)),
    strong: new Uint8Array(buffer(units)),
    words: new Int32Array(buffer(4 * units)),
  };
  const result: SegmentUnits[] = new Array<SegmentUnits>(segments.length);
  const { keys: outKeys, keyStart: outStart, weights: outWeights, strong: outStrong } = out;
  const outWords = out.words;
  let v = 0;
  let p = 0;
  for (let s = 0; s < segments.length; s++) {
    const u = segments[s];
    if (gain[s] === 0) {
      result[s] = u;
      continue;
    }
    const { store, first, count } = u;
    const { keyStart: ks, keys: sk, weights, strong, words: ids } = store;
    const firstOut = v;
    for (let g = first; g < first + count; g++, v++) {
      const end = ks[g + 1];
      for (let k = ks[g]; k < end; k++) outKeys[p++] = sk[k];
      const w = ids[g];
      if (w >= 0 && w < words)
        for (let k = start[w]; k < start[w + 1]; k++) outKeys[p++] = listKeys[k];
      outStart[v + 1] = p;
      outWeights[v] = weights[g];
      outStrong[v] = strong[g];
      outWords[v] = w;
    }
    result[s] = segmentUnits(out, firstOut, count, u.total, u.strongTotal, u.length);
  }
  return result;
}

/** Word ids of a segment's ordinary (not strong) units, in order. */
export function unitWords(units: SegmentUnits): number[] {
  const out: number[] = [];
  const { store, first, count } = units;
  for (let g = first; g < first + count; g++)
    if (store.words[g] >= 0 && !store.strong[g]) out.push(store.words[g]);
  return out;
}

const startsCache = new WeakMap<Dictionary, Set<string>>();

/** The first two characters of every longer word: most positions need no longer look-up. */
function wordStarts(dict: Dictionary): Set<string> {
  let set = startsCache.get(dict);
  if (!set) {
    set = new Set();
    for (const w of dict.words.keys()) if (w.length >= 2) set.add(w.slice(0, 2));
    startsCache.set(dict, set);
  }
  return set;
}

/** Forward maximum matching against the dictionary: fast, and good enough for look-ups. */
export function segmentChineseWords(run: string, dict: Dictionary): string[] {
  if (dict instanceof CompiledDictionary) return segmentCompiled(run, dict);
  const starts = wordStarts(dict);
  const out: string[] = [];
  let pos = 0;
  while (pos < run.length) {
    let len = Math.min(MAX_MATCH, run.length - pos);
    if (len > 1 && !starts.has(run.substr(pos, 2))) len = 1;
    while (len > 1 && !dict.words.has(run.substr(pos, len))) len--;
    // Keep surrogate pairs (rare Han characters outside the BMP) whole.
    if (len === 1 && run.charCodeAt(pos) >= 0xd800 && run.charCodeAt(pos) < 0xdc00) len = 2;
    out.push(run.substr(pos, len));
    pos += len;
  }
  return out;
}

/** segmentChineseWords over the compiled dictionary: look-ups by code-unit range, no substrings. */
function segmentCompiled(run: string, dict: CompiledDictionary): string[] {
  const out: string[] = [];
  let pos = 0;
  while (pos < run.length) {
    let len = Math.min(MAX_MATCH, run.length - pos);
    if (len > 1 && !dict.mayStartWord(run.charCodeAt(pos), run.charCodeAt(pos + 1))) len = 1;
    while (len > 1 && dict.findWord(run, pos, pos + len) < 0) len--;
    // Keep surrogate pairs (rare Han characters outside the BMP) whole.
    if (len === 1 && run.charCodeAt(pos) >= 0xd800 && run.charCodeAt(pos) < 0xdc00) len = 2;
    out.push(run.substr(pos, len));
    pos += len;
  }
  return out;
}
