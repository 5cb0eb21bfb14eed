import type { Dictionary } from './dictionary';

/**
 * CC-CEDICT compiled once at build time (scripts/buildCli.mjs) into typed arrays, so that
 * loading it costs a file read and one pass to index the headwords, not a parse of 9.7 MB of
 * text. Strings are UTF-16 code units; keywords and pinyin syllables are interned and
 * referred to by 16-bit ids.
 *
 * Layout (little-endian): a header of HEADER_WORDS uint32 values, then the sections below in
 * order, each starting at a multiple of 4 bytes.
 */
const MAGIC = 0x32444344; // "DCD2" (adds proper nouns)
const HEADER_WORDS = 12;
/**
 * The optional look-up index after the sections (withLookupIndex): the loader's two hash tables
 * as they are built, so that loading skips building them. Change INDEX_MAGIC whenever the
 * tables' layout or hash functions change.
 */
const INDEX_MAGIC = 0x31584344; // "DCX1"
const INDEX_HEADER_WORDS = 3;

interface Counts {
  words: number;
  headUnits: number;
  keywordRefs: number;
  keywords: number;
  keywordUnits: number;
  readingRefs: number;
  syllables: number;
  syllableUnits: number;
  maxWordLength: number;
  spellings: number;
  spellingUnits: number;
}

interface Sections {
  /** Headwords, concatenated. */
  readonly headUnits: Uint16Array;
  /** Length of each headword in code units. */
  readonly headLength: Uint8Array;
  /** Keywords per headword (0 for a character that only has readings). */
  readonly keywordCount: Uint8Array;
  readonly keywordRefs: Uint16Array;
  readonly keywordUnits: Uint16Array;
  readonly keywordLength: Uint8Array;
  /** Pinyin readings per headword (single characters only). */
  readonly readingCount: Uint8Array;
  readonly readingRefs: Uint16Array;
  readonly syllableUnits: Uint16Array;
  readonly syllableLength: Uint8Array;
  /** Per headword: 0, or 1 + the id of its proper-noun spelling ("beijing"), for the names check. */
  readonly properRefs: Uint16Array;
  /** Spellings are ASCII pinyin: one byte per letter. */
  readonly spellingUnits: Uint8Array;
  readonly spellingLength: Uint8Array;
}

type SectionSpec = readonly [keyof Sections, 8 | 16, keyof Counts];

const SECTIONS: readonly SectionSpec[] = [
  ['headUnits', 16, 'headUnits'],
  ['headLength', 8, 'words'],
  ['keywordCount', 8, 'words'],
  ['keywordRefs', 16, 'keywordRefs'],
  ['keywordUnits', 16, 'keywordUnits'],
  ['keywordLength', 8, 'keywords'],
  ['readingCount', 8, 'words'],
  ['readingRefs', 16, 'readingRefs'],
  ['syllableUnits', 16, 'syllableUnits'],
  ['syllableLength', 8, 'syllables'],
  ['properRefs', 16, 'words'],
  ['spellingUnits', 8, 'spellingUnits'],
  ['spellingLength', 8, 'spellings'],
];

const COUNT_KEYS: readonly (keyof Counts)[] = [
  'words',
  'headUnits',
  'keywordRefs',
  'keywords',
  'keywordUnits',
  'readingRefs',
  'syllables',
  'syllableUnits',
  'maxWordLength',
  'spellings',
  'spellingUnits',
];

const align4 = (n: number) => (n + 3) & ~3;

/** Interns strings to ids in first-seen order. */
class Interner {
  readonly list: string[] = [];
  private readonly ids = new Map<string, number>();
  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(s);
      this.ids.set(s, id);
    }
    return id;
  }
}

function unitsOf(strings: readonly string[]): { units: Uint16Array; lengths: Uint8Array } {
  const total = strings.reduce((a, s) => a + s.length, 0);
  const units = new Uint16Array(total);
  const lengths = new Uint8Array(strings.length);
  let p = 0;
  strings.forEach((s, k) => {
    if (s.length > 255) throw new Error(`dictionary string too long: ${s.slice(0, 20)}…`);
    lengths[k] = s.length;
    for (let c = 0; c < s.length; c++) units[p++] = s.charCodeAt(c);
  });
  return { units, lengths };
}

/** Encodes a parsed dictionary (words in their order, then characters with readings only). */
export function encodeDictionary(dict: Dictionary): Uint8Array {
  const heads = [...dict.words.keys()];
  const known = new Set(heads);
  for (const ch of dict.readings.keys()) if (!known.has(ch)) heads.push(ch);
  const keywords = new Interner();
  const syllables = new Interner();
  const keywordCount = new Uint8Array(heads.length);
  const readingCount = new Uint8Array(heads.length);
  const keywordRefs: number[] = [];
  const readingRefs: number[] = [];
  const spellings = new Interner();
  const properRefs = new Uint16Array(heads.length);
  heads.forEach((h, w) => {
    const kws = dict.words.get(h) ?? [];
    const rds = dict.readings.get(h) ?? [];
    if (kws.length > 255 || rds.length > 255) throw new Error(`too many senses for ${h}`);
    keywordCount[w] = kws.length;
    readingCount[w] = rds.length;
    for (const k of kws) keywordRefs.push(keywords.id(k));
    for (const r of rds) readingRefs.push(syllables.id(r));
    const spelled = dict.properNouns?.get(h);
    if (spelled !== undefined) properRefs[w] = spellings.id(spelled) + 1;
  });
  // Proper nouns are words with keywords (parseCedict only keeps those), so all are heads.
  for (const noun of dict.properNouns?.keys() ?? [])
    if (!known.has(noun)) throw new Error(`proper noun ${noun} is not a headword`);
  if (keywords.list.length > 0xffff || syllables.list.length > 0xffff)
    throw new Error('dictionary has more than 65,535 distinct keywords');
  if (spellings.list.length >= 0xffff)
    throw new Error('dictionary has more than 65,534 distinct proper-noun spellings');
  const head = unitsOf(heads);
  const kw = unitsOf(keywords.list);
  const syl = unitsOf(syllables.list);
  const spell = unitsOf(spellings.list);
  const sections: Sections = {
    headUnits: head.units,
    headLength: head.lengths,
    keywordCount,
    keywordRefs: Uint16Array.from(keywordRefs),
    keywordUnits: kw.units,
    keywordLength: kw.lengths,
    readingCount,
    readingRefs: Uint16Array.from(readingRefs),
    syllableUnits: syl.units,
    syllableLength: syl.lengths,
    properRefs,
    spellingUnits: Uint8Array.from(spell.units),
    spellingLength: spell.lengths,
  };
  const counts: Counts = {
    words: heads.length,
    headUnits: head.units.length,
    keywordRefs: keywordRefs.length,
    keywords: keywords.list.length,
    keywordUnits: kw.units.length,
    readingRefs: readingRefs.length,
    syllables: syllables.list.length,
    syllableUnits: syl.units.length,
    maxWordLength: dict.maxWordLength,
    spellings: spellings.list.length,
    spellingUnits: spell.units.length,
  };
  let size = HEADER_WORDS * 4;
  for (const [name] of SECTIONS) size += align4(sections[name].byteLength);
  const out = new Uint8Array(size);
  const header = new Uint32Array(out.buffer, 0, HEADER_WORDS);
  header[0] = MAGIC;
  COUNT_KEYS.forEach((k, x) => (header[x + 1] = counts[k]));
  let offset = HEADER_WORDS * 4;
  for (const [name] of SECTIONS) {
    const s = sections[name];
    out.set(new Uint8Array(s.buffer, s.byteOffset, s.byteLength), offset);
    offset += align4(s.byteLength);
  }
  return out;
}

/** Entries of the table of word starts (2 MB: few collisions among CC-CEDICT's ~100,000 starts). */
const START_TABLE = 1 << 21;

function pairHash(key: number): number {
  const h = Math.imul(key, 0x9e3779b1);
  return (h ^ (h >>> 16)) >>> 0;
}

function startHash(c1: number, c2: number): number {
  return (Math.imul(c1, 0x9e3779b1) ^ Math.imul(c2, 0x85ebca77)) >>> 11;
}

/** Hash of code units [start, end) of a string (FNV-1a). */
function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

function hashUnits(units: Uint16Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ units[k], 0x01000193);
  return h >>> 0;
}

function prefixSums(counts: Uint8Array): Uint32Array {
  const out = new Uint32Array(counts.length + 1);
  for (let k = 0; k < counts.length; k++) out[k + 1] = out[k] + counts[k];
  return out;
}

/**
 * The look-up index at byte `offset` of `buf` (after the sections), when there is one that fits
 * a dictionary whose headword table has `size` slots.
 */
function readIndex(
  buf: Uint8Array,
  offset: number,
  size: number,
): { table: Int32Array; pairTable: Int32Array } | undefined {
  const end = buf.byteOffset + buf.byteLength;
  if (end - offset < INDEX_HEADER_WORDS * 4) return undefined;
  const header = new Uint32Array(buf.buffer, offset, INDEX_HEADER_WORDS);
  const pairs = header[2];
  if (header[0] !== INDEX_MAGIC || header[1] !== size) return undefined;
  // The pair table: two numbers per slot, a power of two slots.
  if (pairs < 2 || (pairs & (pairs - 1)) !== 0) return undefined;
  const at = offset + INDEX_HEADER_WORDS * 4;
  if (at + (size + pairs) * 4 > end) throw new Error('dictionary file is truncated');
  return {
    table: new Int32Array(buf.buffer, at, size),
    pairTable: new Int32Array(buf.buffer, at + size * 4, pairs),
  };
}

/** Strings stored as code units, decoded when first asked for (a document needs few of them). */
class StringTable {
  private readonly start: Uint32Array;
  private readonly decoded: (string | undefined)[];

  constructor(
    private readonly units: Uint8Array | Uint16Array,
    lengths: Uint8Array,
  ) {
    this.start = prefixSums(lengths);
    this.decoded = new Array<string | undefined>(lengths.length);
  }

  get size(): number {
    return this.decoded.length;
  }

  get(k: number): string {
    let s = this.decoded[k];
    if (s === undefined) {
      s = String.fromCharCode(...this.units.subarray(this.start[k], this.start[k + 1]));
      this.decoded[k] = s;
    }
    return s;
  }
}

/** A read-only map view over the compiled headwords (what `Dictionary` promises). */
class HeadwordMap<V> implements ReadonlyMap<string, V> {
  constructor(
    private readonly dict: CompiledDictionary,
    private readonly valueOf: (w: number) => V | undefined,
    private readonly count: () => number,
  ) {}
  private counted = -1;
  get size(): number {
    if (this.counted < 0) this.counted = this.count();
    return this.counted;
  }
  get(key: string): V | undefined {
    const w = this.dict.find(key, 0, key.length);
    return w < 0 ? undefined : this.valueOf(w);
  }
  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
  *entries(): MapIterator<[string, V]> {
    for (let w = 0; w < this.dict.wordCount; w++) {
      const v = this.valueOf(w);
      if (v !== undefined) yield [this.dict.headword(w), v];
    }
  }
  *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }
  *values(): MapIterator<V> {
    for (const [, v] of this.entries()) yield v;
  }
  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
  forEach(fn: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
}

/** The compiled dictionary: headwords found by code-unit range, keywords by id. */
export class CompiledDictionary implements Dictionary {
  readonly wordCount: number;
  readonly maxWordLength: number;
  readonly words: ReadonlyMap<string, readonly string[]>;
  readonly readings: ReadonlyMap<string, readonly string[]>;
  readonly properNouns: ReadonlyMap<string, string>;
  /** Keyword strings (stemmed English) by id. */
  private readonly keywords: StringTable;
  private readonly s: Sections;
  private readonly headStart: Uint32Array;
  private readonly keywordStart: Uint32Array;
  private readonly readingStart: Uint32Array;
  private readonly syllables: StringTable;
  private readonly spellings: StringTable;
  private readonly table: Int32Array;
  private readonly mask: number;
  private readonly fromIndex: boolean;
  private readonly keywordCache = new Map<number, readonly string[]>();
  private startTable: Uint8Array | undefined;
  /** wordStart's table: per slot, a pair of code units (c1 << 16 | c2) and its value (0: empty). */
  private pairTable: Int32Array | undefined;
  private pairMask = 0;

  constructor(bytes: Uint8Array) {
    if (bytes.byteLength < HEADER_WORDS * 4) throw new Error('dictionary file is truncated');
    // Typed-array views need aligned offsets: copy when the bytes sit at an odd place.
    const buf =
      bytes.byteOffset % 4 === 0 ? bytes : (new Uint8Array(bytes) as Uint8Array<ArrayBuffer>);
    const header = new Uint32Array(buf.buffer, buf.byteOffset, HEADER_WORDS);
    if (header[0] !== MAGIC) throw new Error('not a compiled duilian dictionary');
    const counts = {} as Counts;
    COUNT_KEYS.forEach((k, x) => (counts[k] = header[x + 1]));
    const sections = {} as Record<keyof Sections, Uint8Array | Uint16Array>;
    let offset = buf.byteOffset + HEADER_WORDS * 4;
    for (const [name, bits, count] of SECTIONS) {
      const n = counts[count];
      const bytesLong = (n * bits) / 8;
      if (offset + bytesLong > buf.byteOffset + buf.byteLength)
        throw new Error('dictionary file is truncated');
      sections[name] =
        bits === 8 ? new Uint8Array(buf.buffer, offset, n) : new Uint16Array(buf.buffer, offset, n);
      offset += align4(bytesLong);
    }
    this.s = sections as unknown as Sections;
    this.wordCount = counts.words;
    this.maxWordLength = counts.maxWordLength;
    this.headStart = prefixSums(this.s.headLength);
    this.keywordStart = prefixSums(this.s.keywordCount);
    this.readingStart = prefixSums(this.s.readingCount);
    this.keywords = new StringTable(this.s.keywordUnits, this.s.keywordLength);
    this.syllables = new StringTable(this.s.syllableUnits, this.s.syllableLength);
    this.spellings = new StringTable(this.s.spellingUnits, this.s.spellingLength);
    let size = 1;
    while (size < counts.words * 2) size <<= 1;
    this.mask = size - 1;
    const index = readIndex(buf, offset, size);
    this.fromIndex = index !== undefined;
    if (index) {
      this.table = index.table;
      this.pairTable = index.pairTable;
      this.pairMask = index.pairTable.length / 2 - 1;
    } else {
      this.table = new Int32Array(size).fill(-1);
      const units = this.s.headUnits;
      for (let w = 0; w < counts.words; w++) {
        let slot = hashUnits(units, this.headStart[w], this.headStart[w + 1]) & this.mask;
        while (this.table[slot] >= 0) slot = (slot + 1) & this.mask;
        this.table[slot] = w;
      }
    }
    this.words = new HeadwordMap(
      this,
      (w) => this.keywordsOf(w),
      () => this.countWords(this.s.keywordCount),
    );
    this.readings = new HeadwordMap(
      this,
      (w) => this.readingsOf(w),
      () => this.countWords(this.s.readingCount),
    );
    this.properNouns = new HeadwordMap(
      this,
      (w) => this.spellingOf(w),
      () => this.countWords(this.s.properRefs),
    );
  }

  private countWords(values: Uint8Array | Uint16Array): number {
    let n = 0;
    for (let w = 0; w < this.wordCount; w++) if (values[w] > 0) n++;
    return n;
  }

  /**
   * The bytes of a compiled dictionary followed by its look-up index (the two hash tables the
   * loader would otherwise build): what the CLI ships, as reading 4 MB more from disk costs less
   * than building them at every start. `bytes` must be a dictionary without an index.
   */
  static withLookupIndex(bytes: Uint8Array): Uint8Array {
    const dict = new CompiledDictionary(bytes);
    if (dict.indexed) throw new Error('the dictionary already has a look-up index');
    dict.wordStart(0, 0);
    const table = dict.table;
    const pairTable = dict.pairTable!;
    const start = align4(bytes.byteLength);
    const out = new Uint8Array(
      start + INDEX_HEADER_WORDS * 4 + table.byteLength + pairTable.byteLength,
    );
    out.set(bytes);
    const words = new Uint32Array(out.buffer, start);
    words[0] = INDEX_MAGIC;
    words[1] = table.length;
    words[2] = pairTable.length;
    words.set(new Uint32Array(table.buffer, table.byteOffset, table.length), INDEX_HEADER_WORDS);
    words.set(
      new Uint32Array(pairTable.buffer, pairTable.byteOffset, pairTable.length),
      INDEX_HEADER_WORDS + table.length,
    );
    return out;
  }

  /** Whether the look-up tables came from the bytes (withLookupIndex) rather than being built. */
  get indexed(): boolean {
    return this.fromIndex;
  }

  /** Index of the headword equal to code units [start, end) of `text`, or -1. */
  find(text: string, start: number, end: number): number {
    const len = end - start;
    const units = this.s.headUnits;
    for (let slot = hashRange(text, start, end) & this.mask; ; slot = (slot + 1) & this.mask) {
      const w = this.table[slot];
      if (w < 0) return -1;
      const from = this.headStart[w];
      if (this.headStart[w + 1] - from !== len) continue;
      let k = 0;
      while (k < len && units[from + k] === text.charCodeAt(start + k)) k++;
      if (k === len) return w;
    }
  }

  /** Like find, but only words that have keywords (the ones `words` holds). */
  findWord(text: string, start: number, end: number): number {
    const w = this.find(text, start, end);
    return w >= 0 && this.s.keywordCount[w] > 0 ? w : -1;
  }

  /**
   * An upper bound on the length (in code units, at most 255) of the words with keywords that
   * start with c1 c2, 0 when there is none: a table over a hash of the pair, so a collision
   * only makes the bound loose (a look-up then fails), never too small.
   */
  longestFrom(c1: number, c2: number): number {
    const table = (this.startTable ??= this.buildStartTable());
    return table[startHash(c1, c2)];
  }

  /**
   * The words with keywords that start with code units c1 c2, exactly (no hashing loss): 0 when
   * there is none, else ((w + 1) << 8) | lengths, where w is the two-unit word c1 c2 (-1 when it
   * is not one) and bit L - 3 of lengths is set when some word of L units (3 to 10; 11 or more
   * also set bit 7) starts with c1 c2. One look-up gives forward maximum matching the two-unit
   * word and the longer lengths worth trying, where longestFrom gave only a bound.
   */
  wordStart(c1: number, c2: number): number {
    const table = (this.pairTable ??= this.buildPairTable());
    const key = (c1 << 16) | c2;
    for (let slot = pairHash(key) & this.pairMask; ; slot = (slot + 1) & this.pairMask) {
      const v = table[2 * slot + 1];
      if (v === 0) return 0;
      if (table[2 * slot] === key) return v;
    }
  }

  private buildPairTable(): Int32Array {
    const units = this.s.headUnits;
    let starts = 0;
    for (let w = 0; w < this.wordCount; w++)
      if (this.headStart[w + 1] - this.headStart[w] >= 2 && this.s.keywordCount[w] > 0) starts++;
    let size = 1;
    while (size < starts * 2) size <<= 1;
    this.pairMask = size - 1;
    const table = new Int32Array(2 * size);
    for (let w = 0; w < this.wordCount; w++) {
      const from = this.headStart[w];
      const len = this.headStart[w + 1] - from;
      if (len < 2 || this.s.keywordCount[w] === 0) continue;
      const key = (units[from] << 16) | units[from + 1];
      let slot = pairHash(key) & this.pairMask;
      while (table[2 * slot + 1] !== 0 && table[2 * slot] !== key)
        slot = (slot + 1) & this.pairMask;
      table[2 * slot] = key;
      // Headwords are distinct: one two-unit word per pair at most.
      table[2 * slot + 1] |= len === 2 ? (w + 1) << 8 : 1 << (Math.min(len, 10) - 3);
    }
    return table;
  }

  /** Whether some word of two or more code units with keywords may start with c1 c2. */
  mayStartWord(c1: number, c2: number): boolean {
    return this.longestFrom(c1, c2) >= 2;
  }

  private buildStartTable(): Uint8Array {
    const table = new Uint8Array(START_TABLE);
    const units = this.s.headUnits;
    for (let w = 0; w < this.wordCount; w++) {
      const from = this.headStart[w];
      const len = this.headStart[w + 1] - from;
      if (len >= 2 && this.s.keywordCount[w] > 0) {
        const h = startHash(units[from], units[from + 1]);
        table[h] = Math.max(table[h], Math.min(255, len));
      }
    }
    return table;
  }

  /** Whether headword w has keywords (is one of the words `words` holds). */
  hasKeywords(w: number): boolean {
    return this.s.keywordCount[w] > 0;
  }

  /** Syllable id of headword w's first pinyin reading, or -1 when it has none. */
  firstReading(w: number): number {
    const from = this.readingStart[w];
    return from === this.readingStart[w + 1] ? -1 : this.s.readingRefs[from];
  }

  /** The toneless pinyin of a syllable id. */
  syllable(id: number): string {
    return this.syllables.get(id);
  }

  get syllableCount(): number {
    return this.syllables.size;
  }

  /** The keyword (a stemmed English word) of a keyword id. */
  keyword(id: number): string {
    return this.keywords.get(id);
  }

  get keywordCount(): number {
    return this.keywords.size;
  }

  headword(w: number): string {
    return String.fromCharCode(
      ...this.s.headUnits.subarray(this.headStart[w], this.headStart[w + 1]),
    );
  }

  /** Keyword ids of headword w (indices into `keywords`); empty when it has none. */
  keywordIds(w: number): Uint16Array {
    return this.s.keywordRefs.subarray(this.keywordStart[w], this.keywordStart[w + 1]);
  }

  private keywordsOf(w: number): readonly string[] | undefined {
    if (this.s.keywordCount[w] === 0) return undefined;
    let list = this.keywordCache.get(w);
    if (!list) {
      list = Array.from(this.keywordIds(w), (id) => this.keywords.get(id));
      this.keywordCache.set(w, list);
    }
    return list;
  }

  private spellingOf(w: number): string | undefined {
    const ref = this.s.properRefs[w];
    return ref === 0 ? undefined : this.spellings.get(ref - 1);
  }

  private readingsOf(w: number): readonly string[] | undefined {
    const from = this.readingStart[w];
    const to = this.readingStart[w + 1];
    if (from === to) return undefined;
    return Array.from(this.s.readingRefs.subarray(from, to), (id) => this.syllables.get(id));
  }
}
