/**
 * Chinese words of one document, each looked up once: what a word found by the segmentation
 * means for the units (its keys: dictionary keywords and whole-word pinyin; whether it is a
 * stop word; the first reading of a single character, for names spelled in pinyin).
 */
import { CompiledDictionary, encodeDictionary } from './compiledDictionary';
import { STOP_ONLY_KEYWORD, type Dictionary } from './dictionary';
import type { Vocabulary } from './lexicon';
import { grownInt32 } from './unitDrafts';

/** Chinese words that are grammar rather than content: CEDICT glosses for them only add noise. */
export const ZH_STOP: ReadonlySet<string> = new Set(
  (
    '的 了 着 过 是 在 和 与 及 也 就 都 又 还 而 但 却 把 被 让 给 对 从 向 到 这 那 哪 些 个 之 其 于 以 为 所 者 ' +
    '得 地 吗 呢 吧 啊 呀 么 嘛 哦 我 你 您 他 她 它 们 我们 你们 他们 她们 咱们 自己 一 不 没 有 很 太 更 最 就是 ' +
    '可以 要 会 能 这个 那个 这样 那样 什么 怎么 因为 所以 如果 但是 然后 已经 一个 这些 那些 并 即 则 或 将 等 ' +
    '这么 那么 只 才 再 便 却 然 虽然 可 说'
  ).split(' '),
);
const ZH_STOP_CHAR = new Uint8Array(65536);
for (const w of ZH_STOP) if (w.length === 1) ZH_STOP_CHAR[w.charCodeAt(0)] = 1;

/** Plain dictionaries (tests, callers that parse CC-CEDICT themselves) are compiled once. */
const compiledCache = new WeakMap<Dictionary, CompiledDictionary>();
export function compiledFor(dict: Dictionary): CompiledDictionary {
  if (dict instanceof CompiledDictionary) return dict;
  let c = compiledCache.get(dict);
  if (!c) {
    c = new CompiledDictionary(encodeDictionary(dict));
    compiledCache.set(dict, c);
  }
  return c;
}

/** Per dictionary: headword ids of the multi-character stop words, and first readings of characters. */
interface DictionaryTables {
  readonly stopWords: ReadonlySet<number>;
  /** The keyword id of words whose senses are all English stop words (-1: none). */
  readonly stopOnly: number;
  /** First-reading syllable id per BMP character: -2 not looked up yet, -1 none. */
  readonly syllables: Int32Array;
  readonly astralSyllables: Map<number, number>;
}
const tablesCache = new WeakMap<CompiledDictionary, DictionaryTables>();
function tablesFor(dict: CompiledDictionary): DictionaryTables {
  let t = tablesCache.get(dict);
  if (!t) {
    const stopWords = new Set<number>();
    for (const w of ZH_STOP) {
      if (w.length < 2) continue;
      const id = dict.findWord(w, 0, w.length);
      if (id >= 0) stopWords.add(id);
    }
    let stopOnly = -1;
    for (let k = 0; k < dict.keywordCount && stopOnly < 0; k++)
      if (dict.keyword(k) === STOP_ONLY_KEYWORD) stopOnly = k;
    t = {
      stopWords,
      stopOnly,
      syllables: new Int32Array(65536).fill(-2),
      astralSyllables: new Map(),
    };
    tablesCache.set(dict, t);
  }
  return t;
}

/** A Chinese word (or single character) as the units see it. */
export interface ChineseWord {
  readonly stop: boolean;
  /** Keys: dictionary keywords, then the whole word's pinyin; empty for stop words. */
  readonly keys: Int32Array;
  /** First-reading syllable of a single BMP character, -1 otherwise. */
  readonly syllable: number;
}

const EMPTY = new Int32Array(0);

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c < 0xdc00;
}

/**
 * The document's Chinese words, numbered in the order the document meets them (the number
 * is also the word id in the units).
 */
export class ChineseWords {
  readonly list: ChineseWord[] = [];
  /**
   * Per word, what it is apart from this document's numbering: 65536 + its headword id, the
   * code unit of a single BMP character, or minus the code point of an astral character.
   */
  readonly codes: number[] = [];
  private readonly tables: DictionaryTables;
  /**
   * 1 + the number of a word by its code (0: not met yet): the code unit of a single BMP
   * character, 65536 + the headword id of a dictionary word, or 65536 + word count + n for
   * the n-th distinct astral character.
   */
  private index = new Int32Array(0);
  private readonly astral = new Map<number, number>();
  private keywordVocab: Int32Array | undefined;
  /** 1 + the key of two syllables spelled together, by s1 * syllableCount + s2 (0: not made yet). */
  private pairKeys: Int32Array | undefined;
  private readonly tripleKeys = new Map<number, number>();

  constructor(
    readonly dict: CompiledDictionary,
    private readonly vocab: Vocabulary,
  ) {
    this.tables = tablesFor(dict);
  }

  /**
   * The number of the word text[pos, pos + len) that the segmentation found: `headword` is its
   * dictionary id when it is a dictionary word of two or more code units, else -1.
   */
  wordAt(text: string, pos: number, len: number, headword: number): number {
    const dict = this.dict;
    let code: number;
    if (headword >= 0) code = 65536 + headword;
    else if (len === 1) code = text.charCodeAt(pos);
    else {
      const cp = text.codePointAt(pos) ?? 0;
      let n = this.astral.get(cp);
      if (n === undefined) this.astral.set(cp, (n = this.astral.size));
      code = 65536 + dict.wordCount + n;
    }
    if (code >= this.index.length) this.index = grownInt32(this.index, code + 1024);
    const known = this.index[code];
    if (known > 0) return known - 1;
    const stop =
      headword >= 0
        ? this.tables.stopWords.has(headword) || this.stopOnly(headword)
        : len === 1 && ZH_STOP_CHAR[code] === 1;
    const keys = stop ? EMPTY : this.keysOf(text, pos, len, headword);
    this.list.push({ stop, keys, syllable: len === 1 ? this.syllableAt(text, pos) : -1 });
    this.codes.push(code < 65536 + dict.wordCount ? code : -(text.codePointAt(pos) ?? 0));
    this.index[code] = this.list.length;
    return this.list.length - 1;
  }

  /**
   * The number of a word met elsewhere (`code` as in `codes`; its keys already in this
   * document's vocabulary): the same as if this document had met it now.
   */
  adopt(code: number, stop: boolean, keys: Int32Array, syllable: number): number {
    let at = code;
    if (code < 0) {
      let n = this.astral.get(-code);
      if (n === undefined) this.astral.set(-code, (n = this.astral.size));
      at = 65536 + this.dict.wordCount + n;
    }
    if (at >= this.index.length) this.index = grownInt32(this.index, at + 1024);
    const known = this.index[at];
    if (known > 0) return known - 1;
    this.list.push({ stop, keys: stop ? EMPTY : keys, syllable });
    this.codes.push(code);
    this.index[at] = this.list.length;
    return this.list.length - 1;
  }

  /** Whether a headword's only keyword says its senses are all English stop words. */
  private stopOnly(headword: number): boolean {
    const ids = this.dict.keywordIds(headword);
    return ids.length === 1 && ids[0] === this.tables.stopOnly;
  }

  /** Keys of a word: its dictionary keywords, then its pinyin when every character has a reading. */
  private keysOf(text: string, pos: number, len: number, headword: number): Int32Array {
    const dict = this.dict;
    const w = headword >= 0 ? headword : dict.findWord(text, pos, pos + len);
    const list: number[] = [];
    if (w >= 0) {
      this.keywordVocab ??= new Int32Array(dict.keywordCount).fill(-1);
      for (const k of dict.keywordIds(w)) {
        if (this.keywordVocab[k] < 0) this.keywordVocab[k] = this.vocab.id(dict.keyword(k));
        list.push(this.keywordVocab[k]);
      }
    }
    let spelled = '';
    for (let k = pos; k < pos + len;) {
      const s = this.syllableAt(text, k);
      if (s < 0) {
        spelled = '';
        break;
      }
      spelled += dict.syllable(s);
      k += isHighSurrogate(text.charCodeAt(k)) && k + 1 < pos + len ? 2 : 1;
    }
    if (spelled !== '') list.push(this.vocab.id(`py:${spelled}`));
    return Int32Array.from(list);
  }

  /** First-reading syllable of the code point at text[pos], or -1 when it has no reading. */
  private syllableAt(text: string, pos: number): number {
    const dict = this.dict;
    const c = text.charCodeAt(pos);
    const d = pos + 1 < text.length ? text.charCodeAt(pos + 1) : 0;
    if (!isHighSurrogate(c) || d < 0xdc00 || d > 0xdfff) {
      let s = this.tables.syllables[c];
      if (s === -2) {
        const w = dict.find(text, pos, pos + 1);
        s = w < 0 ? -1 : dict.firstReading(w);
        this.tables.syllables[c] = s;
      }
      return s;
    }
    const cp = text.codePointAt(pos) ?? c;
    let s = this.tables.astralSyllables.get(cp);
    if (s === undefined) {
      const w = dict.find(text, pos, pos + 2);
      s = w < 0 ? -1 : dict.firstReading(w);
      this.tables.astralSyllables.set(cp, s);
    }
    return s;
  }

  /** Key of two or three characters (syllable ids) spelled in pinyin, or -1. */
  spelledKey(s1: number, s2: number, s3 = -2): number {
    if (s1 < 0 || s2 < 0 || s3 === -1) return -1;
    const dict = this.dict;
    const size = dict.syllableCount;
    if (s3 < 0) {
      // Pairs are met at nearly every two single characters: a flat table, no hashing.
      const pairs = (this.pairKeys ??= new Int32Array(size * size));
      const key = s1 * size + s2;
      let id = pairs[key] - 1;
      if (id < 0) {
        id = this.vocab.id(`py:${dict.syllable(s1)}${dict.syllable(s2)}`);
        pairs[key] = id + 1;
      }
      return id;
    }
    const key = (s1 * size + s2) * size + s3;
    let id = this.tripleKeys.get(key);
    if (id === undefined) {
      id = this.vocab.id(`py:${dict.syllable(s1)}${dict.syllable(s2)}${dict.syllable(s3)}`);
      this.tripleKeys.set(key, id);
    }
    return id;
  }
}
