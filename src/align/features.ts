import type { Dictionary } from './dictionary';
import { englishTokens, stem } from './english';
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

const HAN = /\p{Script=Han}/u;
const CONTENT_CHAR = /[\p{L}\p{N}]/gu;

export function contentLength(text: string): number {
  const m = text.match(CONTENT_CHAR);
  return m ? m.length : 0;
}

interface UnitDraft {
  keys: Set<number>;
  weight: number;
  strong?: boolean;
}

function pack(drafts: readonly UnitDraft[], length: number): SegmentUnits {
  const live = drafts.filter((d) => d.keys.size > 0 && d.weight > 0);
  const offsets = new Int32Array(live.length + 1);
  const keyList: number[] = [];
  const weights = new Float32Array(live.length);
  const strong = new Uint8Array(live.length);
  let total = 0;
  let strongTotal = 0;
  live.forEach((d, u) => {
    keyList.push(...d.keys);
    offsets[u + 1] = keyList.length;
    weights[u] = d.weight;
    if (d.strong) {
      strong[u] = 1;
      strongTotal += d.weight;
    } else {
      total += d.weight;
    }
  });
  return { keys: Int32Array.from(keyList), offsets, weights, strong, total, strongTotal, length };
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

function punctuationUnits(text: string, table: typeof PUNCT_EN, vocab: Vocabulary, w: number): UnitDraft[] {
  return table.filter(([re]) => re.test(text)).map(([, key]) => ({ keys: new Set([vocab.id(`p:${key}`)]), weight: w }));
}

/** Digits are strong evidence; numerals in words (often idiomatic or approximate) are ordinary. */
function numberUnits(digits: readonly number[], words: readonly number[], vocab: Vocabulary, w: number): UnitDraft[] {
  const strong = new Set(digits);
  const all = new Set([...digits, ...words]);
  return [...all].map((v) => ({ keys: new Set([vocab.id(`#${v}`)]), weight: w, strong: strong.has(v) }));
}

const wordSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Splits an unknown Chinese word into the longest dictionary words it contains. */
function splitUnknown(word: string, dict: Dictionary): string[] {
  const chars = [...word];
  const out: string[] = [];
  let i = 0;
  while (i < chars.length) {
    let len = Math.min(dict.maxWordLength, chars.length - i);
    while (len > 1 && !dict.words.has(chars.slice(i, i + len).join(''))) len--;
    out.push(chars.slice(i, i + len).join(''));
    i += len;
  }
  return out;
}

const MAX_PINYIN_VARIANTS = 6;

/** Toneless pinyin spellings of a run of characters ("清扬" → qingyang), for names. */
function pinyinSpellings(chars: readonly string[], dict: Dictionary): string[] {
  let acc = [''];
  for (const c of chars) {
    const rs = dict.readings.get(c);
    if (!rs) return [];
    const next: string[] = [];
    for (const a of acc) for (const r of rs) if (next.length < MAX_PINYIN_VARIANTS) next.push(a + r);
    acc = next;
  }
  return acc;
}

export interface ExtractOptions {
  readonly dictionary?: Dictionary;
  readonly weights?: UnitWeights;
}

/** Units of a Chinese segment: dictionary words, numbers, Latin tokens, punctuation. */
export function chineseUnits(text: string, vocab: Vocabulary, options: ExtractOptions = {}): SegmentUnits {
  const w = options.weights ?? DEFAULT_UNIT_WEIGHTS;
  const dict = options.dictionary;
  const drafts: UnitDraft[] = [];
  const byWord = new Map<string, UnitDraft>();
  const hanRun: { char: string; unit: UnitDraft | undefined }[] = [];
  const flushNames = () => {
    if (!dict) return;
    // Names are transliterated: any run of 1–3 characters may be spelled in pinyin.
    for (let i = 0; i < hanRun.length; i++) {
      for (let len = 1; len <= 3 && i + len <= hanRun.length; len++) {
        const owner = hanRun[i].unit ?? hanRun[i + len - 1].unit;
        if (!owner) continue;
        for (const s of pinyinSpellings(hanRun.slice(i, i + len).map((h) => h.char), dict)) {
          owner.keys.add(vocab.id(`py:${stem(s)}`));
        }
      }
    }
    hanRun.length = 0;
  };
  for (const seg of wordSegmenter.segment(text)) {
    const word = seg.segment;
    if (!seg.isWordLike) {
      flushNames();
      continue;
    }
    if (!HAN.test(word)) {
      flushNames();
      if (/^[A-Za-z][A-Za-z'’-]*$/.test(word)) {
        const key = vocab.id(stem(word.toLowerCase()));
        drafts.push({ keys: new Set([key, vocab.id(`py:${stem(word.toLowerCase())}`)]), weight: w.latin, strong: true });
      }
      continue;
    }
    const pieces = dict && !dict.words.has(word) ? splitUnknown(word, dict) : [word];
    for (const piece of pieces) {
      let unit: UnitDraft | undefined;
      if (!ZH_STOP.has(piece)) {
        unit = byWord.get(piece);
        if (!unit) {
          unit = { keys: new Set(), weight: w.word };
          byWord.set(piece, unit);
          drafts.push(unit);
          for (const k of dict?.words.get(piece) ?? []) unit.keys.add(vocab.id(k));
        }
      }
      for (const char of piece) hanRun.push({ char, unit });
    }
  }
  flushNames();
  drafts.push(...numberUnits(arabicNumbers(text), chineseNumeralValues(text), vocab, w.number));
  drafts.push(...punctuationUnits(text, PUNCT_ZH, vocab, w.punctuation));
  return pack(drafts, contentLength(text));
}

/** Units of an English segment: content-word stems (names also as pinyin), numbers, punctuation. */
export function englishUnits(text: string, vocab: Vocabulary, options: ExtractOptions = {}): SegmentUnits {
  const w = options.weights ?? DEFAULT_UNIT_WEIGHTS;
  const drafts: UnitDraft[] = [];
  const seen = new Set<string>();
  for (const t of englishTokens(text)) {
    if (seen.has(t.stem)) continue;
    seen.add(t.stem);
    const keys = new Set([vocab.id(t.stem)]);
    if (t.nameLike) keys.add(vocab.id(`py:${stem(t.lower)}`));
    drafts.push({ keys, weight: w.word });
  }
  drafts.push(...numberUnits(arabicNumbers(text).filter((v) => v !== 1), englishNumberWords(text), vocab, w.number));
  drafts.push(...punctuationUnits(text, PUNCT_EN, vocab, w.punctuation));
  return pack(drafts, contentLength(text));
}
