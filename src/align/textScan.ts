/**
 * Character-code tests and sentence cuts by ranges, for the aligner's one pass over each
 * segment: no substrings, no regular expressions in the inner loops. Each function states the
 * regular expression whose behaviour it reproduces (tests check them against each other).
 */

import { isSpace } from '../core/whitespace';

export { isSpace };

/** Characters that carry length: letters, digits, Han (by code unit ranges). */
export function isContentCode(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff10 && c <= 0xff5a) ||
    (c >= 0xd800 && c <= 0xdbff)
  );
}

/** Characters that carry length (letters, digits, Han) in text[start, end). */
export function contentLength(text: string, start = 0, end = text.length): number {
  let n = 0;
  for (let k = start; k < end; k++) if (isContentCode(text.charCodeAt(k))) n++;
  return n;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** Digits as arabicNumbers reads them: ASCII and full-width. */
export function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

const HAN = /^\p{Script=Han}$/u;
/** Script=Han for BMP code units, filled on demand: 0 not yet known, 1 Han, 2 not. */
const hanTable = new Uint8Array(65536);
const hanAstral = new Map<number, boolean>();

/** Whether code point cp is Script=Han (as `\p{Script=Han}` says). */
export function isHanCodePoint(cp: number): boolean {
  if (cp < 0x2e80) return false;
  if (cp < 65536) {
    let v = hanTable[cp];
    if (v === 0) {
      v = HAN.test(String.fromCharCode(cp)) ? 1 : 2;
      hanTable[cp] = v;
    }
    return v === 1;
  }
  let h = hanAstral.get(cp);
  if (h === undefined) {
    h = HAN.test(String.fromCodePoint(cp));
    hanAstral.set(cp, h);
  }
  return h;
}

/**
 * Length in code units of the Han code point at k (1, or 2 for a surrogate pair), or 0 when
 * the code point there is not Han.
 */
export function hanAt(text: string, k: number): number {
  const c = text.charCodeAt(k);
  if (c < 0x2e80) return 0;
  if (c >= 0xd800 && c <= 0xdbff && k + 1 < text.length) {
    const d = text.charCodeAt(k + 1);
    if (d >= 0xdc00 && d <= 0xdfff)
      return isHanCodePoint(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) ? 2 : 0;
  }
  return isHanCodePoint(c) ? 1 : 0;
}

/** 。！？!? (the terminators of ZH_SENTENCE other than …). */
function isZhStop(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;
}

/** Closing quotes and brackets that stay on the sentence they close: ”’」』）)》〉】"' */
function isCloser(c: number): boolean {
  return (
    c === 0x201d ||
    c === 0x2019 ||
    c === 0x300d ||
    c === 0x300f ||
    c === 0xff09 ||
    c === 0x29 ||
    c === 0x300b ||
    c === 0x3009 ||
    c === 0x3011 ||
    c === 0x22 ||
    c === 0x27
  );
}

/** Trims [start, end) as String.prototype.trim would; pushes it when it is not empty. */
function pushTrimmed(text: string, start: number, end: number, out: number[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push(start, end);
}

/**
 * The sentences of splitChineseSentences as [start, end) pairs of code-unit offsets into the
 * paragraph (cut after 。！？!? runs and … runs, closing quotes kept, trimmed, empty ones dropped).
 */
export function chineseSentenceRanges(text: string, out: number[] = []): number[] {
  const n = text.length;
  let p = 0;
  for (;;) {
    const start = p;
    for (; p < n; p++) {
      const c = text.charCodeAt(p);
      if (c === 0x2026 || isZhStop(c)) break;
    }
    if (p < n) {
      if (text.charCodeAt(p) === 0x2026) while (p < n && text.charCodeAt(p) === 0x2026) p++;
      else while (p < n && isZhStop(text.charCodeAt(p))) p++;
      while (p < n && isCloser(text.charCodeAt(p))) p++;
    }
    pushTrimmed(text, start, p, out);
    if (p >= n) return out;
  }
}

/** Bits of the punctuation units: ? ! quote … */
export const PUNCT_QUESTION = 1;
export const PUNCT_EXCLAMATION = 2;
export const PUNCT_QUOTE = 4;
export const PUNCT_ELLIPSIS = 8;

/** Whether "..." starts at k inside [.., end). */
function dotsAt(text: string, k: number, end: number): boolean {
  return k + 2 < end && text.charCodeAt(k + 1) === 0x2e && text.charCodeAt(k + 2) === 0x2e;
}

/**
 * Punctuation of a Chinese range, as the regular expressions [？?], [！!], [“”「」『』"] and
 * …|\.\.\. find it in text.slice(start, end).
 */
export function chinesePunctuation(text: string, start: number, end: number): number {
  let mask = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x3f || c === 0xff1f) mask |= PUNCT_QUESTION;
    else if (c === 0x21 || c === 0xff01) mask |= PUNCT_EXCLAMATION;
    else if (
      c === 0x201c ||
      c === 0x201d ||
      c === 0x300c ||
      c === 0x300d ||
      c === 0x300e ||
      c === 0x300f ||
      c === 0x22
    )
      mask |= PUNCT_QUOTE;
    else if (c === 0x2026 || (c === 0x2e && dotsAt(text, k, end))) mask |= PUNCT_ELLIPSIS;
  }
  return mask;
}

/**
 * Punctuation of an English range, as \?, !, [“”"]|(?:^|\s)'|'(?:\s|$) and …|\.\.\. find it in
 * text.slice(start, end).
 */
export function englishPunctuation(text: string, start: number, end: number): number {
  let mask = 0;
  for (let k = start; k < end; k++) mask |= englishMark(text, text.charCodeAt(k), k, start, end);
  return mask;
}

/** The punctuation bit of the English character `c` at `k` in text.slice(start, end), or 0. */
function englishMark(text: string, c: number, k: number, start: number, end: number): number {
  if (c === 0x3f) return PUNCT_QUESTION;
  if (c === 0x21) return PUNCT_EXCLAMATION;
  if (c === 0x201c || c === 0x201d || c === 0x22) return PUNCT_QUOTE;
  if (c === 0x27) {
    // An apostrophe inside a word (don't) is no quotation mark; one at a word's edge is.
    const edge =
      k === start ||
      isSpace(text.charCodeAt(k - 1)) ||
      k === end - 1 ||
      isSpace(text.charCodeAt(k + 1));
    return edge ? PUNCT_QUOTE : 0;
  }
  if (c === 0x2026 || (c === 0x2e && dotsAt(text, k, end))) return PUNCT_ELLIPSIS;
  return 0;
}

// ---- One pass per range -----------------------------------------------------------------

/** Class bits of a code unit for scanChineseRange / scanEnglishRange. */
const C_CONTENT = 1;
const C_DIGIT = 2;
const C_NUMERAL = 4;
/** A character some punctuation rule looks at (handled outside the table). */
const C_MARK = 8;

/** Class bits of every UTF-16 code unit: the ranges of isContentCode and isDigitCode. */
const charClass = /* @__PURE__ */ (() => {
  const t = new Uint8Array(65536);
  for (const [from, to] of [
    [0x61, 0x7a],
    [0x41, 0x5a],
    [0x3400, 0x9fff],
    [0xc0, 0x24f],
    [0xf900, 0xfaff],
    [0xff10, 0xff5a],
    [0xd800, 0xdbff],
  ])
    t.fill(C_CONTENT, from, to + 1);
  t[0xd7] = 0;
  t[0xf7] = 0;
  t.fill(C_CONTENT | C_DIGIT, 0x30, 0x3a);
  t.fill(C_CONTENT | C_DIGIT, 0xff10, 0xff1a);
  for (const c of '零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億')
    t[c.charCodeAt(0)] |= C_NUMERAL;
  for (const c of '?？!！“”「」『』"\'….') t[c.charCodeAt(0)] |= C_MARK;
  return t;
})();

/** What a scan of one range found, besides its content length (overwritten by every scan). */
export const scanned = {
  /** Whether the range holds a digit (isDigitCode). */
  digits: false,
  /** Whether it holds a Chinese numeral character (isNumeralCode); Chinese scans only. */
  numerals: false,
  /** Its punctuation bits, as chinesePunctuation / englishPunctuation give them. */
  punctuation: 0,
};

/**
 * One pass over the Chinese range text[start, end): returns contentLength, and sets
 * `scanned` (digits, numerals, chinesePunctuation) for the same range.
 */
export function scanChineseRange(text: string, start: number, end: number): number {
  const cls = charClass;
  let n = 0;
  let seen = 0;
  let mask = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    const v = cls[c];
    n += v & C_CONTENT;
    if (v > C_CONTENT) {
      seen |= v;
      if (v & C_MARK) {
        if (c === 0x3f || c === 0xff1f) mask |= PUNCT_QUESTION;
        else if (c === 0x21 || c === 0xff01) mask |= PUNCT_EXCLAMATION;
        else if (c === 0x2026 || (c === 0x2e && dotsAt(text, k, end))) mask |= PUNCT_ELLIPSIS;
        else if (c !== 0x27 && c !== 0x2e) mask |= PUNCT_QUOTE;
      }
    }
  }
  scanned.digits = (seen & C_DIGIT) !== 0;
  scanned.numerals = (seen & C_NUMERAL) !== 0;
  scanned.punctuation = mask;
  return n;
}

/**
 * One pass over the English range text[start, end): returns contentLength, and sets
 * `scanned` (digits, englishPunctuation; numerals false) for the same range.
 */
export function scanEnglishRange(text: string, start: number, end: number): number {
  const cls = charClass;
  let n = 0;
  let seen = 0;
  let mask = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    const v = cls[c];
    n += v & C_CONTENT;
    if (v > C_CONTENT) {
      seen |= v;
      if (v & C_MARK) mask |= englishMark(text, c, k, start, end);
    }
  }
  scanned.digits = (seen & C_DIGIT) !== 0;
  scanned.numerals = false;
  scanned.punctuation = mask;
  return n;
}
