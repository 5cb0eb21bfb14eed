/** Numbers as evidence: Arabic digits and Chinese numerals, read to their values. */
import { CARDINAL_WORDS, ORDINAL_WORDS, SCALE_WORDS } from '../core/numberWords';

const DIGIT: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};
const UNIT: Readonly<Record<string, number>> = {
  十: 10,
  拾: 10,
  百: 100,
  佰: 100,
  千: 1000,
  仟: 1000,
};
const BIG: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

const NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億';

/**
 * Reads a Chinese numeral: 二十一 → 21, 三百零五 → 305, 两万 → 20000, and digit-by-digit
 * strings such as 一九九〇 → 1990. Returns null for text that is not a numeral.
 */
export function parseChineseNumeral(text: string): number | null {
  if (text === '' || [...text].some((c) => !NUMERAL_CHARS.includes(c))) return null;
  const chars = [...text];
  // Digit-by-digit (years, phone numbers): no unit characters at all.
  if (chars.length > 1 && chars.every((c) => c in DIGIT)) {
    return Number(chars.map((c) => DIGIT[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of chars) {
    if (c in DIGIT) {
      digit = DIGIT[c];
    } else if (c in UNIT) {
      section += (digit ?? 1) * UNIT[c];
      digit = null;
    } else if (c in BIG) {
      total = (total + section + (digit ?? 0)) * BIG[c];
      section = 0;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

/** 1 for the code units of NUMERAL_CHARS (all in the BMP). */
const NUMERAL_CODES = /* @__PURE__ */ (() => {
  const t = new Uint8Array(65536);
  for (const c of NUMERAL_CHARS) t[c.charCodeAt(0)] = 1;
  return t;
})();

/** Whether a code unit is a Chinese numeral character (what chineseNumeralValues looks for). */
export function isNumeralCode(c: number): boolean {
  return NUMERAL_CODES[c] === 1;
}

/** Characters that, right after a lone Chinese numeral, make it a real quantity (三年, 五个). */
const COUNTERS = '年月日号岁个位名次件条只本天点时分秒倍元块米里斤层口家届周章';
const ZH_NUMBER = new RegExp(`[${NUMERAL_CHARS}]+`, 'gu');
const ARABIC = /\d[\d,，]*(?:\.\d+)?/gu;

function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function readArabic(raw: string): number {
  return Number(raw.replace(/[,，]/g, ''));
}

/**
 * Numbers in a Chinese text. Lone numeral characters count only before a counter, since
 * 一 and 十 are parts of many ordinary words; the value 1 is dropped (一 is mostly "a").
 */
export function chineseNumbers(text: string): number[] {
  return [...arabicNumbers(text), ...chineseNumeralValues(text)];
}

/** Arabic-digit numbers of a text (full-width digits included). */
export function arabicNumbers(text: string): number[] {
  return [...toHalfWidthDigits(text).matchAll(ARABIC)].map((m) => readArabic(m[0]));
}

/** Words made of numeral characters that are not quantities: 千万 "by all means", 十分 "very". */
const IDIOMS = [
  '千万',
  '万万',
  '一一',
  '万一',
  '十分',
  '万分',
  '百般',
  '千方百计',
  '一五一十',
  '三三两两',
  '七八糟',
  '九霄',
];

function isIdiom(text: string, at: number, numeralAndNext: string): boolean {
  for (const w of IDIOMS) if (text.startsWith(w, at) || numeralAndNext.includes(w)) return true;
  return false;
}

const COUNTER_CODES = new Set(Array.from(COUNTERS, (c) => c.charCodeAt(0)));
const YI = 0x4e00; // 一
const YI_FORMAL = 0x58f9; // 壹
const DI = 0x7b2c; // 第

/**
 * Whether chineseNumeralValues(text.slice(start, end)) may find a value: some numeral
 * character has another one beside it, or (unless it is 一 or 壹, whose value 1 is dropped)
 * a counter or the end of the text after it or 第 before it. Most segments have only lone 一 and 十 in words, and
 * skip the regular expressions.
 */
export function mayHoldNumeral(text: string, start = 0, end = text.length): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (!isNumeralCode(c)) continue;
    if (k + 1 < end && isNumeralCode(text.charCodeAt(k + 1))) return true;
    if (c === YI || c === YI_FORMAL) continue;
    // At the end of the text, chineseNumeralValues reads it as before a counter.
    if (k + 1 === end || COUNTER_CODES.has(text.charCodeAt(k + 1))) return true;
    if (k > start && text.charCodeAt(k - 1) === DI) return true;
  }
  return false;
}

/** Values of the Chinese numerals in a text (二十一 → 21; 五六 "five or six" → 5 and 6). */
export function chineseNumeralValues(text: string): number[] {
  const t = toHalfWidthDigits(text);
  const out: number[] = [];
  for (const m of t.matchAll(ZH_NUMBER)) {
    let s = m[0];
    const at = m.index ?? 0;
    const next = t[at + s.length] ?? '';
    const prev = t[at - 1] ?? '';
    if (isIdiom(t, at, s + next)) continue;
    // 三两银子: 两 after a numeral is the tael, not "two".
    if (s.length > 1 && s.endsWith('两')) s = s.slice(0, -1);
    const standalone = s.length > 1 || COUNTERS.includes(next) || prev === '第';
    if (!standalone) continue;
    const chars = [...s];
    if (chars.length === 2 && chars.every((c) => c in DIGIT)) {
      // Two digit characters side by side are an estimate ("five or six"), not 56.
      for (const c of chars) if (DIGIT[c] > 1) out.push(DIGIT[c]);
      continue;
    }
    const v = parseChineseNumeral(s);
    if (v !== null && v !== 1) out.push(v);
  }
  return out;
}

/**
 * The number words the aligner reads: two to ninety, the scales to a billion, the ordinals third
 * to tenth, "twice" and "a dozen" (not "one": "one of", "no one" are seldom numbers).
 */
const EN_WORDS: Readonly<Record<string, number>> = Object.fromEntries([
  ...Object.entries(CARDINAL_WORDS).filter(([, v]) => v >= 2),
  ...Object.entries(SCALE_WORDS).filter(([, v]) => v <= 1e9),
  ...Object.entries(ORDINAL_WORDS).filter(([, v]) => v >= 3 && v <= 10),
  ['twice', 2],
  ['dozen', 12],
]);

/** Numbers in an English text: digits (1,000 → 1000) and the common number words. */
export function englishNumbers(text: string): number[] {
  return [...arabicNumbers(text).filter((v) => v !== 1), ...englishNumberWords(text)];
}

/**
 * Whether a lower-case English token may hold a number word: one of its parts between
 * apostrophes is one. Every token where englishNumberWords finds something passes.
 */
export function mayHoldNumberWord(lower: string): boolean {
  if (!lower.includes("'")) return Object.hasOwn(EN_WORDS, lower);
  return lower.split("'").some((part) => Object.hasOwn(EN_WORDS, part));
}

const WORD_ALTERNATIVES = Object.keys(EN_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** A number word, possibly hyphenated with another ("twenty-one"), as a whole word. */
const NUMBER_WORD = new RegExp(
  `(?<![a-z-])(?:${WORD_ALTERNATIVES})(?:-(?:${WORD_ALTERNATIVES}|one))?(?![a-z-])`,
  'g',
);

/** Values of English number words ("twenty-one" → 21). */
export function englishNumberWords(text: string): number[] {
  const out: number[] = [];
  for (const m of text.toLowerCase().matchAll(NUMBER_WORD)) {
    const w = m[0];
    const parts = w.split('-');
    let sum = 0;
    for (const p of parts) {
      const v = p === 'one' && parts.length > 1 ? 1 : EN_WORDS[p];
      if (v === undefined) {
        sum = -1;
        break;
      }
      sum += v;
    }
    if (sum >= 0) out.push(sum);
  }
  return out;
}
