/**
 * The aligner's lexical evidence: each segment becomes a list of units (words, numbers, Latin
 * tokens, punctuation) with integer keys; lexicon.ts reads segments into units.
 */
import { CompiledDictionary } from './compiledDictionary';
import type { Dictionary } from './dictionary';
import { MAX_MATCH, type Lexicon } from './lexicon';

export { DEFAULT_UNIT_WEIGHTS, Lexicon, Vocabulary, type UnitWeights } from './lexicon';
export { contentLength } from './textScan';

/**
 * Lexical evidence of a segment as "units": a unit is matched when one of its keys occurs
 * among the keys of the other side. Keys are interned to integers in a shared Vocabulary.
 */
export interface SegmentUnits {
  /** Keys of unit u are keys[offsets[u] .. offsets[u + 1]). */
  readonly keys: Int32Array;
  readonly offsets: Int32Array;
  readonly weights: Float32Array;
  /** 1 for units that are strong evidence on their own (numbers, Latin tokens). */
  readonly strong: Uint8Array;
  /** Sum of the weights of ordinary units. */
  readonly total: number;
  /** Sum of the weights of strong units. */
  readonly strongTotal: number;
  /** Characters that carry length (letters, digits, Han). */
  readonly length: number;
  /** Per unit, the id of its word (Chinese word or English stem), -1 for other units. */
  readonly words: Int32Array;
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

/**
 * Adds learned keys to the units of some words: `extra` maps a word id to English stem ids.
 * Returns the same object when nothing is added.
 */
export function withExtraKeys(
  units: SegmentUnits,
  extra: ReadonlyMap<number, readonly number[]>,
): SegmentUnits {
  let changed = false;
  for (let u = 0; u < units.words.length && !changed; u++) changed = extra.has(units.words[u]);
  if (!changed) return units;
  const keyList: number[] = [];
  const offsets = new Int32Array(units.offsets.length);
  for (let u = 0; u < units.words.length; u++) {
    for (let k = units.offsets[u]; k < units.offsets[u + 1]; k++) keyList.push(units.keys[k]);
    for (const e of extra.get(units.words[u]) ?? []) keyList.push(e);
    offsets[u + 1] = keyList.length;
  }
  return { ...units, keys: Int32Array.from(keyList), offsets };
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
