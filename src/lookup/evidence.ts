/**
 * The aligner's lexical evidence inside one row, word by word, for word look-up: which English
 * words of the row a Chinese word's dictionary keywords (or its pinyin) match, and the reverse.
 * It reuses the aligner's own pieces (src/align): the same segmentation into dictionary words
 * (forward maximum matching on the compiled dictionary, over the same Han runs), the same keys
 * and stop words for a Chinese word (ChineseWords), the same pinyin of runs of single
 * characters, and the same English words and keys (EnglishTokenTable), so what it shows is what
 * the aligner counted (tests/lookup/evidence.test.ts compares the two). Pure: no DOM, no store.
 */
import { ChineseWords, compiledFor } from '../align/chineseWords';
import type { CompiledDictionary } from '../align/compiledDictionary';
import type { Dictionary } from '../align/dictionary';
import { EnglishTokenTable } from '../align/englishTokens';
import { MAX_MATCH, Vocabulary } from '../align/lexicon';
import { hanAt, isAsciiLetter } from '../align/textScan';

/** A word in one segment of the row: code-unit offsets into that segment's text. */
export interface WordSpan {
  /** Position of the segment in the row's list for its side (0 for the first). */
  readonly segment: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A word of the look-up: where it is, and the aligner's keys for it (vocabulary ids). */
export interface LookupWord extends WordSpan {
  readonly keys: ReadonlySet<number>;
}

export interface ChineseWord extends LookupWord {
  /** The aligner uses it as evidence (not a grammar word such as 的, and it has keys). */
  readonly evidence: boolean;
  /** Indices into the row's English words that it matches. */
  readonly matches: readonly number[];
}

export interface EnglishWord extends LookupWord {
  /** Capitalized and not first in its segment: the aligner also matches it as pinyin. */
  readonly nameLike: boolean;
  /** Indices into the row's Chinese words that match it. */
  readonly matches: readonly number[];
  /** Indices (into `matches`) of the Chinese words that match it only by sound (pinyin). */
  readonly bySound: readonly number[];
}

export interface RowEvidence {
  readonly zh: readonly ChineseWord[];
  readonly en: readonly EnglishWord[];
}

/**
 * The aligner's word tables for look-ups: its Chinese words (keys, stop words, readings) and
 * English words (keys) over one vocabulary, each word looked up once for the session.
 */
export class LookupLexicon {
  readonly dict: CompiledDictionary;
  readonly chinese: ChineseWords;
  readonly english: EnglishTokenTable;

  constructor(
    dictionary: Dictionary,
    readonly vocab: Vocabulary = new Vocabulary(),
  ) {
    this.dict = compiledFor(dictionary);
    this.chinese = new ChineseWords(this.dict, vocab);
    this.english = new EnglishTokenTable(vocab);
  }
}

interface Draft {
  readonly span: WordSpan;
  readonly keys: ReadonlySet<number>;
}

/** A Chinese word found by the segmentation: its number in ChineseWords, and whether single. */
interface Piece {
  readonly start: number;
  readonly end: number;
  readonly word: number;
  readonly single: boolean;
  readonly runStart: boolean;
}

/** The Han runs of a text cut into words, as lexicon.ts's segmentRun cuts them. */
function chinesePieces(text: string, lexicon: LookupLexicon): Piece[] {
  const { dict, chinese } = lexicon;
  const out: Piece[] = [];
  const n = text.length;
  let k = 0;
  while (k < n) {
    const h = hanAt(text, k);
    if (h === 0) {
      k++;
      continue;
    }
    let e = k + h;
    while (e < n && hanAt(text, e) > 0) e += hanAt(text, e);
    let pos = k;
    while (pos < e) {
      const c = text.charCodeAt(pos);
      let len = Math.min(MAX_MATCH, e - pos);
      if (len > 1) len = Math.max(1, Math.min(len, dict.longestFrom(c, text.charCodeAt(pos + 1))));
      let w = -1;
      while (len > 1) {
        w = dict.findWord(text, pos, pos + len);
        if (w >= 0) break;
        len--;
      }
      if (len === 1 && c >= 0xd800 && c < 0xdc00) len = 2;
      out.push({
        start: pos,
        end: pos + len,
        word: chinese.wordAt(text, pos, len, w),
        single: len === 1,
        runStart: pos === k,
      });
      pos += len;
    }
    k = e;
  }
  return out;
}

/**
 * The Chinese words of one segment, with the keys the aligner gives each there: its own keys
 * (none for grammar words), and the pinyin of the runs of two or three single characters it
 * starts (or, after a grammar word, continues), as lexicon.ts's chineseRange adds them.
 */
function chineseDrafts(text: string, segment: number, lexicon: LookupLexicon): Draft[] {
  const list = lexicon.chinese.list;
  const pieces = chinesePieces(text, lexicon);
  const keysOf = new Map<number, Set<number>>();
  for (const p of pieces) {
    const info = list[p.word];
    if (!info.stop && !keysOf.has(p.word)) keysOf.set(p.word, new Set(info.keys));
  }
  const owned = (p: Piece) => (list[p.word].stop ? undefined : keysOf.get(p.word));
  for (let t = 0; t + 1 < pieces.length; t++) {
    const a = pieces[t];
    const b = pieces[t + 1];
    if (!a.single || !b.single || b.runStart) continue;
    const owner = owned(a) ?? owned(b);
    if (!owner) continue;
    const two = lexicon.chinese.spelledKey(list[a.word].syllable, list[b.word].syllable);
    if (two >= 0) owner.add(two);
    const c = pieces[t + 2];
    if (c && c.single && !c.runStart) {
      const three = lexicon.chinese.spelledKey(
        list[a.word].syllable,
        list[b.word].syllable,
        list[c.word].syllable,
      );
      if (three >= 0) owner.add(three);
    }
  }
  return pieces.map((p) => ({
    span: { segment, start: p.start, end: p.end, text: text.slice(p.start, p.end) },
    keys: owned(p) ?? new Set<number>(),
  }));
}

/** FNV-1a over the word's code units as EnglishTokenTable folds them (lower case, ’ as '). */
function foldedHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    h = Math.imul(h ^ (c === 0x27 || c === 0x2019 ? 0x27 : c | 0x20), 0x01000193);
  }
  return h >>> 0;
}

/** The content words of one English segment, read as lexicon.ts's readEnglish reads them. */
function englishDrafts(
  text: string,
  segment: number,
  lexicon: LookupLexicon,
): (Draft & { nameLike: boolean; soundKey: number })[] {
  const table = lexicon.english;
  const out: (Draft & { nameLike: boolean; soundKey: number })[] = [];
  const n = text.length;
  let first = true;
  let k = 0;
  while (k < n) {
    if (!isAsciiLetter(text.charCodeAt(k))) {
      k++;
      continue;
    }
    const start = k;
    for (;;) {
      while (k < n && isAsciiLetter(text.charCodeAt(k))) k++;
      const c = text.charCodeAt(k);
      if (k + 1 < n && (c === 0x27 || c === 0x2019) && isAsciiLetter(text.charCodeAt(k + 1))) {
        k++;
        continue;
      }
      break;
    }
    const e = table.entry(text, start, k, foldedHash(text, start, k));
    const isFirst = first;
    first = false;
    if (table.skipped(e)) continue;
    const c0 = text.charCodeAt(start);
    const c1 = start + 1 < k ? text.charCodeAt(start + 1) : 0;
    const nameLike = !isFirst && c0 >= 0x41 && c0 <= 0x5a && c1 >= 0x61 && c1 <= 0x7a;
    const keys = nameLike ? table.nameKeys(e) : table.keys(e);
    out.push({
      span: { segment, start, end: k, text: text.slice(start, k) },
      keys: new Set(keys),
      nameLike,
      // A name's keys are its stem, then its spelling as pinyin.
      soundKey: nameLike ? keys[1] : -1,
    });
  }
  return out;
}

/**
 * The words of a row and the matches between them. `zh` and `en` are the texts of the row's
 * segments on each side, in order.
 */
export function rowEvidence(
  zh: readonly string[],
  en: readonly string[],
  lexicon: LookupLexicon,
): RowEvidence {
  const zhDrafts = zh.flatMap((text, k) => chineseDrafts(text, k, lexicon));
  const enDrafts = en.flatMap((text, k) => englishDrafts(text, k, lexicon));
  const zhMatches: number[][] = zhDrafts.map(() => []);
  const enMatches: number[][] = enDrafts.map(() => []);
  const enBySound: number[][] = enDrafts.map(() => []);
  zhDrafts.forEach((z, i) => {
    if (z.keys.size === 0) return;
    enDrafts.forEach((e, j) => {
      let shared = false;
      let bySoundOnly = true;
      for (const key of e.keys) {
        if (!z.keys.has(key)) continue;
        shared = true;
        if (key !== e.soundKey) bySoundOnly = false;
      }
      if (!shared) return;
      zhMatches[i].push(j);
      if (bySoundOnly) enBySound[j].push(enMatches[j].length);
      enMatches[j].push(i);
    });
  });
  return {
    zh: zhDrafts.map((z, i) => ({
      ...z.span,
      keys: z.keys,
      evidence: z.keys.size > 0,
      matches: zhMatches[i],
    })),
    en: enDrafts.map((e, j) => ({
      ...e.span,
      keys: e.keys,
      nameLike: e.nameLike,
      matches: enMatches[j],
      bySound: enBySound[j],
    })),
  };
}

/** Index of the word covering code unit `offset` of a segment, or -1 (between words). */
export function wordAt(words: readonly WordSpan[], segment: number, offset: number): number {
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (w.segment === segment && offset >= w.start && offset < w.end) return k;
  }
  return -1;
}
