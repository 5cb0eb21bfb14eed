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

/**
 * The sentences of splitEnglishSentences as [start, end) pairs of code-unit offsets into the
 * paragraph: the same cuts and merges, without building the sentence strings (a merged
 * sentence is the paragraph's text from its first piece to its last, where
 * splitEnglishSentences joins the pieces with a space).
 */
export function englishSentenceRanges(paragraph: string, out: number[] = []): number[] {
  const first = out.length;
  // Start of the last piece of the sentence being built: splitEnglishSentences puts a space
  // before it, so an abbreviation may start there.
  let pieceStart = 0;
  for (const piece of sentenceSegmenter('en').segment(paragraph)) {
    let start = piece.index;
    let end = start + piece.segment.length;
    while (start < end && isSpace(paragraph.charCodeAt(start))) start++;
    while (end > start && isSpace(paragraph.charCodeAt(end - 1))) end--;
    if (end === start) continue;
    const n = out.length;
    if (
      n > first &&
      (rangeEndsWithAbbreviation(paragraph, pieceStart, out[n - 1]) || lowerAt(paragraph, start))
    )
      out[n - 1] = end;
    else out.push(start, end);
    pieceStart = start;
  }
  return out;
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
 * englishSentenceRanges for every paragraph of a list, with one segmenter call per batch of
 * paragraphs joined by U+2029 (Intl.Segmenter copies its break iterator at every call, which
 * costs more than cutting a paragraph): the same cuts, since the separator ends a sentence and
 * the sentence rules never look across it.
 */
export function englishSentenceRangesOfAll(paragraphs: readonly string[]): SentenceRanges {
  const n = paragraphs.length;
  const start = new Int32Array(n + 1);
  const out: number[] = [];
  const segmenter = sentenceSegmenter('en');
  for (let b0 = 0; b0 < n; b0 += BATCH) {
    const b1 = Math.min(n, b0 + BATCH);
    const text = paragraphs.slice(b0, b1).join(PARAGRAPH_SEPARATOR);
    let k = b0;
    let offset = 0;
    let para = paragraphs[k];
    start[k] = out.length;
    let pieceStart = 0;
    for (const piece of segmenter.segment(text)) {
      let from = piece.index;
      // Move on to the paragraph this piece starts in.
      while (k + 1 < b1 && from >= offset + para.length + 1) {
        offset += para.length + 1;
        para = paragraphs[++k];
        start[k] = out.length;
      }
      from -= offset;
      let to = Math.min(piece.index + piece.segment.length - offset, para.length);
      while (from < to && isSpace(para.charCodeAt(from))) from++;
      while (to > from && isSpace(para.charCodeAt(to - 1))) to--;
      if (to <= from) continue;
      const last = out.length;
      if (
        last > start[k] &&
        (rangeEndsWithAbbreviation(para, pieceStart, out[last - 1]) || lowerAt(para, from))
      )
        out[last - 1] = to;
      else out.push(from, to);
      pieceStart = from;
    }
    while (k + 1 < b1) start[++k] = out.length;
  }
  start[n] = out.length;
  return { start, ranges: out };
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
