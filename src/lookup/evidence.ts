/**
 * The aligner's lexical evidence inside one row, word by word, for word look-up: which English
 * words of the row a Chinese word's dictionary keywords (or its pinyin) match, and the reverse.
 * It reuses the aligner's own pieces (src/align/features.ts): the same segmentation into
 * dictionary words, the same keys for a Chinese word (chineseUnits: keywords, pinyin, the
 * pinyin of runs of single characters) and for an English word (Lexicon.englishKeys), so what
 * it shows is what the aligner counted. Pure: no DOM, no store.
 */
import { STOP_WORDS } from '../align/english';
import { chineseUnits, segmentChineseWords, type Lexicon } from '../align/features';

/** A word in one segment of the row: code-unit offsets into that segment's text. */
export interface WordSpan {
  /** Position of the segment in the row's list for its side (0 for the first). */
  readonly segment: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface ChineseWord extends WordSpan {
  /** The aligner uses it as evidence (not a grammar word such as 的, and it has keys). */
  readonly evidence: boolean;
  /** Indices into the row's English words that it matches. */
  readonly matches: readonly number[];
}

export interface EnglishWord extends WordSpan {
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

const HAN_RUN = /\p{Script=Han}+/gu;
/** english.ts's word pattern: letters with inner apostrophes ("China's", "don't"). */
const ENGLISH_WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;

interface Draft {
  readonly span: WordSpan;
  readonly keys: ReadonlySet<number>;
}

/** The Chinese words of one segment, with the keys the aligner gave each (none for grammar words). */
function chineseDrafts(text: string, segment: number, lexicon: Lexicon): Draft[] {
  const dict = lexicon.dictionary;
  if (!dict) return [];
  const units = chineseUnits(text, lexicon);
  const keysOfWord = new Map<number, Set<number>>();
  for (let u = 0; u < units.words.length; u++) {
    if (units.words[u] < 0) continue;
    keysOfWord.set(
      units.words[u],
      new Set(units.keys.subarray(units.offsets[u], units.offsets[u + 1])),
    );
  }
  const out: Draft[] = [];
  for (const run of text.matchAll(HAN_RUN)) {
    let at = run.index;
    for (const piece of segmentChineseWords(run[0], dict)) {
      const keys = keysOfWord.get(lexicon.chineseWord(piece)) ?? new Set<number>();
      out.push({ span: { segment, start: at, end: at + piece.length, text: piece }, keys });
      at += piece.length;
    }
  }
  return out;
}

/** The content words of one English segment, as english.ts's englishTokens picks them. */
function englishDrafts(
  text: string,
  segment: number,
  lexicon: Lexicon,
): (Draft & { nameLike: boolean; soundKey: number })[] {
  const out: (Draft & { nameLike: boolean; soundKey: number })[] = [];
  let first = true;
  for (const m of text.matchAll(ENGLISH_WORD)) {
    const raw = m[0].replace(/’/g, "'");
    const lower = raw.toLowerCase();
    const isFirst = first;
    first = false;
    if (STOP_WORDS.has(lower) || lower.length < 2) continue;
    const nameLike = !isFirst && /^[A-Z][a-z]/.test(raw);
    const keys = lexicon.englishKeys(lower, nameLike);
    out.push({
      span: { segment, start: m.index, end: m.index + m[0].length, text: m[0] },
      keys: new Set(keys),
      nameLike,
      // englishKeys puts a name's pinyin key second, after its stem.
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
  lexicon: Lexicon,
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
    zh: zhDrafts.map((z, i) => ({ ...z.span, evidence: z.keys.size > 0, matches: zhMatches[i] })),
    en: enDrafts.map((e, j) => ({
      ...e.span,
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
