/**
 * Local gap evidence for the omission check: where in the English does a run of Chinese clauses
 * have room for its translation? Words of the Chinese that find their English (dictionary
 * glosses, numbers, Latin tokens, pinyin names) give anchors: a Chinese position and an English
 * position. The longest chain of anchors increasing on both sides (crossing matches dropped) says
 * where each stretch of the Chinese is translated; the English between the anchors just before
 * and just after a run is all the room its translation has. A dropped sentence of a long
 * paragraph barely moves the whole pair's length ratio, but it empties the room of its Chinese.
 * The pair's start and end are anchors too, so a run at either end has a one-sided gap, and a
 * pair with no anchors is judged as a whole.
 */
import { contentLength, englishUnits, type Lexicon, type SegmentUnits } from '../align/features';
import { longestIncreasing } from '../core/longestIncreasing';

/** A chain of anchors: Chinese and English content-character positions, both increasing. */
export interface AnchorChain {
  readonly zh: readonly number[];
  readonly en: readonly number[];
}

/** One English word (or number): its content-character position (middle) and its keys. */
interface EnglishWord {
  readonly at: number;
  readonly keys: Int32Array;
}

const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*|[0-9０-９][0-9０-９,.]*%?/g;

/** Keys of one English word, per lexicon (their ids are the lexicon's vocabulary's). */
const wordKeyCache = new WeakMap<Lexicon, Map<string, Int32Array>>();
const NO_KEYS = new Int32Array(0);

function keysOf(units: SegmentUnits): Int32Array {
  const { store } = units;
  const out: number[] = [];
  for (let g = units.first; g < units.first + units.count; g++) {
    if (store.weights[g] <= 0) continue;
    for (let k = store.keyStart[g]; k < store.keyStart[g + 1]; k++) out.push(store.keys[k]);
  }
  return out.length === 0 ? NO_KEYS : Int32Array.from(out);
}

function wordKeys(word: string, lexicon: Lexicon): Int32Array {
  let cache = wordKeyCache.get(lexicon);
  if (!cache || cache.size > 200_000) {
    cache = new Map();
    wordKeyCache.set(lexicon, cache);
  }
  let keys = cache.get(word);
  if (!keys) {
    // A capitalised word is read as a possible name too (its pinyin), as inside a sentence.
    const c = word.charCodeAt(0);
    keys = keysOf(englishUnits(c >= 0x41 && c <= 0x5a ? `the ${word}` : word, lexicon));
    cache.set(word, keys);
  }
  return keys;
}

function englishWords(en: string, lexicon: Lexicon): EnglishWord[] {
  const out: EnglishWord[] = [];
  let at = 0;
  let last = 0;
  for (const m of en.matchAll(WORD)) {
    at += contentLength(en, last, m.index);
    const length = contentLength(m[0]);
    const keys = wordKeys(m[0], lexicon);
    if (keys.length > 0) out.push({ at: at + length / 2, keys });
    at += length;
    last = m.index + m[0].length;
  }
  return out;
}

/** A Chinese clause as the gap needs it: its units and its content characters. */
export interface GapClause {
  readonly u: SegmentUnits;
  readonly length: number;
}

/**
 * The anchors of a pair: every (Chinese unit, English word) sharing a key, reduced to the
 * longest chain increasing on both sides. A Chinese unit's position is interpolated inside its
 * clause by its rank among the clause's units (units keep no character offsets).
 */
export function anchorChain(
  clauses: readonly GapClause[],
  en: string,
  lexicon: Lexicon,
): AnchorChain {
  const words = englishWords(en, lexicon);
  const where = new Map<number, number[]>();
  words.forEach((w, j) => {
    for (const k of w.keys) {
      const list = where.get(k);
      if (!list) where.set(k, [j]);
      else if (list[list.length - 1] !== j) list.push(j);
    }
  });
  // Candidate anchors in Chinese order; a unit's English words from last to first, so that a
  // strictly increasing chain takes at most one of them.
  const candZh: number[] = [];
  const candEn: number[] = [];
  const hits = new Set<number>();
  let start = 0;
  for (const c of clauses) {
    const { store, first, count } = c.u;
    const ranked: number[] = [];
    for (let g = first; g < first + count; g++) if (store.weights[g] > 0) ranked.push(g);
    ranked.forEach((g, r) => {
      hits.clear();
      for (let k = store.keyStart[g]; k < store.keyStart[g + 1]; k++)
        for (const j of where.get(store.keys[k]) ?? []) hits.add(j);
      if (hits.size === 0) return;
      const z = start + ((r + 0.5) / ranked.length) * c.length;
      for (const j of [...hits].sort((a, b) => b - a)) {
        candZh.push(z);
        candEn.push(j);
      }
    });
    start += c.length;
  }
  // The longest chain strictly increasing on both sides.
  const chain = longestIncreasing(candEn);
  return { zh: chain.map((x) => candZh[x]), en: chain.map((x) => words[candEn[x]].at) };
}

/** The room around runs of clauses: Chinese and English characters between their anchors. */
export interface Gaps {
  /** Chinese content characters between the anchors around clauses i..j (inclusive). */
  zh(i: number, j: number): number;
  /** English content characters between the same anchors. */
  en(i: number, j: number): number;
}

/**
 * The gaps of a pair's runs of clauses: for a run of clauses i..j, the last anchor before the
 * start of clause i and the first anchor at or after the end of clause j (the pair's start and
 * end when there is none).
 */
export function gapAround(
  chain: AnchorChain,
  clauses: readonly { readonly length: number }[],
  zhTotal: number,
  enTotal: number,
): Gaps {
  const n = clauses.length;
  // Per clause boundary b (the start of clause b; b = n is the end): the anchor before it and
  // the anchor at or after it, as positions.
  const beforeZh = new Float64Array(n + 1);
  const beforeEn = new Float64Array(n + 1);
  const afterZh = new Float64Array(n + 1);
  const afterEn = new Float64Array(n + 1);
  let at = 0;
  let x = 0;
  for (let b = 0; b <= n; b++) {
    while (x < chain.zh.length && chain.zh[x] < at) x++;
    beforeZh[b] = x > 0 ? chain.zh[x - 1] : 0;
    beforeEn[b] = x > 0 ? chain.en[x - 1] : 0;
    afterZh[b] = x < chain.zh.length ? chain.zh[x] : zhTotal;
    afterEn[b] = x < chain.zh.length ? chain.en[x] : enTotal;
    if (b < n) at += clauses[b].length;
  }
  return {
    zh: (i, j) => afterZh[j + 1] - beforeZh[i],
    en: (i, j) => afterEn[j + 1] - beforeEn[i],
  };
}
