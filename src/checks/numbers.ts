/**
 * The numbers check: the quantities written on the two sides, normalised to values, compared.
 * Chinese numerals are read by the aligner's parser (src/align/numerals.ts); this module adds
 * what a translator's check needs on top: where each number is (to highlight it), percentages,
 * 万/亿 after digits, ordinals, English number phrases, and which numbers are only "soft"
 * evidence (一 as "a", 三 as "a few") so that they never raise a flag on their own.
 */
import type { Dictionary } from '../align/dictionary';
import { parseChineseNumeral } from '../align/numerals';
import { renderFlagTexts, type FlagList, type FlagText } from './messages';
import { CARDINAL_WORDS, ORDINAL_WORDS, SCALE_WORDS } from '../core/numberWords';

export interface FoundNumber {
  /** The value, e.g. 35000000 for 三千五百万, 20 for 百分之二十 or 20%. */
  readonly value: number;
  /** Other values that mean the same here (1990s → 90, a 2-digit year → 19xx / 20xx). */
  readonly aliases?: readonly number[];
  /** The text as written, for highlighting. */
  readonly text: string;
  /**
   * Hard numbers (digits, numerals of two or more characters, English number phrases from ten
   * up) are checked on their own; soft ones (a lone 三, "three") only when the other side has
   * a different number left over too, since translators drop and add small numbers freely.
   */
  readonly hard: boolean;
  /** About (十几, 三十多, dozens): matches loosely, never flagged. */
  readonly approximate?: boolean;
  /**
   * One of two alternatives said outright (八九, 三二十, "eight or nine"): approximate, but
   * against another such pair it must match exactly, and pairs left over on both sides differ.
   */
  readonly pair?: boolean;
  readonly percent?: boolean;
  /** Only ever matches a number of the other side ("both" = 两), never left over. */
  readonly matchOnly?: boolean;
}

const FULL_WIDTH = /[０-９．，％]/g;
/** Full-width digits and their punctuation as ASCII; same length, so offsets still hold. */
function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (c) =>
    c === '．'
      ? '.'
      : c === '，'
        ? '，'
        : c === '％'
          ? '%'
          : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

const ZH_NUMERAL = '零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億';
const ZH_DIGIT = '零〇一二两三四五六七八九';
/** After a lone numeral character these make it a quantity (三年, 五个, 第三), not part of a word. */
const COUNTERS =
  '种样类回遍趟下片群排台副套幅阵场顿番年月日号岁个位名次件条只本天点时分秒倍元块米里斤层口家届周章人匹张头间座辆枚份篇首句声步支根颗棵株粒滴碗杯瓶双对尺寸丈亩里公克吨度成折';
/** Words made of numeral characters that are not quantities. */
const ZH_IDIOMS = [
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
  '乱七八糟',
  '七上八下',
  '九霄',
  '千千万万',
  '万千',
  '百姓',
  '一心一意',
  '三心二意',
  '四面八方',
  '五颜六色',
  '七嘴八舌',
  '十全十美',
  '百分百',
  '一千零一',
  '十万八千',
  '千百',
  '七零八落',
  '四下',
  '四处',
  '四周',
  '四方',
  '千层',
  '百战',
  '万岁',
  '三长两短',
  '两全',
];

/** 两 before these is "both" (两国 "both countries", 两岸 "both sides of the strait"), not a count. */
const BOTH_OF = '国岸会党院边方者家手眼';
/** Common surnames, and 小/老/阿: before a numeral with no counter after it they make a name (王二, 罗小四, 茅十八). */
const NAME_BEFORE =
  '小老阿王李张刘陈杨赵吴徐孙朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾萧董袁潘蒋蔡杜叶程苏魏吕丁沈姚卢姜崔谭汪廖贾夏韦邹孟熊秦邱尹薛段雷侯陶黎贺顾郝龚邵钱严戴莫孔汤茅';
/** After a name (王二根本…) a counter-like character is usually the next word, except these. */
const COUNTS_AFTER_NAME = '个年月日号岁次天位名人只本件条张';
/** Financial numerals alone are mostly parts of words (肆意, 队伍, 陆续, 收拾). */
const FINANCIAL = '壹贰叁肆伍陆柒捌玖拾佰仟萬億';
/** Section numbers: "6. 片厂", "二、" at the start of a segment or after a sentence. */
const HEADING_AFTER = /^[.．、]\s*\S/u;
/** Characters after a number that make it approximate: 十几, 三十多, 百余, 十来个, 上千. */
const ZH_APPROX_AFTER = '几多余来';
const ZH_APPROX_BEFORE = '上近约数好几';
/** 对 followed by one of these starts a word (对话, 对方, 对于 …), not "a pair". */
const PAIR_WORD_AFTER = '话方于面手象照待比付不应抗立称岸策峙视准答';

const ZH_TOKEN = new RegExp(
  `百分之[${ZH_NUMERAL}]+|百分之\\d+(?:\\.\\d+)?|[${ZH_NUMERAL}]+分之[${ZH_NUMERAL}]+|\\d+(?:[,，]\\d{3})*(?:\\.\\d+)?(?:\\s*[%])?(?:[万亿]|千万|百万)?|[${ZH_NUMERAL}]+`,
  'gu',
);

/** parseChineseNumeral, with a bare 万 / 亿 read as ten thousand / a hundred million. */
function readNumeral(run: string): number | null {
  return /^[万萬亿億]/.test(run) ? parseChineseNumeral(`一${run}`) : parseChineseNumeral(run);
}

function startsIdiom(text: string, at: number): boolean {
  return ZH_IDIOMS.some((w) => text.startsWith(w, at));
}

/** Dictionary words this long or longer are idioms and names: a lone numeral in them is never missed. */
const IDIOM_LENGTH = 4;

/**
 * Whether the character at `at` lies inside a dictionary word of IDIOM_LENGTH or more characters
 * (its numeral then only matches a number of the English, never left over):
 * 四脚朝天 ("flat on one's back"), 九牛一毛, 百发百中, 五角大楼 (the Pentagon). Only lone numerals
 * are asked: a run like 二十一 (二十一世纪, the 21st century) is a number wherever it stands.
 */
function inLongWord(text: string, at: number, dictionary: Dictionary): boolean {
  const longest = Math.min(dictionary.maxWordLength, 8);
  for (let length = IDIOM_LENGTH; length <= longest; length++)
    for (
      let from = Math.max(0, at - length + 1);
      from <= at && from + length <= text.length;
      from++
    )
      if (dictionary.words.has(text.slice(from, from + length))) return true;
  return false;
}

/**
 * Numbers written in a Chinese text. With the dictionary, a lone numeral inside a long word of
 * it (an idiom, a name) only matches: it is never missed in the English.
 */
export function chineseNumbersFound(original: string, dictionary?: Dictionary): FoundNumber[] {
  const text = halfWidth(original);
  const out: FoundNumber[] = [];
  for (const m of text.matchAll(ZH_TOKEN)) {
    const raw = m[0];
    const at = m.index ?? 0;
    const prev = text[at - 1] ?? '';
    const next = text[at + raw.length] ?? '';
    const shown = original.slice(at, at + raw.length);
    const approximate =
      (next !== '' && ZH_APPROX_AFTER.includes(next)) ||
      (prev !== '' && ZH_APPROX_BEFORE.includes(prev));
    if (raw.startsWith('百分之')) {
      const rest = raw.slice(3);
      const v = /\d/.test(rest) ? Number(rest) : parseChineseNumeral(rest);
      if (v !== null) out.push({ value: v, text: shown, hard: true, percent: true, approximate });
      continue;
    }
    // 四分之一 = a quarter = 25%
    const fraction = /^(.+)分之(.+)$/u.exec(raw);
    if (fraction) {
      const d = readNumeral(fraction[1]);
      const n = readNumeral(fraction[2]);
      if (d && n !== null) {
        const v = n / d;
        out.push({ value: v, text: shown, hard: false, approximate, aliases: [v * 100] });
      }
      continue;
    }
    const atStart = /^\s*$/.test(text.slice(0, at)) || /[。！？!?]\s*$/.test(text.slice(0, at));
    if (atStart && HEADING_AFTER.test(text.slice(at + raw.length, at + raw.length + 3))) continue;
    if (/^\d/.test(raw)) {
      const num = /^[\d,，.]+/.exec(raw)?.[0] ?? raw;
      let value = Number(num.replace(/[,，]/g, ''));
      if (raw.endsWith('千万')) value *= 1e7;
      else if (raw.endsWith('百万')) value *= 1e6;
      else if (raw.endsWith('万')) value *= 1e4;
      else if (raw.endsWith('亿')) value *= 1e8;
      const percent = raw.includes('%');
      if (value === 1 && !percent) continue;
      out.push({
        value,
        text: shown,
        hard: true,
        percent,
        approximate,
        aliases: yearAliases(value, next),
        // 11月 is November: the English may name the month.
        ...(next === '月' && value >= 1 && value <= 12 ? { hard: false } : {}),
      });
      continue;
    }
    // 十分钟 is ten minutes, not "very".
    if (raw === '十' && text.startsWith('十分钟', at)) {
      out.push({ value: 10, text: shown, hard: false, approximate });
      continue;
    }
    if (startsIdiom(text, at) || (raw.length === 1 && startsIdiom(text, at - 1))) continue;
    // 三两银子: 两 after a numeral is the tael, not "two".
    const run = raw.length > 1 && raw.endsWith('两') ? raw.slice(0, -1) : raw;
    const chars = [...run];
    const lone = chars.length === 1;
    // A lone numeral before a counter (三年, 第三) is a count; before another Han character
    // (四菜一汤) it may be a count or part of a word (一些, 三心二意): kept as a soft number,
    // which only counts against a different number on the English side.
    const counted = (next !== '' && COUNTERS.includes(next)) || prev === '第' || next === '之';
    if (lone && !counted && !/\p{Script=Han}/u.test(next)) continue;
    // In an idiom (四脚朝天) it may still be translated as a number (三寸金莲, "three-inch lotuses").
    const idiom = lone && dictionary !== undefined && inLongWord(text, at, dictionary);
    if (run === '两' && BOTH_OF.includes(next)) continue;
    // 十几两银子: after an estimate 两 is the tael.
    if (run === '两' && prev !== '' && ZH_APPROX_AFTER.includes(prev)) continue;
    if (lone && FINANCIAL.includes(run) && !counted) continue;
    // 王二, 罗小四, 茅十八: a numeral after a surname or 小/老, with no counter, names someone.
    if (
      prev !== '' &&
      NAME_BEFORE.includes(prev) &&
      chars.length <= 2 &&
      !(counted && COUNTS_AFTER_NAME.includes(next))
    )
      continue;
    const adjacentDigits = chars.some(
      (c, k) => k > 0 && ZH_DIGIT.includes(c) && ZH_DIGIT.includes(chars[k - 1]),
    );
    const allDigits = chars.every((c) => ZH_DIGIT.includes(c));
    if (adjacentDigits && !(allDigits && next === '年' && chars.length >= 2)) {
      // 五六个 "five or six", 一二十 "ten or twenty", 十七八 "seventeen or eighteen": estimates.
      if (allDigits && chars.length > 2) continue;
      // 三二十 "twenty or thirty", 四五百 "four or five hundred": each digit times the unit.
      if (
        chars.length === 3 &&
        ZH_DIGIT.includes(chars[0]) &&
        ZH_DIGIT.includes(chars[1]) &&
        '十百千万'.includes(chars[2])
      ) {
        const unit = 10 ** ('十百千万'.indexOf(chars[2]) + 1);
        for (const c of chars.slice(0, 2)) {
          const v = (parseChineseNumeral(c) ?? 0) * unit;
          if (v > 1)
            out.push({ value: v, text: shown, hard: false, approximate: true, pair: true });
        }
        continue;
      }
      const v = parseChineseNumeral(run);
      if (chars.length > 2 && v !== null)
        out.push({ value: v, text: shown, hard: false, approximate: true });
      if (chars.length > 2) continue;
      for (const c of chars) {
        const v = parseChineseNumeral(c);
        if (v !== null && v > 1)
          out.push({ value: v, text: c, hard: false, approximate: true, pair: true });
      }
      continue;
    }
    const read = readNumeral(run);
    // 一双 / 一对: a pair is two; but not in 这一对话 (a dialogue), 一对手 ... where 对 starts a word.
    const after = text.charAt(at + raw.length + 1);
    const pair = next === '双' || (next === '对' && !PAIR_WORD_AFTER.includes(after));
    const value = read !== null && pair ? read * 2 : read;
    if (value === null || value === 1 || value === 0) continue;
    // 一万 / 一千 alone are as often "countless" as a count; 百 / 千 / 万 without 一 even more
    // (百战, 千般, 万种): they match a number on the other side but are never missed.
    const roundHyperbole = /^一?[百千万萬亿億]$/.test(run);
    out.push({
      value,
      text: shown,
      hard: !lone && value >= 10 && !roundHyperbole,
      approximate: approximate || (lone && roundHyperbole),
      // 七成 is 70%
      aliases: next === '成' && value < 10 ? [value * 10] : yearAliases(value, next),
      ...(idiom ? { matchOnly: true } : {}),
    });
  }
  return out;
}

/**
 * 九〇年 / '90: a two-digit year also stands for 1990 and 2090-style full years; 20世纪 is the
 * century of the 1900s ("the 1990s" carries 1900 as an alias too).
 */
function yearAliases(value: number, next: string): readonly number[] | undefined {
  if (!Number.isInteger(value) || value < 0) return undefined;
  if (next === '年' && value < 100) return [1900 + value, 2000 + value];
  if (next === '世' && value > 0 && value <= 21) return [(value - 1) * 100];
  return undefined;
}

const UNITS = CARDINAL_WORDS;
const ORDINALS = ORDINAL_WORDS;
const SCALES = SCALE_WORDS;
const SPECIAL: Readonly<Record<string, number>> = { dozen: 12, twice: 2, thrice: 3, score: 20 };
/** "the eighties" = 八十年代 (and 1980s); "both" = 两 (两人, 两国), never missed on its own. */
const DECADES: Readonly<Record<string, number>> = {
  twenties: 20,
  thirties: 30,
  forties: 40,
  fifties: 50,
  sixties: 60,
  seventies: 70,
  eighties: 80,
  nineties: 90,
};
const LOOSE_WORDS: Readonly<Record<string, number>> = { ...DECADES, both: 2 };

const NUMBER_WORD = [
  ...Object.keys(LOOSE_WORDS),
  ...Object.keys(UNITS),
  ...Object.keys(ORDINALS),
  ...Object.keys(SCALES),
  'dozen',
  'twice',
  'thrice',
];
const WORD = `(?:${NUMBER_WORD.sort((a, b) => b.length - a.length).join('|')})`;
const DIGITS = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const SCALE = `(?:hundred|thousand|million|billion|trillion)`;
const EN_TOKEN = new RegExp(
  [
    // 3.5 million, 20%, 20 percent, 21st, 1990s
    String.raw`(?<![\w.])${DIGITS}(?:\s*(?:%|per\s?cent\b)|(?:st|nd|rd|th|s)\b|\s+${SCALE}\b)?`,
    // "a score" (of years, taels) is twenty, "three score" sixty; a bare "score" is no number.
    String.raw`\b(?:an?|two|three|four|five|six)\s+score\b`,
    // twenty-one, three hundred and five, a dozen, a hundred
    String.raw`\b(?:(?:an?|one)\s+)?${WORD}(?:(?:\s+and\s+|[\s-]+)${WORD})*\b`,
  ].join('|'),
  'gi',
);
const EN_APPROX_BEFORE =
  /\b(?:between|about|around|some|nearly|almost|over|roughly|approximately|more than|less than|fewer than|dozens of|hundreds of|thousands of|up to)\s+$/i;

/** A number across "or": "eight or nine", "20 or 30". */
const EN_OR_BEFORE = new RegExp(String.raw`(?:\d|\b${WORD})\s+or\s+$`, 'i');
const EN_OR_AFTER = new RegExp(String.raw`^\s+or\s+(?:\d|${WORD}\b)`, 'i');

const TENS = new Set([
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
]);

/**
 * Cuts a run of number words into numbers: "two three" is two numbers, "one and five" too, but
 * "twenty-one", "three hundred and five" and "a dozen" are one each.
 */
function numberGroups(raw: string): string[] {
  const words = raw.split(/(\s+and\s+|[\s-]+)/);
  const groups: string[] = [];
  let current = '';
  let prev = '';
  for (let k = 0; k < words.length; k += 2) {
    const w = words[k].toLowerCase();
    const sep = k > 0 ? words[k - 1] : '';
    const joins =
      k === 0 ||
      prev === 'a' ||
      prev === 'an' ||
      w in SCALES ||
      w === 'dozen' ||
      w === 'score' ||
      (/and/i.test(sep) && SCALES[prev] !== undefined) ||
      (SCALES[prev] !== undefined && !/and/i.test(sep) && !(w in SCALES)) ||
      (TENS.has(prev) && (UNITS[w] ?? 10) < 10) ||
      (TENS.has(prev) && (ORDINALS[w] ?? 10) < 10);
    if (joins) current += sep + words[k];
    else {
      groups.push(current);
      current = words[k];
    }
    prev = w;
  }
  if (current !== '') groups.push(current);
  return groups;
}

/** Reads a phrase of English number words: "three hundred and twenty-five" → 325. */
export function parseEnglishNumber(phrase: string): number | null {
  const words = phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w !== 'and');
  let total = 0;
  let current = 0;
  let seen = false;
  for (const [k, w] of words.entries()) {
    // "a dozen", "a hundred", "a third": the article stands for one of what follows.
    if ((w === 'a' || w === 'an') && k === 0) continue;
    if (w in UNITS) current += UNITS[w];
    else if (w in ORDINALS) current += ORDINALS[w] >= 100 ? 0 : ORDINALS[w];
    else if (w in SPECIAL) current = (current || 1) * SPECIAL[w];
    else if (w in SCALES) {
      const s = SCALES[w];
      if (s === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * s;
        current = 0;
      }
    } else return null;
    if (w in ORDINALS && ORDINALS[w] >= 100) current = (current || 1) * ORDINALS[w];
    seen = true;
  }
  return seen ? total + current : null;
}

/** Numbers written in an English text. */
export function englishNumbersFound(text: string): FoundNumber[] {
  const out: FoundNumber[] = [];
  for (const m of text.matchAll(EN_TOKEN)) {
    const raw = m[0];
    const at = m.index ?? 0;
    // "some twenty", "two or three": estimates; the second kind names its alternatives.
    const preceding = text.slice(Math.max(0, at - 30), at);
    const following = text.slice(at + raw.length, at + raw.length + 30);
    // "a dozen or more", "ten or so" are estimates too, but name no alternative.
    const pair = EN_OR_BEFORE.test(preceding) || EN_OR_AFTER.test(following);
    const approximate =
      pair ||
      EN_APPROX_BEFORE.test(preceding.slice(-20)) ||
      /\bor\s+$/i.test(preceding.slice(-4)) ||
      /^\s+or\s+(?:\d|[a-z]+)/i.test(following.slice(0, 12));
    if (/^\d/.test(raw)) {
      const num = /^[\d,.]+/.exec(raw)?.[0] ?? raw;
      let value = Number(num.replace(/,/g, ''));
      const scale = /(hundred|thousand|million|billion|trillion)$/i.exec(raw);
      if (scale) value *= SCALES[scale[1].toLowerCase()];
      const percent = /%|cent$/i.test(raw);
      const decade = /\ds$/.test(raw) && value >= 1000;
      // '95, 1997-98: a two-digit year
      const shortYear =
        value < 100 &&
        Number.isInteger(value) &&
        /['’‘]$|\d[-–]$/.test(text.slice(Math.max(0, at - 2), at));
      if (value === 1 && !percent) continue;
      if (!Number.isFinite(value)) continue;
      const aliases = decade
        ? [value % 100, value - (value % 100)]
        : shortYear
          ? [1900 + value, 2000 + value]
          : undefined;
      out.push({
        value,
        text: raw,
        hard: true,
        percent,
        approximate,
        aliases,
        ...(pair ? { pair } : {}),
      });
      continue;
    }
    const loose = LOOSE_WORDS[raw.toLowerCase()];
    if (loose !== undefined) {
      const decade = loose >= 20;
      out.push({
        value: loose,
        text: raw,
        hard: false,
        approximate: false,
        matchOnly: !decade,
        aliases: decade ? [1900 + loose, 2000 + loose] : undefined,
      });
      continue;
    }
    let offset = 0;
    for (const group of numberGroups(raw)) {
      const start = raw.indexOf(group, offset);
      offset = start + group.length;
      const value = parseEnglishNumber(group);
      const after = text.slice(at + start + group.length, at + start + group.length + 30);
      // "one percent" = 1% = 百分之一, and "between one and five percent"
      const percent = /^(?:\s+(?:and|to|or)\s+[\w.-]+)?\s*(?:%|per\s?cent\b)/i.test(after);
      if (value === null || (value <= 1 && !(percent && value === 1))) continue;
      const aliases = /^\s+decades?\b/i.test(after) ? [value * 10] : undefined;
      const words = group.split(/[\s-]+/).filter((w) => w !== 'and');
      const scaleOnly = /^(?:an?|one)$/i.test(words[0]) && words.length === 2;
      const phrase = words.length > 1 && !scaleOnly;
      out.push({
        value,
        text: group,
        hard: percent || (value >= 10 && !scaleOnly && (phrase || value < 100)),
        approximate,
        aliases,
        ...(pair ? { pair } : {}),
        ...(percent ? { percent } : {}),
      });
    }
  }
  return out;
}

function valuesOf(n: FoundNumber): readonly number[] {
  const out = n.aliases ? [n.value, ...n.aliases] : [n.value];
  // 百分之一 = 1% = 0.01
  if (n.percent) out.push(n.value / 100);
  return out;
}

/** Equal, or the same decimal rounded differently (2.726 and 2.7255). */
function closeEnough(a: number, b: number): boolean {
  if (a === b) return true;
  const tolerance = Number.isInteger(a) && Number.isInteger(b) ? 1e-9 : 5e-3;
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * Equal values; an estimate also covers what it may stand for: 十几 (10) is 10 to 19 ("a
 * dozen"), 三百多 300 to 399, and "about 20" anything within a fifth of 20.
 */
function sameNumber(a: FoundNumber, b: FoundNumber): boolean {
  // Alternatives said outright on both sides (八九, "eight or nine") are the same ones.
  if (a.pair && b.pair) return valuesOf(a).some((v) => valuesOf(b).some((w) => closeEnough(v, w)));
  return valuesOf(a).some((v) =>
    valuesOf(b).some(
      (w) =>
        closeEnough(v, w) || (a.approximate && covers(v, w)) || (b.approximate && covers(w, v)),
    ),
  );
}

function covers(estimate: number, value: number): boolean {
  if (estimate <= 0) return false;
  const order = 10 ** Math.floor(Math.log10(estimate));
  return (
    (value >= estimate && value < estimate + order) || Math.abs(value - estimate) <= 0.2 * estimate
  );
}

/**
 * Numbers of `mine` with no equal value among `theirs` (each of theirs pairs once); unless
 * `strict`, a number said twice in one language may be said once in the other.
 */
function leftOver(
  mine: readonly FoundNumber[],
  theirs: readonly FoundNumber[],
  strict = false,
): FoundNumber[] {
  const used = new Array<boolean>(theirs.length).fill(false);
  const rest: FoundNumber[] = [];
  for (const n of mine) {
    let hit = theirs.findIndex((t, k) => !used[k] && sameNumber(n, t));
    // A number said twice in one language may be said once in the other.
    if (hit < 0 && !strict) {
      hit = theirs.findIndex((t) => sameNumber(n, t));
      if (hit >= 0) continue;
    }
    if (hit >= 0) used[hit] = true;
    else rest.push(n);
  }
  return rest;
}

export function formatNumber(n: FoundNumber): string {
  const v =
    Number.isInteger(n.value) && n.value >= 1e4 ? n.value.toLocaleString('en-US') : String(n.value);
  return n.percent ? `${v}%` : v;
}

function list(ns: readonly FoundNumber[]): FlagList {
  return { items: [...new Set(ns.map(formatNumber))] };
}

export interface NumbersFinding {
  readonly message: string;
  readonly texts: readonly FlagText[];
  readonly zh: readonly string[];
  readonly en: readonly string[];
}

/**
 * Compares the numbers of a Chinese and an English text; null when they agree. A difference
 * counts when a hard number is left over on one side, or numbers are left over on both.
 */
export function compareNumbers(
  zhText: string,
  enText: string,
  dictionary?: Dictionary,
): NumbersFinding | null {
  const zhFound = chineseNumbersFound(zhText, dictionary);
  const found = englishNumbersFound(enText);
  if (zhFound.every((n) => n.matchOnly) && found.every((n) => n.matchOnly)) return null;
  // "both" may stand for a 两 of the Chinese, a numeral of an idiom for a number of the
  // English (三寸金莲, "three-inch"): each is dropped when the other side has none like it.
  // The idiom's numerals last, so that a number of the English goes to a count first.
  const zh = [
    ...zhFound.filter((z) => !z.matchOnly),
    ...zhFound.filter((z) => z.matchOnly && found.some((n) => sameNumber(z, n))),
  ];
  const en = found.filter((n) => !n.matchOnly || zh.some((z) => sameNumber(z, n)));
  // Counted one to one first: 三个 … 三个 against "three … four" is a changed number.
  const zhStrict = leftOver(zh, en, true).filter((n) => !n.approximate && !n.matchOnly);
  const enStrict = leftOver(en, zh, true).filter((n) => !n.approximate && !n.matchOnly);
  const paired = zhStrict.length > 0 && enStrict.length > 0;
  const zhRest = paired ? zhStrict : leftOver(zh, en).filter((n) => !n.approximate && !n.matchOnly);
  const enRest = paired ? enStrict : leftOver(en, zh).filter((n) => !n.approximate && !n.matchOnly);
  const zhHard = zhRest.filter((n) => n.hard);
  const enHard = enRest.filter((n) => n.hard);
  // An estimate that covers nothing on the other side (十几 against "thirty") differs too,
  // when the other side has an exact number left over.
  if (enRest.length > 0 && zhRest.length === 0)
    zhRest.push(...leftOver(zh, en).filter((n) => n.approximate && !n.matchOnly));
  if (zhRest.length > 0 && enRest.length === 0)
    enRest.push(...leftOver(en, zh).filter((n) => n.approximate && !n.matchOnly));
  const both = zhRest.length > 0 && enRest.length > 0;
  // 八九 against "nine or ten": the alternatives differ.
  const zhPairs = leftOver(zh, en, true).filter((n) => n.pair);
  const enPairs = leftOver(en, zh, true).filter((n) => n.pair && !n.matchOnly);
  const pairsDiffer = zhPairs.length > 0 && enPairs.length > 0;
  if (!both && !pairsDiffer && zhHard.length === 0 && enHard.length === 0) return null;
  const zhShown = both ? zhRest : pairsDiffer ? [...zhHard, ...zhPairs] : zhHard;
  const enShown = both ? enRest : pairsDiffer ? [...enHard, ...enPairs] : enHard;
  const highlight = {
    zh: [...new Set(zhShown.map((n) => n.text))],
    en: [...new Set(enShown.map((n) => n.text))],
  };
  const text: FlagText =
    zhShown.length > 0 && enShown.length > 0
      ? { key: 'flag.msg.numbers.differ', params: { zh: list(zhShown), en: list(enShown) } }
      : zhShown.length > 0
        ? { key: 'flag.msg.numbers.zhOnly', params: { zh: list(zhShown) } }
        : { key: 'flag.msg.numbers.enOnly', params: { en: list(enShown) } };
  return { message: renderFlagTexts([text]), texts: [text], ...highlight };
}
