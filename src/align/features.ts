import { CompiledDictionary } from './compiledDictionary';
import type { Dictionary } from './dictionary';
import { englishTokens, stem, STOP_WORDS } from './english';
import { arabicNumbers, chineseNumeralValues, englishNumberWords } from './numerals';

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

export class Vocabulary {
  private readonly ids = new Map<string, number>();
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
  get size(): number {
    return this.ids.size;
  }
}

/** How much each kind of evidence weighs against an ordinary word. */
export interface UnitWeights {
  readonly word: number;
  readonly number: number;
  readonly latin: number;
  readonly punctuation: number;
}

export const DEFAULT_UNIT_WEIGHTS: UnitWeights = { word: 1, number: 1, latin: 1, punctuation: 0.7 };

/** Chinese words that are grammar rather than content: CEDICT glosses for them only add noise. */
const ZH_STOP = new Set(
  (
    '的 了 着 过 是 在 和 与 及 也 就 都 又 还 而 但 却 把 被 让 给 对 从 向 到 这 那 哪 些 个 之 其 于 以 为 所 者 ' +
    '得 地 吗 呢 吧 啊 呀 么 嘛 哦 我 你 您 他 她 它 们 我们 你们 他们 她们 咱们 自己 一 不 没 有 很 太 更 最 就是 ' +
    '可以 要 会 能 这个 那个 这样 那样 什么 怎么 因为 所以 如果 但是 然后 已经 一个 这些 那些 并 即 则 或 将 等 ' +
    '这么 那么 只 才 再 便 却 然 虽然 可 说'
  ).split(' '),
);

/** Characters that carry length: letters, digits, Han (by code unit ranges, for speed). */
export function contentLength(text: string): number {
  let n = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0x3400 && c <= 0x9fff) ||
      (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xff10 && c <= 0xff5a) ||
      (c >= 0xd800 && c <= 0xdbff)
    ) {
      n++;
    }
  }
  return n;
}

interface UnitDraft {
  /** May hold duplicates: matching counts a unit once whatever its keys. */
  keys: number[];
  word?: number;
  weight: number;
  strong?: boolean;
}

function pack(drafts: readonly UnitDraft[], length: number): SegmentUnits {
  const live = drafts.filter((d) => d.keys.length > 0 && d.weight > 0);
  const offsets = new Int32Array(live.length + 1);
  const keyList: number[] = [];
  const weights = new Float32Array(live.length);
  const strong = new Uint8Array(live.length);
  const words = new Int32Array(live.length).fill(-1);
  let total = 0;
  let strongTotal = 0;
  live.forEach((d, u) => {
    for (const k of d.keys) keyList.push(k);
    offsets[u + 1] = keyList.length;
    weights[u] = d.weight;
    if (d.word !== undefined) words[u] = d.word;
    if (d.strong) {
      strong[u] = 1;
      strongTotal += d.weight;
    } else {
      total += d.weight;
    }
  });
  return {
    keys: Int32Array.from(keyList),
    offsets,
    weights,
    strong,
    total,
    strongTotal,
    length,
    words,
  };
}

const PUNCT_ZH: ReadonlyArray<readonly [RegExp, string]> = [
  [/[？?]/u, '?'],
  [/[！!]/u, '!'],
  [/[“”「」『』"]/u, '"'],
  [/…|\.\.\./u, '…'],
];
const PUNCT_EN: ReadonlyArray<readonly [RegExp, string]> = [
  [/\?/u, '?'],
  [/!/u, '!'],
  [/[“”"]|(?:^|\s)'|'(?:\s|$)/u, '"'],
  [/…|\.\.\./u, '…'],
];

function punctuationUnits(
  text: string,
  table: typeof PUNCT_EN,
  vocab: Vocabulary,
  w: number,
): UnitDraft[] {
  return table
    .filter(([re]) => re.test(text))
    .map(([, key]) => ({ keys: [vocab.id(`p:${key}`)], weight: w }));
}

/** Digits are strong evidence; numerals in words (often idiomatic or approximate) are ordinary. */
function numberUnits(
  digits: readonly number[],
  words: readonly number[],
  vocab: Vocabulary,
  w: number,
): UnitDraft[] {
  const strong = new Set(digits);
  const all = new Set([...digits, ...words]);
  return [...all].map((v) => ({ keys: [vocab.id(`#${v}`)], weight: w, strong: strong.has(v) }));
}

/**
 * Look-up caches for one alignment run: the keys of a Chinese word (its dictionary keywords
 * and its pinyin), and of an English token, are computed once per distinct word.
 */
export class Lexicon {
  private readonly zhKeys = new Map<string, readonly number[]>();
  private readonly pinyinKeys = new Map<string, number>();
  private readonly enKeys = new Map<string, readonly number[]>();
  private keywordVocab: Int32Array | undefined;

  constructor(
    readonly vocab: Vocabulary,
    readonly dictionary?: Dictionary,
    readonly weights: UnitWeights = DEFAULT_UNIT_WEIGHTS,
  ) {}

  /** Id of a Chinese word itself (not a key: for learning translations from the text). */
  chineseWord(word: string): number {
    return this.vocab.id(`zh:${word}`);
  }

  /** Keys of a Chinese dictionary word: its English keywords and its whole-word pinyin. */
  chineseKeys(word: string): readonly number[] {
    let keys = this.zhKeys.get(word);
    if (!keys) {
      const list = this.keywordIds(word);
      const py = this.pinyin(word);
      if (py >= 0) list.push(py);
      keys = list;
      this.zhKeys.set(word, keys);
    }
    return keys;
  }

  /** Vocabulary ids of a Chinese word's dictionary keywords, in the dictionary's order. */
  private keywordIds(word: string): number[] {
    const dict = this.dictionary;
    if (!(dict instanceof CompiledDictionary))
      return (dict?.words.get(word) ?? []).map((k) => this.vocab.id(k));
    const w = dict.findWord(word, 0, word.length);
    if (w < 0) return [];
    // Keyword id -> vocabulary id, filled as keywords are first met.
    this.keywordVocab ??= new Int32Array(dict.keywords.length).fill(-1);
    const out: number[] = [];
    for (const k of dict.keywordIds(w)) {
      if (this.keywordVocab[k] < 0) this.keywordVocab[k] = this.vocab.id(dict.keywords[k]);
      out.push(this.keywordVocab[k]);
    }
    return out;
  }

  /** Key of the first-reading pinyin spelling of some characters ("清扬" → py:qingyang), or -1. */
  pinyin(chars: string): number {
    let id = this.pinyinKeys.get(chars);
    if (id === undefined) {
      let spelled = '';
      for (const c of chars) {
        const r = this.dictionary?.readings.get(c);
        if (!r) {
          spelled = '';
          break;
        }
        spelled += r[0];
      }
      id = spelled === '' ? -1 : this.vocab.id(`py:${spelled}`);
      this.pinyinKeys.set(chars, id);
    }
    return id;
  }

  /** Keys of an English content token: its stem, and for a likely name its pinyin key. */
  englishKeys(lower: string, nameLike: boolean): readonly number[] {
    const cacheKey = nameLike ? `N${lower}` : lower;
    let keys = this.enKeys.get(cacheKey);
    if (!keys) {
      const base = lower.replace(/'s$/, '');
      keys = nameLike
        ? [this.vocab.id(stem(base)), this.vocab.id(`py:${base}`)]
        : [this.vocab.id(stem(base))];
      this.enKeys.set(cacheKey, keys);
    }
    return keys;
  }
}

const HAN_RUN = /\p{Script=Han}+/gu;
const LATIN_WORD = /[A-Za-z][A-Za-z'’-]*/g;
/** Longest word tried by the forward maximum-matching segmentation (covers 4-character idioms). */
const MAX_MATCH = 4;

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
  const starts = dict.wordStarts();
  const out: string[] = [];
  let pos = 0;
  while (pos < run.length) {
    let len = Math.min(MAX_MATCH, run.length - pos);
    if (len > 1 && !starts.has(run.charCodeAt(pos) * 65536 + run.charCodeAt(pos + 1))) len = 1;
    while (len > 1 && dict.findWord(run, pos, pos + len) < 0) len--;
    // Keep surrogate pairs (rare Han characters outside the BMP) whole.
    if (len === 1 && run.charCodeAt(pos) >= 0xd800 && run.charCodeAt(pos) < 0xdc00) len = 2;
    out.push(run.substr(pos, len));
    pos += len;
  }
  return out;
}

/** Units of a Chinese segment: dictionary words (and pinyin for names), numbers, Latin tokens, punctuation. */
export function chineseUnits(text: string, lexicon: Lexicon): SegmentUnits {
  const { vocab, dictionary: dict, weights: w } = lexicon;
  const drafts: UnitDraft[] = [];
  if (dict) {
    const byWord = new Map<string, UnitDraft>();
    for (const m of text.matchAll(HAN_RUN)) {
      const pieces = segmentChineseWords(m[0], dict);
      const units = pieces.map((piece) => {
        if (ZH_STOP.has(piece)) return undefined;
        let unit = byWord.get(piece);
        if (!unit) {
          unit = {
            keys: lexicon.chineseKeys(piece).slice(),
            weight: w.word,
            word: lexicon.chineseWord(piece),
          };
          byWord.set(piece, unit);
          drafts.push(unit);
        }
        return unit;
      });
      // Names are split into single characters: spell runs of 2–3 of them in pinyin.
      for (let k = 0; k + 1 < pieces.length; k++) {
        if (pieces[k].length !== 1 || pieces[k + 1].length !== 1) continue;
        const owner = units[k] ?? units[k + 1];
        if (!owner) continue;
        const two = lexicon.pinyin(pieces[k] + pieces[k + 1]);
        if (two >= 0) owner.keys.push(two);
        if (k + 2 < pieces.length && pieces[k + 2].length === 1) {
          const three = lexicon.pinyin(pieces[k] + pieces[k + 1] + pieces[k + 2]);
          if (three >= 0) owner.keys.push(three);
        }
      }
    }
  }
  const latin = new Set<string>();
  for (const m of text.matchAll(LATIN_WORD)) latin.add(m[0].toLowerCase());
  for (const word of latin) {
    if (STOP_WORDS.has(word)) continue;
    drafts.push({ keys: lexicon.englishKeys(word, true).slice(), weight: w.latin, strong: true });
  }
  drafts.push(...numberUnits(arabicNumbers(text), chineseNumeralValues(text), vocab, w.number));
  drafts.push(...punctuationUnits(text, PUNCT_ZH, vocab, w.punctuation));
  return pack(drafts, contentLength(text));
}

/** Units of an English segment: content-word stems (names also as pinyin), numbers, punctuation. */
export function englishUnits(text: string, lexicon: Lexicon): SegmentUnits {
  const { vocab, weights: w } = lexicon;
  const drafts: UnitDraft[] = [];
  const seen = new Set<string>();
  for (const t of englishTokens(text)) {
    const key = t.nameLike ? `N${t.lower}` : t.lower;
    if (seen.has(key)) continue;
    seen.add(key);
    const keys = lexicon.englishKeys(t.lower, t.nameLike).slice();
    drafts.push({ keys, weight: w.word, word: keys[0] });
  }
  drafts.push(
    ...numberUnits(
      arabicNumbers(text).filter((v) => v !== 1),
      englishNumberWords(text),
      vocab,
      w.number,
    ),
  );
  drafts.push(...punctuationUnits(text, PUNCT_EN, vocab, w.punctuation));
  return pack(drafts, contentLength(text));
}
