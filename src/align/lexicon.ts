/**
 * Reading a document's segments into units (see features.ts): one pass over each segment's
 * character codes gives integer tokens, and the units of the whole segment and of its first
 * and last sentence are built from them.
 */
import { ChineseWords, compiledFor } from './chineseWords';
import type { Dictionary } from './dictionary';
import { stem, STOP_WORDS } from './english';
import { EnglishTokenTable } from './englishTokens';
import type { SegmentFeatures, SegmentUnits } from './features';
import {
  arabicNumbers,
  chineseNumeralValues,
  englishNumberWords,
  mayHoldNumeral,
} from './numerals';
import {
  englishSentenceRanges,
  englishSentenceRangesOfAll,
  type SentenceRanges,
} from './sentences';
import {
  chineseSentenceRanges,
  hanAt,
  isAsciiLetter,
  scanChineseRange,
  scanEnglishRange,
  scanned,
} from './textScan';
import { Arena, grownInt32, grownUint8, UnitDrafts, type BufferMaker } from './unitDrafts';

/** 0: not yet; 1: the English reading; 2: both sides' (with a dictionary). */
let primed = 0;
const PRIME_ZH = [
  '韦小宝道：“你说什么？我不知道！”他笑了笑……',
  '第三百二十一回，十分好看。2.5公斤，１２个，3个人。',
  '林黛玉和贾宝玉在大观园里读《西厢记》。她说：“iPhone’s CEO来了？”一五一十地说了。',
  '他们走了很久。天下大乱！𠀀字很少见。',
  '一九九〇年有12个，第3个最好。',
];
const PRIME_EN = [
  '"What did you say?" said Trinket. "I don\'t know!" He smiled...',
  'Chapter three hundred and twenty-one was very good. It weighs 2.5 kilos, 12 of them, 3 people, 1 more.',
  'Lin Daiyu and Jia Baoyu’s friends read The Western Chamber in the Grand View Garden. Mr. Smith asked: "The CEO of iPhone\'s company came?" She told it all…',
  'They walked for a long time. The world was in chaos! A rare character, twenty-two times; a dozen.',
  'In 1990 there were 12 of them, and the 3rd was best.',
];

/**
 * Reads a few made-up segments once per thread, before the document, with a vocabulary of their
 * own: the segments take every path of the reading code (numbers, decimals, Latin words in
 * Chinese, names, several sentences, ellipses...), so that when the engine compiles the reading
 * functions for the document it has seen all their paths and does not throw the compiled code
 * away at the first number (each such throw-away costs a recompilation of a large function).
 */
function prime(dictionary: Dictionary | undefined): void {
  // Its scratch arrays start small, so that the paths that grow them run too.
  const lexicon = new Lexicon(new Vocabulary(), dictionary, undefined, undefined, 32);
  // And one long segment of each (all of them joined). Once is enough: twice, or with a
  // segment four times as long, the priming cost more than it saved (10 interleaved runs each).
  const zh = [...PRIME_ZH, PRIME_ZH.join('')];
  const en = [...PRIME_EN, PRIME_EN.join(' ')];
  const cuts = englishSentenceRangesOfAll(en);
  // With first and last sentences, and without them (as the refinements read segments).
  for (const t of zh) {
    lexicon.chinese(t, true);
    lexicon.chinese(t);
  }
  for (let k = 0; k < en.length; k++) lexicon.english(en[k], true, cuts, k);
  for (const t of en) {
    lexicon.english(t, true);
    lexicon.english(t);
  }
}

/** Interns keys (strings) to integers, for one document. */
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
  /** The keys, by id. */
  keys(): string[] {
    return Array.from(this.ids.keys());
  }
}

/**
 * What a fresh reading of one chunk of segments would ask its Vocabulary for, while a Lexicon
 * with a document-long memory reads the chunk (chineseShare.ts: the helper thread's Chinese
 * chunks). A fresh reading asks for a key the first time the chunk needs it (a word's keys when
 * the word is first met, a pinyin pair, a Latin word, a number, a mark); the Lexicon's caches
 * skip most of those asks, so each place that hands out a key also notes it here, and the keys
 * noted first in the chunk, in order, are the asks of a fresh reading. The same for the words
 * (numbered in the order the chunk meets them).
 */
export class KeyRecorder {
  private stamp = 0;
  private keyStamp = new Int32Array(1024);
  private wordStamp = new Int32Array(1024);
  /** The chunk's keys (this Lexicon's ids) in the order a fresh reading asks for them. */
  keys: number[] = [];
  /** The chunk's words (this Lexicon's numbers) in the order it meets them. */
  words: number[] = [];

  /** Starts a chunk. */
  begin(): void {
    this.stamp++;
    this.keys = [];
    this.words = [];
  }

  key(id: number): void {
    if (id >= this.keyStamp.length) this.keyStamp = grownInt32(this.keyStamp, id + 1);
    if (this.keyStamp[id] === this.stamp) return;
    this.keyStamp[id] = this.stamp;
    this.keys.push(id);
  }

  /** A word met, with its keys (asked when a fresh reading first meets it). */
  word(x: number, keys: Int32Array): void {
    if (x >= this.wordStamp.length) this.wordStamp = grownInt32(this.wordStamp, x + 1);
    if (this.wordStamp[x] === this.stamp) return;
    this.wordStamp[x] = this.stamp;
    this.words.push(x);
    for (let k = 0; k < keys.length; k++) this.key(keys[k]);
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

/** Longest word tried by the forward maximum-matching segmentation (covers 4-character idioms). */
export const MAX_MATCH = 4;

/** Token flags of the Chinese pass. */
const SINGLE = 1;
const RUN_START = 2;
const LATIN = 4;

const PUNCT_KEYS = ['?', '!', '"', '…'];
const NO_NUMBERS: readonly number[] = [];

/**
 * One document's feature extraction: a single pass over each segment's character codes
 * gives integer tokens (Chinese words by forward maximum matching on the compiled dictionary,
 * English words through a per-document table), and the units of the whole segment and of its
 * first and last sentence are built from those tokens. What a word means (its keys, whether it
 * is a stop word, its pinyin) is looked up once per distinct word in the document.
 */
export class Lexicon {
  private readonly zh: ChineseWords | undefined;
  private readonly arena: Arena;
  private readonly drafts: UnitDrafts;
  private readonly ranges: number[] = [];

  private unitStamp = new Int32Array(0);
  private unitOf = new Int32Array(0);
  private stamp = 0;
  private readonly latinKeys = new Map<string, Int32Array>();

  // Tokens of the segment being read: a word index (Chinese), a latinWords index (Latin
  // words in Chinese text) or an EnglishTokenTable entry; code-unit offset; flags.
  private tokId: Int32Array<ArrayBuffer>;
  private tokPos: Int32Array<ArrayBuffer>;
  private tokFlags: Uint8Array<ArrayBuffer>;
  private tokUnit: Int32Array<ArrayBuffer>;
  private tokCount = 0;
  private readonly latinWords: string[] = [];
  /** Set on a helper's Lexicon that reads chunks (chineseShare.ts). */
  private recorder: KeyRecorder | undefined = undefined;
  private readonly latinSeen = new Set<string>();

  private readonly enTable: EnglishTokenTable;
  private readonly numberKeys = new Map<number, Int32Array>();
  /** The number values of the range being read, each once. */
  private numbers = new Float64Array(16);
  /** Keys of the four punctuation units, made when first met. */
  private readonly punctKeys: (Int32Array | undefined)[] = [
    undefined,
    undefined,
    undefined,
    undefined,
  ];

  constructor(
    readonly vocab: Vocabulary,
    readonly dictionary?: Dictionary,
    readonly weights: UnitWeights = DEFAULT_UNIT_WEIGHTS,
    /** Where the units' stores are made (BufferMaker: shared memory for another thread). */
    buffer?: BufferMaker,
    /** Scratch arrays start this many times smaller (the priming run: so that they grow). */
    shrink = 1,
  ) {
    this.arena = new Arena(buffer);
    this.zh = dictionary ? new ChineseWords(compiledFor(dictionary), vocab) : undefined;
    this.enTable = new EnglishTokenTable(vocab, 1024 / shrink);
    this.drafts = new UnitDrafts(64 / shrink);
    this.tokId = new Int32Array(256 / shrink);
    this.tokPos = new Int32Array(256 / shrink);
    this.tokFlags = new Uint8Array(256 / shrink);
    this.tokUnit = new Int32Array(256 / shrink);
    if (primed < (dictionary ? 2 : 1)) {
      primed = dictionary ? 2 : 1;
      prime(dictionary);
    }
  }

  /** Notes from now on what a fresh reading of each chunk would ask for (chineseShare.ts). */
  record(): KeyRecorder {
    return (this.recorder ??= new KeyRecorder());
  }

  /** The document's Chinese words (undefined without a dictionary). */
  get chineseWords(): ChineseWords | undefined {
    return this.zh;
  }

  /** Units of a Chinese segment, and of its first and last sentence when `edges` is set. */
  chinese(text: string, edges = false): SegmentFeatures {
    this.readChinese(text);
    const units = this.chineseRange(text, 0, text.length, 0, this.tokCount);
    if (!edges) return { units, head: units, tail: units };
    this.ranges.length = 0;
    return this.withEdges(text, units, chineseSentenceRanges(text, this.ranges), 0, true);
  }

  /**
   * Units of an English segment, and of its first and last sentence when `edges` is set;
   * `cuts` are its sentences (as englishSentenceRanges gives them) when the caller has them.
   */
  english(text: string, edges = false, cuts?: SentenceRanges, index = 0): SegmentFeatures {
    this.readEnglish(text);
    const units = this.englishRange(text, 0, text.length, 0, this.tokCount);
    if (!edges) return { units, head: units, tail: units };
    if (!cuts) {
      this.ranges.length = 0;
      return this.withEdges(text, units, englishSentenceRanges(text, this.ranges), 0, false);
    }
    return this.withEdges(
      text,
      units,
      cuts.ranges,
      cuts.start[index],
      false,
      cuts.start[index + 1],
    );
  }

  /** The units of the first and last of the sentences r[from .. to) (pairs of offsets). */
  private withEdges(
    text: string,
    units: SegmentUnits,
    r: readonly number[],
    from: number,
    zh: boolean,
    to = r.length,
  ): SegmentFeatures {
    // A one-sentence segment is its own first and last sentence: reuse its units.
    if (to - from <= 2) return { units, head: units, tail: units };
    const build = (a: number, b: number) => {
      let t0 = 0;
      while (t0 < this.tokCount && this.tokPos[t0] < a) t0++;
      let t1 = t0;
      while (t1 < this.tokCount && this.tokPos[t1] < b) t1++;
      return zh ? this.chineseRange(text, a, b, t0, t1) : this.englishRange(text, a, b, t0, t1);
    };
    const head = build(r[from], r[from + 1]);
    const tail = build(r[to - 2], r[to - 1]);
    return { units, head, tail };
  }

  private pushToken(id: number, pos: number, flags: number): void {
    const t = this.tokCount++;
    if (t >= this.tokId.length) {
      this.tokId = grownInt32(this.tokId, t + 1);
      this.tokPos = grownInt32(this.tokPos, t + 1);
      this.tokFlags = grownUint8(this.tokFlags, t + 1);
      this.tokUnit = grownInt32(this.tokUnit, t + 1);
    }
    this.tokId[t] = id;
    this.tokPos[t] = pos;
    this.tokFlags[t] = flags;
  }

  // ---- Chinese -------------------------------------------------------------------------

  /** Tokens of a Chinese text: Han runs cut into words, and Latin-script words. */
  private readChinese(text: string): void {
    this.tokCount = 0;
    this.latinWords.length = 0;
    const n = text.length;
    const zh = this.zh;
    let k = 0;
    while (k < n) {
      const c = text.charCodeAt(k);
      if (c < 0x80) {
        if (isAsciiLetter(c)) {
          // /[A-Za-z][A-Za-z'’-]*/
          let e = k + 1;
          for (; e < n; e++) {
            const d = text.charCodeAt(e);
            if (!(isAsciiLetter(d) || d === 0x27 || d === 0x2019 || d === 0x2d)) break;
          }
          this.pushToken(this.latinWords.length, k, LATIN);
          this.latinWords.push(text.slice(k, e).toLowerCase());
          k = e;
        } else k++;
        continue;
      }
      if (!zh) {
        k++;
        continue;
      }
      const h = hanAt(text, k);
      if (h === 0) {
        k++;
        continue;
      }
      let e = k + h;
      while (e < n) {
        const h2 = hanAt(text, e);
        if (h2 === 0) break;
        e += h2;
      }
      this.segmentRun(text, k, e, zh);
      k = e;
    }
  }

  /** Forward maximum matching of the Han run text[a, e) against the dictionary. */
  private segmentRun(text: string, a: number, e: number, zh: ChineseWords): void {
    const dict = zh.dict;
    let pos = a;
    let flags = RUN_START;
    while (pos < e) {
      const c = text.charCodeAt(pos);
      // The longest word from here: only the lengths of words that start with these two units
      // are looked up, and the two-unit word comes with them.
      const most = Math.min(MAX_MATCH, e - pos);
      let len = 1;
      let w = -1;
      const start = most > 1 ? dict.wordStart(c, text.charCodeAt(pos + 1)) : 0;
      if (start !== 0) {
        for (let l = most; l >= 3 && w < 0; l--)
          if ((start >> (l - 3)) & 1) {
            w = dict.findWord(text, pos, pos + l);
            if (w >= 0) len = l;
          }
        if (w < 0 && start >> 8 > 0) {
          w = (start >> 8) - 1;
          len = 2;
        }
      }
      // Keep surrogate pairs (rare Han characters outside the BMP) whole.
      if (len === 1 && c >= 0xd800 && c < 0xdc00) len = 2;
      const x = zh.wordAt(text, pos, len, w);
      if (this.recorder) this.recorder.word(x, zh.list[x].keys);
      this.pushToken(x, pos, flags | (len === 1 ? SINGLE : 0));
      flags = 0;
      pos += len;
    }
  }

  private ensureUnitTables(size: number): void {
    if (this.unitStamp.length >= size) return;
    this.unitStamp = grownInt32(this.unitStamp, size);
    this.unitOf = grownInt32(this.unitOf, size);
  }

  /** Units of text[a, b) from its tokens t0 .. t1 (the tokens of the whole segment's pass). */
  private chineseRange(text: string, a: number, b: number, t0: number, t1: number): SegmentUnits {
    const d = this.drafts;
    const w = this.weights;
    d.reset();
    const zh = this.zh;
    if (zh) {
      const stamp = ++this.stamp;
      for (let t = t0; t < t1; t++) {
        this.tokUnit[t] = -1;
        if (this.tokFlags[t] & LATIN) continue;
        const x = this.tokId[t];
        const info = zh.list[x];
        if (info.stop) continue;
        if (x >= this.unitStamp.length) this.ensureUnitTables(x + 1);
        if (this.unitStamp[x] === stamp) this.tokUnit[t] = this.unitOf[x];
        else {
          const u = d.add(info.keys, w.word, false, x);
          this.unitStamp[x] = stamp;
          this.unitOf[x] = u;
          this.tokUnit[t] = u;
        }
      }
      // Names are split into single characters: spell runs of 2–3 of them in pinyin.
      for (let t = t0; t + 1 < t1; t++) {
        const f = this.tokFlags;
        if (!(f[t] & SINGLE) || (f[t + 1] & (SINGLE | RUN_START)) !== SINGLE) continue;
        const owner = this.tokUnit[t] >= 0 ? this.tokUnit[t] : this.tokUnit[t + 1];
        if (owner < 0) continue;
        const s1 = zh.list[this.tokId[t]].syllable;
        const s2 = zh.list[this.tokId[t + 1]].syllable;
        const two = zh.spelledKey(s1, s2);
        if (two >= 0) {
          d.addKey(owner, two);
          if (this.recorder) this.recorder.key(two);
        }
        if (t + 2 < t1 && (f[t + 2] & (SINGLE | RUN_START)) === SINGLE) {
          const three = zh.spelledKey(s1, s2, zh.list[this.tokId[t + 2]].syllable);
          if (three >= 0) {
            d.addKey(owner, three);
            if (this.recorder) this.recorder.key(three);
          }
        }
      }
    }
    // Latin-script words (names, acronyms): strong evidence, each distinct one once.
    const seen = this.latinSeen;
    for (let t = t0; t < t1; t++) {
      if (!(this.tokFlags[t] & LATIN)) continue;
      const word = this.latinWords[this.tokId[t]];
      if (seen.has(word)) continue;
      seen.add(word);
      if (!STOP_WORDS.has(word)) {
        const keys = this.latinKeysOf(word);
        if (this.recorder) for (let k = 0; k < keys.length; k++) this.recorder.key(keys[k]);
        d.add(keys, w.latin, true, -1);
      }
    }
    seen.clear();
    const length = scanChineseRange(text, a, b);
    const digits = scanned.digits;
    const numerals = scanned.numerals && mayHoldNumeral(text, a, b);
    const punctuation = scanned.punctuation;
    if (digits || numerals) {
      const slice = a === 0 && b === text.length ? text : text.slice(a, b);
      this.numberUnits(
        digits ? arabicNumbers(slice) : NO_NUMBERS,
        numerals ? chineseNumeralValues(slice) : NO_NUMBERS,
        false,
      );
    }
    this.punctuationUnits(punctuation);
    return d.pack(this.arena, length);
  }

  private latinKeysOf(word: string): Int32Array {
    let keys = this.latinKeys.get(word);
    if (!keys) {
      const base = word.replace(/'s$/, '');
      keys = Int32Array.of(this.vocab.id(stem(base)), this.vocab.id(`py:${base}`));
      this.latinKeys.set(word, keys);
    }
    return keys;
  }

  /**
   * Digits are strong evidence; numerals in words (often idiomatic or approximate) are ordinary.
   * Each value once, digits first (without 1 when `skipOne`: English "1" is mostly a list mark).
   */
  private numberUnits(digits: readonly number[], words: readonly number[], skipOne: boolean): void {
    let n = 0;
    for (let k = 0; k < digits.length; k++) {
      const v = digits[k];
      if (!(skipOne && v === 1) && !this.numberSeen(v, n))
        this.numberUnit((n = this.noteNumber(v, n)), true);
    }
    for (let k = 0; k < words.length; k++) {
      const v = words[k];
      if (!this.numberSeen(v, n)) this.numberUnit((n = this.noteNumber(v, n)), false);
    }
  }

  /** Whether v is among the first n values noted for this range. */
  private numberSeen(v: number, n: number): boolean {
    for (let k = 0; k < n; k++) if (this.numbers[k] === v) return true;
    return false;
  }

  /** Notes v as the n-th value of this range; returns n + 1. */
  private noteNumber(v: number, n: number): number {
    if (n >= this.numbers.length) {
      const more = new Float64Array(2 * this.numbers.length);
      more.set(this.numbers);
      this.numbers = more;
    }
    this.numbers[n] = v;
    return n + 1;
  }

  /** The unit of the last value noted (the (n - 1)-th). */
  private numberUnit(n: number, strong: boolean): void {
    const v = this.numbers[n - 1];
    let keys = this.numberKeys.get(v);
    if (!keys) {
      keys = Int32Array.of(this.vocab.id(`#${v}`));
      this.numberKeys.set(v, keys);
    }
    if (this.recorder) this.recorder.key(keys[0]);
    this.drafts.add(keys, this.weights.number, strong, -1);
  }

  private punctuationUnits(mask: number): void {
    for (let k = 0; k < 4; k++) {
      if (!(mask & (1 << k))) continue;
      const keys = (this.punctKeys[k] ??= Int32Array.of(this.vocab.id(`p:${PUNCT_KEYS[k]}`)));
      if (this.recorder) this.recorder.key(keys[0]);
      this.drafts.add(keys, this.weights.punctuation, false, -1);
    }
  }

  // ---- English -------------------------------------------------------------------------

  /** Tokens of an English text: /[A-Za-z]+(?:['’][A-Za-z]+)*\/ words, as table entries. */
  private readEnglish(text: string): void {
    this.tokCount = 0;
    const n = text.length;
    const table = this.enTable;
    let k = 0;
    while (k < n) {
      if (!isAsciiLetter(text.charCodeAt(k))) {
        k++;
        continue;
      }
      const start = k;
      let h = 0x811c9dc5;
      for (;;) {
        while (k < n) {
          const c = text.charCodeAt(k);
          if (!isAsciiLetter(c)) break;
          h = Math.imul(h ^ (c | 0x20), 0x01000193);
          k++;
        }
        if (k + 1 < n) {
          const c = text.charCodeAt(k);
          if ((c === 0x27 || c === 0x2019) && isAsciiLetter(text.charCodeAt(k + 1))) {
            h = Math.imul(h ^ 0x27, 0x01000193);
            k++;
            continue;
          }
        }
        break;
      }
      const entry = table.entry(text, start, k, h >>> 0);
      // Capitalized (an upper-case letter, then a lower-case one): a name when not first.
      const c0 = text.charCodeAt(start);
      const c1 = start + 1 < k ? text.charCodeAt(start + 1) : 0;
      const cap = c0 >= 0x41 && c0 <= 0x5a && c1 >= 0x61 && c1 <= 0x7a ? 1 : 0;
      this.pushToken(entry, start, cap);
    }
  }

  private englishRange(text: string, a: number, b: number, t0: number, t1: number): SegmentUnits {
    const d = this.drafts;
    const table = this.enTable;
    d.reset();
    this.ensureUnitTables(2 * table.size);
    const stamp = ++this.stamp;
    let numberWords = false;
    for (let t = t0; t < t1; t++) {
      const e = this.tokId[t];
      if (table.mayHoldNumber(e)) numberWords = true;
      if (table.skipped(e)) continue;
      const nameLike = t !== t0 && this.tokFlags[t] === 1;
      const slot = 2 * e + (nameLike ? 1 : 0);
      if (this.unitStamp[slot] === stamp) continue;
      this.unitStamp[slot] = stamp;
      d.add(
        nameLike ? table.nameKeys(e) : table.keys(e),
        this.weights.word,
        false,
        table.stemId(e),
      );
    }
    const length = scanEnglishRange(text, a, b);
    const digits = scanned.digits;
    const punctuation = scanned.punctuation;
    if (digits || numberWords) {
      const slice = a === 0 && b === text.length ? text : text.slice(a, b);
      this.numberUnits(
        digits ? arabicNumbers(slice) : NO_NUMBERS,
        numberWords ? englishNumberWords(slice) : NO_NUMBERS,
        true,
      );
    }
    this.punctuationUnits(punctuation);
    return d.pack(this.arena, length);
  }
}
