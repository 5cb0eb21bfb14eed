/**
 * English words of one document, each looked up once: a hash table over the words' code units
 * (lower-cased, ’ read as '), so the one pass over a segment finds a word's entry without
 * building a string. An entry knows whether the word is skipped (a stop word or a single
 * letter), whether it may be a number word, and its keys (stem, and pinyin for a name).
 */
import { stem, STOP_WORDS } from './english';
import type { Vocabulary } from './lexicon';
import { mayHoldNumberWord } from './numerals';

const SKIP = 1;
const NUMBER = 2;

/** The code unit as the table compares it: ASCII letters lower-cased, ’ as '. */
function folded(c: number): number {
  return c === 0x2019 ? 0x27 : c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
}

export class EnglishTokenTable {
  private strings: string[] = [];
  private hashes: Int32Array;
  private flags: Uint8Array;
  private stems: Int32Array;
  private plain: Int32Array[] = [];
  private named: (Int32Array | undefined)[] = [];
  private slots: Int32Array;
  size = 0;

  /** `room`: words before the table grows (a power of two). */
  constructor(
    private readonly vocab: Vocabulary,
    room = 1024,
  ) {
    this.hashes = new Int32Array(room);
    this.flags = new Uint8Array(room);
    this.stems = new Int32Array(room);
    this.slots = new Int32Array(2 * room).fill(-1);
  }

  /**
   * The entry of the word text[start, end), whose folded code units hash to `hash` (FNV-1a,
   * as the caller computed it while reading the word).
   */
  entry(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const h = hash | 0;
    let slot = hash & mask;
    for (;;) {
      const e = this.slots[slot];
      if (e < 0) break;
      if (this.hashes[e] === h && this.same(e, text, start, end)) return e;
      slot = (slot + 1) & mask;
    }
    return this.add(text.slice(start, end), h, slot);
  }

  private same(e: number, text: string, start: number, end: number): boolean {
    const s = this.strings[e];
    if (s.length !== end - start) return false;
    for (let k = 0; k < s.length; k++)
      if (s.charCodeAt(k) !== folded(text.charCodeAt(start + k))) return false;
    return true;
  }

  private add(raw: string, hash: number, slot: number): number {
    const e = this.size++;
    if (e >= this.hashes.length) this.grow();
    const lower = raw.replace(/’/g, "'").toLowerCase();
    this.strings[e] = lower;
    this.hashes[e] = hash;
    const skip = STOP_WORDS.has(lower) || lower.length < 2;
    this.flags[e] = (skip ? SKIP : 0) | (mayHoldNumberWord(lower) ? NUMBER : 0);
    if (!skip) {
      const id = this.vocab.id(stem(lower.replace(/'s$/, '')));
      this.stems[e] = id;
      this.plain[e] = Int32Array.of(id);
    } else {
      this.stems[e] = -1;
    }
    this.slots[slot] = e;
    if (this.size * 2 > this.slots.length) this.rehash();
    return e;
  }

  private grow(): void {
    const n = this.hashes.length * 2;
    const hashes = new Int32Array(n);
    hashes.set(this.hashes);
    this.hashes = hashes;
    const flags = new Uint8Array(n);
    flags.set(this.flags);
    this.flags = flags;
    const stems = new Int32Array(n);
    stems.set(this.stems);
    this.stems = stems;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let e = 0; e < this.size; e++) {
      let slot = this.hashes[e] & mask;
      while (slots[slot] >= 0) slot = (slot + 1) & mask;
      slots[slot] = e;
    }
    this.slots = slots;
  }

  /** A stop word or a single letter: not a unit. */
  skipped(e: number): boolean {
    return (this.flags[e] & SKIP) !== 0;
  }

  /** Whether englishNumberWords may find a number in this word. */
  mayHoldNumber(e: number): boolean {
    return (this.flags[e] & NUMBER) !== 0;
  }

  stemId(e: number): number {
    return this.stems[e];
  }

  /** Keys of the word: its stem. */
  keys(e: number): Int32Array {
    return this.plain[e];
  }

  /** Keys of the word as a likely name: its stem and its spelling as pinyin. */
  nameKeys(e: number): Int32Array {
    let keys = this.named[e];
    if (!keys) {
      const base = this.strings[e].replace(/'s$/, '');
      keys = Int32Array.of(this.stems[e], this.vocab.id(`py:${base}`));
      this.named[e] = keys;
    }
    return keys;
  }
}
