import { normalizeText } from './normalize';
import { splitParagraphs } from './paragraphs';
import { isAsciiLetter, isSpace } from './textScan';

/** Closing quotes and brackets that stay on the sentence they close. */
const CLOSERS = '”’」』）)》〉】"\'';
const ZH_SENTENCE = new RegExp(`[^。！？!?…]*(?:(?:[。！？!?]+|…{2,}|…)[${CLOSERS}]*|$)`, 'gu');

/** Cuts Chinese text at 。！？ and ……, keeping closing quotes with the sentence they end. */
export function splitChineseSentences(paragraph: string): string[] {
  const out: string[] = [];
  for (const match of paragraph.matchAll(ZH_SENTENCE)) {
    const s = match[0].trim();
    if (s !== '') out.push(s);
  }
  return out;
}

/**
 * Words ending in a full stop that do not end a sentence. Intl.Segmenter splits after
 * "U.S." and "Mr." because it has no abbreviation list; these get merged back.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'gov',
  'sen',
  'rep',
  'rev',
  'hon',
  'pres',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'cf',
  'no',
  'nos',
  'vol',
  'pp',
  'fig',
  'ed',
  'eds',
  'inc',
  'ltd',
  'co',
  'corp',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'u.n',
  'u.s.a',
  'p.m',
  'a.m',
  'ph.d',
  'b.c',
  'a.d',
  'approx',
  'dept',
  'est',
  'univ',
]);

function endsWithAbbreviation(sentence: string): boolean {
  const m = /(?:^|[\s(“"'‘/-])((?:[A-Za-z]\.)+[A-Za-z]?|[A-Za-z]+)\.$/.exec(sentence.trimEnd());
  if (!m) return false;
  const word = m[1].toLowerCase().replace(/\.$/, '');
  // Single capital initials ("James A. Coffey") do not end sentences either.
  return ABBREVIATIONS.has(word) || /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word);
}

const segmenterCache = new Map<string, Intl.Segmenter>();
function sentenceSegmenter(locale: string): Intl.Segmenter {
  let s = segmenterCache.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenterCache.set(locale, s);
  }
  return s;
}

/** Cuts English text into sentences: Intl.Segmenter, then a merge pass for abbreviations. */
export function splitEnglishSentences(paragraph: string): string[] {
  const raw = [...sentenceSegmenter('en').segment(paragraph)]
    .map((s) => s.segment.trim())
    .filter((s) => s !== '');
  const out: string[] = [];
  for (const piece of raw) {
    const prev = out.length > 0 ? out[out.length - 1] : undefined;
    // Merge after an abbreviation, and when the next piece starts in lower case
    // (`He said "Hi!" and left.` is one sentence).
    if (prev !== undefined && (endsWithAbbreviation(prev) || /^[\p{Ll}]/u.test(piece))) {
      out[out.length - 1] = `${prev} ${piece}`;
    } else {
      out.push(piece);
    }
  }
  return out;
}

/** Characters that may stand before an abbreviation (besides white space). */
function isAbbreviationLead(c: number): boolean {
  return (
    isSpace(c) ||
    c === 0x28 ||
    c === 0x201c ||
    c === 0x22 ||
    c === 0x27 ||
    c === 0x2018 ||
    c === 0x2f ||
    c === 0x2d
  );
}

const ABBREVIATION_WORD = /^(?:(?:[A-Za-z]\.)+[A-Za-z]?|[A-Za-z]+)$/;

/**
 * endsWithAbbreviation(text.slice(start, end)) for a trimmed range, without the slice (start
 * may also follow a space that splitEnglishSentences inserted).
 */
function rangeEndsWithAbbreviation(text: string, start: number, end: number): boolean {
  const dot = end - 1;
  if (dot <= start || text.charCodeAt(dot) !== 0x2e) return false;
  let q = dot - 1;
  while (q >= start) {
    const c = text.charCodeAt(q);
    if (!(isAsciiLetter(c) || c === 0x2e)) break;
    q--;
  }
  if (q >= start && !isAbbreviationLead(text.charCodeAt(q))) return false;
  const word = text.slice(q + 1, dot);
  if (!ABBREVIATION_WORD.test(word)) return false;
  const lower = word.toLowerCase().replace(/\.$/, '');
  return ABBREVIATIONS.has(lower) || /^[a-z]$/.test(lower) || /^([a-z]\.)+[a-z]$/.test(lower);
}

const LOWER = /^\p{Ll}/u;

/** Whether the code point at k is a lower-case letter (as /^[\p{Ll}]/u says). */
function lowerAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  return LOWER.test(String.fromCodePoint(text.codePointAt(k) ?? c));
}

// ---- Sentence breaks without Intl.Segmenter, for plain text ---------------------------

/** Sentence_Break classes (Unicode UAX #29) of the characters the scanner knows; 0: unknown. */
const SB_OTHER = 1;
const SB_SP = 2;
const SB_LF = 3;
const SB_CR = 4;
const SB_SEP = 5;
const SB_LOWER = 6;
const SB_UPPER = 7;
const SB_NUMERIC = 8;
const SB_ATERM = 9;
const SB_STERM = 10;
const SB_CLOSE = 11;
const SB_SCONTINUE = 12;

/** Classes of code units below 0x2030 (ASCII, Latin-1, the common quotes and dashes). */
const SB_TABLE = /* @__PURE__ */ (() => {
  const t = new Uint8Array(0x2030);
  const set = (chars: string, v: number) => {
    for (const c of chars) t[c.charCodeAt(0)] = v;
  };
  t.fill(SB_OTHER, 0x20, 0x7f);
  t.fill(SB_LOWER, 0x61, 0x7b);
  t.fill(SB_UPPER, 0x41, 0x5b);
  t.fill(SB_NUMERIC, 0x30, 0x3a);
  set('\t\v\f \u00a0', SB_SP);
  t[0x0a] = SB_LF;
  t[0x0d] = SB_CR;
  set('\u2028\u2029', SB_SEP);
  set('.', SB_ATERM);
  set('!?', SB_STERM);
  set('"\'()[]{}\u00ab\u00bb\u2018\u2019\u201c\u201d', SB_CLOSE);
  set(',-:;\u2013\u2014', SB_SCONTINUE);
  // Latin-1: symbols are Other; ª µ º and the small letters Lower, the capitals Upper.
  t.fill(SB_OTHER, 0xa1, 0xc0);
  set('\u00aa\u00b5\u00ba', SB_LOWER);
  set('\u00ab\u00bb', SB_CLOSE);
  t[0xad] = 0; // soft hyphen: Format
  t.fill(SB_UPPER, 0xc0, 0xdf);
  t.fill(SB_LOWER, 0xdf, 0x100);
  set('\u00d7\u00f7', SB_OTHER);
  set('\u2026', SB_OTHER);
  return t;
})();

/** Classes of the text being cut (grown as needed). */
let classes = new Uint8Array(1024);

/**
 * The classes of the text's characters (in a shared array, valid until the next call), or
 * undefined when the scanner does not know one of them.
 */
function classify(text: string): Uint8Array | undefined {
  const n = text.length;
  if (classes.length < n) classes = new Uint8Array(Math.max(n, 2 * classes.length));
  const out = classes;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    const v = c < 0x2030 ? SB_TABLE[c] : 0;
    if (v === 0) return undefined;
    out[k] = v;
  }
  return out;
}

/** Whether plainSentenceEnds knows the class of every character of the text. */
function knowsAll(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x2030 || SB_TABLE[c] === 0) return false;
  }
  return true;
}

function isParaSep(v: number): boolean {
  return v === SB_LF || v === SB_CR || v === SB_SEP;
}

/**
 * The ends of the pieces Intl.Segmenter('en', { granularity: 'sentence' }) cuts `text` into
 * (the UAX #29 sentence rules SB3-SB11), pushed onto `out`; false (and nothing pushed) when
 * the text holds a character whose class the scanner does not know: the caller then asks the
 * segmenter. Tests compare the two on random and real text. The classes are those of the
 * Unicode data of Node's ICU 78 (";" continues a sentence); an engine with older data may cut
 * a rare text differently, this scanner cuts it the same everywhere.
 */
export function plainSentenceEnds(text: string, out: number[]): boolean {
  const n = text.length;
  const cls = classify(text);
  if (!cls) return false;
  let i = 0;
  while (i < n) {
    const c = cls[i];
    if (c === SB_CR || c === SB_LF || c === SB_SEP) {
      // SB3 CR × LF; SB4 ParaSep ÷
      if (c === SB_CR && i + 1 < n && cls[i + 1] === SB_LF) i++;
      i++;
      if (i < n) out.push(i);
      continue;
    }
    if (c !== SB_ATERM && c !== SB_STERM) {
      i++;
      continue;
    }
    // SB9, SB10: the terminator keeps its closing marks and spaces.
    let j = i + 1;
    while (j < n && cls[j] === SB_CLOSE) j++;
    while (j < n && cls[j] === SB_SP) j++;
    if (j >= n) break;
    const d = cls[j];
    if (isParaSep(d)) {
      // SB9/SB10 keep a paragraph separator too, then SB11 (and SB4) cut after it.
      if (d === SB_CR && j + 1 < n && cls[j + 1] === SB_LF) j++;
      i = j + 1;
      if (i < n) out.push(i);
      continue;
    }
    if (c === SB_ATERM) {
      if (j === i + 1) {
        // SB6 ATerm × Numeric; SB7 (Upper | Lower) ATerm × Upper
        if (d === SB_NUMERIC) {
          i = j;
          continue;
        }
        if (d === SB_UPPER && i > 0) {
          const b = cls[i - 1];
          if (b === SB_UPPER || b === SB_LOWER) {
            i = j;
            continue;
          }
        }
      }
      // SB8 ATerm Close* Sp* × (¬(OLetter | Upper | Lower | ParaSep | SATerm))* Lower
      let k = j;
      for (; k < n; k++) {
        const e = cls[k];
        if (e === SB_LOWER || e === SB_UPPER || e === SB_ATERM || e === SB_STERM || isParaSep(e))
          break;
      }
      if (k < n && cls[k] === SB_LOWER) {
        i = k;
        continue;
      }
    }
    // SB8a SATerm Close* Sp* × (SContinue | SATerm)
    if (d === SB_SCONTINUE || d === SB_ATERM || d === SB_STERM) {
      i = j;
      continue;
    }
    // SB11
    out.push(j);
    i = j;
  }
  if (n > 0) out.push(n);
  return true;
}

/**
 * The sentences of splitEnglishSentences as [start, end) pairs of code-unit offsets into the
 * paragraph: the same cuts and merges, without building the sentence strings (a merged
 * sentence is the paragraph's text from its first piece to its last, where
 * splitEnglishSentences joins the pieces with a space).
 */
export function englishSentenceRanges(paragraph: string, out: number[] = []): number[] {
  const first = out.length;
  if (plainSentences(paragraph, out)) return out;
  // Start of the last piece of the sentence being built: splitEnglishSentences puts a space
  // before it, so an abbreviation may start there.
  let pieceStart = 0;
  for (const piece of sentenceSegmenter('en').segment(paragraph)) {
    const start = piece.index;
    const started = addPiece(
      paragraph,
      start,
      start + piece.segment.length,
      first,
      pieceStart,
      out,
    );
    if (started >= 0) pieceStart = started;
  }
  return out;
}

/**
 * Adds the segmenter's piece paragraph[from, to) to the sentences out[first ..]: trimmed,
 * merged into the sentence before it after an abbreviation or when it starts in lower case.
 * Returns where the trimmed piece starts, or -1 when it is empty.
 */
function addPiece(
  paragraph: string,
  from: number,
  to: number,
  first: number,
  pieceStart: number,
  out: number[],
): number {
  while (from < to && isSpace(paragraph.charCodeAt(from))) from++;
  while (to > from && isSpace(paragraph.charCodeAt(to - 1))) to--;
  if (to <= from) return -1;
  const n = out.length;
  if (
    n > first &&
    (rangeEndsWithAbbreviation(paragraph, pieceStart, out[n - 1]) || lowerAt(paragraph, from))
  )
    out[n - 1] = to;
  else out.push(from, to);
  return from;
}

const pieceEnds: number[] = [];

/** englishSentenceRanges by plainSentenceEnds, when it knows every character; else false. */
function plainSentences(paragraph: string, out: number[]): boolean {
  pieceEnds.length = 0;
  if (!plainSentenceEnds(paragraph, pieceEnds)) return false;
  const first = out.length;
  let pieceStart = 0;
  let from = 0;
  for (const to of pieceEnds) {
    const started = addPiece(paragraph, from, to, first, pieceStart, out);
    if (started >= 0) pieceStart = started;
    from = to;
  }
  return true;
}

/** Paragraphs cut in one call to the segmenter (each call costs about as much as a short text). */
const BATCH = 16;
/** U+2029 PARAGRAPH SEPARATOR: the segmenter always cuts after it, and no rule looks across it. */
const PARAGRAPH_SEPARATOR = '\u2029';

/** englishSentenceRanges of many paragraphs: paragraph k's pairs are ranges[start[k] .. start[k + 1]). */
export interface SentenceRanges {
  readonly start: Int32Array;
  readonly ranges: readonly number[];
}

/**
 * englishSentenceRanges for every paragraph of a list. Plain paragraphs are cut by
 * plainSentenceEnds; the others go to the segmenter in batches of paragraphs joined by U+2029
 * (Intl.Segmenter copies its break iterator at every call, which costs more than cutting a
 * paragraph): the same cuts, since the separator ends a sentence and the sentence rules never
 * look across it.
 */
export function englishSentenceRangesOfAll(paragraphs: readonly string[]): SentenceRanges {
  const n = paragraphs.length;
  const start = new Int32Array(n + 1);
  const out: number[] = [];
  for (let k = 0; k < n;) {
    start[k] = out.length;
    if (plainSentences(paragraphs[k], out)) {
      k++;
      continue;
    }
    // Paragraphs with characters the scanner does not know: to the segmenter, in batches.
    let b1 = k + 1;
    while (b1 < n && b1 - k < BATCH && !knowsAll(paragraphs[b1])) b1++;
    segmentBatch(paragraphs, k, b1, start, out);
    k = b1;
  }
  start[n] = out.length;
  return { start, ranges: out };
}

/** englishSentenceRanges of paragraphs[b0 .. b1) by one call to the segmenter. */
function segmentBatch(
  paragraphs: readonly string[],
  b0: number,
  b1: number,
  start: Int32Array,
  out: number[],
): void {
  const text = paragraphs.slice(b0, b1).join(PARAGRAPH_SEPARATOR);
  let k = b0;
  let offset = 0;
  let para = paragraphs[k];
  start[k] = out.length;
  let pieceStart = 0;
  for (const piece of sentenceSegmenter('en').segment(text)) {
    const from = piece.index;
    // Move on to the paragraph this piece starts in.
    while (k + 1 < b1 && from >= offset + para.length + 1) {
      offset += para.length + 1;
      para = paragraphs[++k];
      start[k] = out.length;
      pieceStart = 0;
    }
    const to = Math.min(piece.index + piece.segment.length - offset, para.length);
    const started = addPiece(para, from - offset, to, start[k], pieceStart, out);
    if (started >= 0) pieceStart = started;
  }
  while (k + 1 < b1) start[++k] = out.length;
}

/** Sentences of a whole text: paragraphs first, so no sentence crosses a paragraph break. */
export function splitSentences(text: string, lang: 'zh' | 'en'): string[] {
  const split = lang === 'zh' ? splitChineseSentences : splitEnglishSentences;
  return splitParagraphs(text).flatMap(split);
}

/** Each non-empty line, trimmed: for pre-segmented corpora. */
export function splitLines(text: string): string[] {
  return normalizeText(text)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}
