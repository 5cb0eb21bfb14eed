import type { CompiledDictionary } from '../align/compiledDictionary';

/**
 * The glosses word look-up shows: CC-CEDICT's own wording (one reading and a few senses) for
 * the headwords of the aligner's compiled dictionary (generated/cedict.bin) that the aligner's
 * segmentation can yield. The aligner's file keeps only stemmed keywords, so this is a second,
 * smaller asset, built beside it at `prepare` (scripts/compileDictionary.ts) and fetched only
 * when the user first looks a word up.
 *
 * It holds no headwords: entry k of the file is the gloss of headword k of cedict.bin, so both
 * must come from the same build; the file carries cedict.bin's header to check that. Readings
 * are stored as tone digits against the characters' readings in cedict.bin ("ren2 quan2" is
 * "22"), spelled out only where they differ.
 *
 * Layout (little-endian; the build gzips the whole): uint32 MAGIC, cedict.bin's header
 * (DICTIONARY_HEADER_WORDS uint32), uint32 line count, code bytes, reading bytes, sense bytes;
 * then the codes (one varint per headword of the dictionary, see CODE_*), the readings column
 * and the senses column (UTF-8, one line per gloss, joined by newlines; senses split by `/`).
 */
const MAGIC = 0x324c4744; // "DGL2"
/** cedict.bin's header (compiledDictionary.ts HEADER_WORDS): its magic and counts. */
const DICTIONARY_HEADER_WORDS = 12;
const HEADER_WORDS = 1 + DICTIONARY_HEADER_WORDS + 4;

/** Codes: no gloss; the next new line; the same line as the previous headword; else line = code - 3. */
const CODE_NONE = 0;
const CODE_NEXT = 1;
const CODE_SAME = 2;
const CODE_FIRST_EXPLICIT = 3;

/**
 * The longest headword kept, in UTF-16 code units: the aligner's segmentation (forward maximum
 * matching, features.ts MAX_MATCH) never yields a longer word, so its gloss is never asked for.
 */
export const MAX_LOOKUP_WORD = 4;

/**
 * How much of an entry is kept: senses of the first readings, within a character budget per
 * headword, tighter for names and for words of three or four characters (idioms, terms).
 */
export const GLOSS_LIMITS = {
  readings: 2,
  sensesPerReading: 2,
  characters: 40,
  charactersLong: 24,
};

/** Senses that are not meanings (measure words, surnames, cross-references, pronunciations). */
const NOT_A_MEANING =
  /^(?:(?:old |archaic |Japanese |erhua |ancient |euphemistic )?variant of|see |see also|used in|CL:|surname |also written|also pr\.|Taiwan pr\.|\(onom\.\)|\(bound form\)\s*$)/i;

const HAN_WORD = /^\p{Script=Han}+$/u;

/** A sense as shown: notes in parentheses and cross-reference pinyin dropped, `繁|简` → 简. */
export function tidySense(sense: string): string {
  const refs = sense
    .replace(/[^\s|,;()[\]]+\|([^\s|,;()[\]]+)\[[^\]]*\]/g, '$1')
    .replace(/(\p{Script=Han}+)\[[^\]]*\]/gu, '$1');
  const bare = refs
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s([,;.!?])/g, '$1')
    .replace(/^[\s,;.]+|[\s,;]+$/g, '')
    .trim();
  // A sense that is nothing but a note ("(possessive particle)") keeps it, unbracketed.
  if (bare !== '') return bare;
  return refs.replace(/[()]/g, '').replace(/\s+/g, ' ').trim();
}

/** A sense cut to `budget` characters: at a comma or semicolon if one is near, else a word. */
export function shortenSense(sense: string, budget: number): string {
  if (sense.length <= budget) return sense;
  const head = sense.slice(0, budget);
  const clause = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '));
  if (clause >= budget / 3) return head.slice(0, clause);
  const space = head.lastIndexOf(' ', budget - 1);
  return `${(space >= budget / 3 ? head.slice(0, space) : head.slice(0, budget - 1)).trimEnd()}…`;
}

interface Entry {
  readonly pinyin: string;
  readonly senses: readonly string[];
}

/** Entries of CC-CEDICT text by headword (simplified and traditional), in the file's order. */
function entriesByHeadword(cedict: string): Map<string, Entry[]> {
  const out = new Map<string, Entry[]>();
  const line = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/\s*$/gm;
  for (const m of cedict.matchAll(line)) {
    const [, trad, simp, pinyin, glosses] = m;
    if (simp.length > MAX_LOOKUP_WORD && trad.length > MAX_LOOKUP_WORD) continue;
    const senses = glosses
      .split('/')
      .filter((s) => s !== '' && !NOT_A_MEANING.test(s))
      .map(tidySense)
      .filter((s) => s !== '');
    if (senses.length === 0) continue;
    for (const word of new Set([simp, trad])) {
      if (word.length > MAX_LOOKUP_WORD || !HAN_WORD.test(word)) continue;
      const list = out.get(word);
      if (list) list.push({ pinyin, senses });
      else out.set(word, [{ pinyin, senses }]);
    }
  }
  return out;
}

/** The senses kept for a headword: those of each reading in turn, within budget. */
function keptSenses(word: string, entries: readonly Entry[]): string[] {
  const long = word.length >= 3 || /^[A-Z]/.test(entries[0].pinyin);
  const budget = long ? GLOSS_LIMITS.charactersLong : GLOSS_LIMITS.characters;
  const senses: string[] = [];
  let used = 0;
  for (const entry of entries.slice(0, GLOSS_LIMITS.readings)) {
    for (const sense of entry.senses.slice(0, GLOSS_LIMITS.sensesPerReading)) {
      const kept = shortenSense(sense, budget);
      if (senses.includes(kept)) continue;
      if (senses.length > 0 && used + kept.length > budget) return senses;
      senses.push(kept);
      used += kept.length + 2;
    }
  }
  return senses;
}

/**
 * A reading against the characters' own readings: a tone digit per syllable that is the
 * character's first reading, `|syllable|` otherwise; `^` first when it is capitalized (a name);
 * `=` and the whole reading when the syllables do not line up with the characters.
 */
export function compactReading(
  word: string,
  pinyin: string,
  readingOf: (ch: string) => string | undefined,
): string {
  const chars = [...word];
  const syllables = pinyin.split(' ');
  if (syllables.length !== chars.length) return `=${pinyin}`;
  const capital = /^[A-Z]/.test(pinyin);
  let out = capital ? '^' : '';
  syllables.forEach((syllable, k) => {
    const m = /^([a-z:]+)([1-5])$/i.exec(syllable);
    const bare = m && k === 0 && capital ? m[1].toLowerCase() : m?.[1];
    out += m && bare === readingOf(chars[k]) ? m[2] : `|${syllable}|`;
  });
  return out;
}

/** The inverse of compactReading: CC-CEDICT's numbered pinyin ("Ren2 quan2"). */
export function expandReading(
  word: string,
  compact: string,
  readingOf: (ch: string) => string | undefined,
): string {
  if (compact.startsWith('=')) return compact.slice(1);
  const chars = [...word];
  const capital = compact.startsWith('^');
  const syllables: string[] = [];
  const token = /\|([^|]*)\||([1-5])/g;
  for (const m of compact.slice(capital ? 1 : 0).matchAll(token)) {
    syllables.push(m[1] ?? `${readingOf(chars[syllables.length]) ?? '?'}${m[2]}`);
  }
  if (capital && syllables.length > 0)
    syllables[0] = syllables[0].charAt(0).toUpperCase() + syllables[0].slice(1);
  return syllables.join(' ');
}

function pushVarint(out: number[], n: number): void {
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
}

/** First toneless reading of a character, as the compiled dictionary holds it. */
function firstReading(dict: CompiledDictionary): (ch: string) => string | undefined {
  return (ch) => dict.readings.get(ch)?.[0];
}

/**
 * Encodes the glosses of `dict`'s headwords from the CC-CEDICT text it was compiled from
 * (uncompressed; the build gzips it). `dictionaryBytes` are cedict.bin's bytes.
 */
export function encodeGlosses(
  cedict: string,
  dict: CompiledDictionary,
  dictionaryBytes: Uint8Array,
): Uint8Array {
  const entries = entriesByHeadword(cedict);
  const readingOf = firstReading(dict);
  const lines = new Map<string, number>();
  const readings: string[] = [];
  const senses: string[] = [];
  const codes: number[] = [];
  let previous = -1;
  for (let w = 0; w < dict.wordCount; w++) {
    const word = dict.headword(w);
    const found =
      word.length <= MAX_LOOKUP_WORD && dict.findWord(word, 0, word.length) === w
        ? entries.get(word)
        : undefined;
    if (!found) {
      codes.push(CODE_NONE);
      continue;
    }
    const reading = compactReading(word, found[0].pinyin, readingOf);
    const meaning = keptSenses(word, found).join('/');
    const key = `${reading}\t${meaning}`;
    let id = lines.get(key);
    if (id === undefined) {
      id = lines.size;
      lines.set(key, id);
      readings.push(reading);
      senses.push(meaning);
      codes.push(CODE_NEXT);
    } else {
      pushVarint(codes, id === previous ? CODE_SAME : id + CODE_FIRST_EXPLICIT);
    }
    previous = id;
  }
  const encoder = new TextEncoder();
  const readingBytes = encoder.encode(readings.join('\n'));
  const senseBytes = encoder.encode(senses.join('\n'));
  const start = HEADER_WORDS * 4;
  const out = new Uint8Array(start + codes.length + readingBytes.length + senseBytes.length);
  const header = new DataView(out.buffer);
  header.setUint32(0, MAGIC, true);
  const dictHeader = new DataView(dictionaryBytes.buffer, dictionaryBytes.byteOffset);
  for (let k = 0; k < DICTIONARY_HEADER_WORDS; k++)
    header.setUint32(4 + k * 4, dictHeader.getUint32(k * 4, true), true);
  const counts = [lines.size, codes.length, readingBytes.length, senseBytes.length];
  counts.forEach((n, k) => header.setUint32((1 + DICTIONARY_HEADER_WORDS + k) * 4, n, true));
  out.set(codes, start);
  out.set(readingBytes, start + codes.length);
  out.set(senseBytes, start + codes.length + readingBytes.length);
  return out;
}

/** A gloss as shown: CC-CEDICT's numbered pinyin of the first reading, and senses. */
export interface Gloss {
  /** As in CC-CEDICT: "ren2 quan2" (pinyin.ts puts the tone marks on). */
  readonly pinyin: string;
  readonly senses: readonly string[];
}

/** The decoded file: a gloss per headword index of the compiled dictionary it was built with. */
export class Glosses {
  private readonly lineOf: Int32Array;
  private readonly readings: readonly string[];
  private readonly senses: readonly string[];
  private readonly readingOf: (ch: string) => string | undefined;

  /** `bytes` uncompressed; `dictionaryBytes` the cedict.bin `dict` was read from. */
  constructor(
    bytes: Uint8Array,
    private readonly dict: CompiledDictionary,
    dictionaryBytes: Uint8Array,
  ) {
    if (bytes.byteLength < HEADER_WORDS * 4) throw new Error('the glosses file is truncated');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (view.getUint32(0, true) !== MAGIC) throw new Error('not a duilian glosses file');
    const dictHeader = new DataView(dictionaryBytes.buffer, dictionaryBytes.byteOffset);
    for (let k = 0; k < DICTIONARY_HEADER_WORDS; k++) {
      if (view.getUint32(4 + k * 4, true) !== dictHeader.getUint32(k * 4, true))
        throw new Error('the glosses file was built with another dictionary');
    }
    const [lineCount, codeLength, readingLength, senseLength] = [0, 1, 2, 3].map((k) =>
      view.getUint32((1 + DICTIONARY_HEADER_WORDS + k) * 4, true),
    );
    const codeStart = HEADER_WORDS * 4;
    const readingStart = codeStart + codeLength;
    const senseStart = readingStart + readingLength;
    if (senseStart + senseLength > bytes.byteLength)
      throw new Error('the glosses file is truncated');
    const decoder = new TextDecoder();
    const column = (from: number, length: number) =>
      lineCount === 0 ? [] : decoder.decode(bytes.subarray(from, from + length)).split('\n');
    this.readings = column(readingStart, readingLength);
    this.senses = column(senseStart, senseLength);
    if (this.readings.length !== lineCount || this.senses.length !== lineCount)
      throw new Error('the glosses file is damaged');
    this.readingOf = firstReading(dict);
    this.lineOf = new Int32Array(dict.wordCount).fill(-1);
    let p = codeStart;
    let next = 0;
    let previous = -1;
    for (let w = 0; w < dict.wordCount; w++) {
      let code = 0;
      let shift = 0;
      for (;;) {
        if (p >= readingStart) throw new Error('the glosses file is truncated');
        const b = bytes[p++];
        code |= (b & 0x7f) << shift;
        if (b < 0x80) break;
        shift += 7;
      }
      if (code === CODE_NONE) continue;
      const id =
        code === CODE_NEXT ? next++ : code === CODE_SAME ? previous : code - CODE_FIRST_EXPLICIT;
      if (id < 0 || id >= lineCount) throw new Error('the glosses file is damaged');
      this.lineOf[w] = id;
      previous = id;
    }
  }

  /** The gloss of a headword (simplified or traditional), if the file has one. */
  get(word: string): Gloss | undefined {
    const w = this.dict.find(word, 0, word.length);
    const line = w < 0 ? -1 : this.lineOf[w];
    if (line < 0) return undefined;
    return {
      pinyin: expandReading(word, this.readings[line], this.readingOf),
      senses: this.senses[line].split('/'),
    };
  }

  /** How many headwords have a gloss. */
  get size(): number {
    let n = 0;
    for (const id of this.lineOf) if (id >= 0) n++;
    return n;
  }
}
