// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CompiledDictionary, encodeDictionary } from '../../src/align/compiledDictionary';
import { cedictFromModuleSource, parseCedict } from '../../src/align/dictionary';
import { loadNodeDictionary } from '../../src/align/nodeDictionary';
import { TINY_CEDICT, tinyDictionary } from './fixtures';

const ROOT = resolve(import.meta.dirname, '../..');

describe('the compiled dictionary', () => {
  it('round-trips a parsed dictionary: same words, keywords in order, readings', () => {
    const compiled = new CompiledDictionary(encodeDictionary(tinyDictionary));
    expect(new Map(compiled.words)).toEqual(new Map(tinyDictionary.words));
    expect(new Map(compiled.readings)).toEqual(new Map(tinyDictionary.readings));
    expect(new Map(compiled.properNouns)).toEqual(new Map(tinyDictionary.properNouns));
    expect(compiled.words.size).toBe(tinyDictionary.words.size);
    expect(compiled.maxWordLength).toBe(tinyDictionary.maxWordLength);
    expect(compiled.words.get('汽车')).toEqual(['car', 'automobil']);
    expect(compiled.words.has('汽')).toBe(false);
  });

  it('finds a headword inside a longer text by code-unit range', () => {
    const compiled = new CompiledDictionary(encodeDictionary(parseCedict(TINY_CEDICT)));
    const text = '我们看见花园里的猫';
    const w = compiled.find(text, 4, 6);
    expect(compiled.headword(w)).toBe('花园');
    expect(compiled.find(text, 4, 7)).toBe(-1);
  });

  it('refuses bytes that are not a compiled dictionary, or are cut short', () => {
    expect(() => new CompiledDictionary(new Uint8Array(64))).toThrow(/not a compiled/);
    const bytes = encodeDictionary(tinyDictionary);
    expect(() => new CompiledDictionary(bytes.slice(0, bytes.length - 100))).toThrow(/truncated/);
  });

  it('the built asset holds exactly the entries parsed from hanzi’s CC-CEDICT', () => {
    const path = createRequire(import.meta.url).resolve('hanzi/lib/data/cedict_ts.u8.js');
    const source = parseCedict(cedictFromModuleSource(readFileSync(path, 'utf8')));
    const asset = new CompiledDictionary(readFileSync(resolve(ROOT, 'generated/cedict.bin')));
    expect(asset.words.size).toBe(source.words.size);
    expect(asset.readings.size).toBe(source.readings.size);
    expect(asset.maxWordLength).toBe(source.maxWordLength);
    const differing: string[] = [];
    for (const [word, keywords] of source.words) {
      if (asset.words.get(word)?.join('/') !== keywords.join('/')) differing.push(word);
    }
    for (const [ch, readings] of source.readings) {
      if (asset.readings.get(ch)?.join('/') !== readings.join('/')) differing.push(ch);
    }
    // The names check's proper nouns (北京 → beijing), exactly those of the source.
    expect(asset.properNouns.size).toBe(source.properNouns?.size);
    expect(source.properNouns?.size).toBeGreaterThan(10_000);
    for (const [word, spelled] of source.properNouns ?? []) {
      if (asset.properNouns.get(word) !== spelled) differing.push(word);
    }
    expect(asset.properNouns.get('北京')).toBe('beijing');
    expect(asset.properNouns.has('老子')).toBe(false);
    expect(differing).toEqual([]);
    // The CLI bundle carries the same dictionary, with its look-up index after it.
    const cli = readFileSync(resolve(ROOT, 'dist-cli/cedict.bin'));
    const app = readFileSync(resolve(ROOT, 'generated/cedict.bin'));
    expect(cli.equals(readFileSync(resolve(ROOT, 'generated/cedict-node.bin')))).toBe(true);
    expect(cli.subarray(0, app.length).equals(app)).toBe(true);
    expect(new CompiledDictionary(cli).indexed).toBe(true);
    expect(new CompiledDictionary(app).indexed).toBe(false);
  }, 60_000);

  it('finds every headword and word start alike from the shipped look-up index and from tables built at load', () => {
    const app = readFileSync(resolve(ROOT, 'generated/cedict.bin'));
    const built = new CompiledDictionary(app);
    const indexed = new CompiledDictionary(CompiledDictionary.withLookupIndex(app));
    expect(indexed.indexed).toBe(true);
    expect(indexed.wordCount).toBe(built.wordCount);
    const differing: string[] = [];
    for (let w = 0; w < built.wordCount; w++) {
      const word = built.headword(w);
      if (indexed.find(word, 0, word.length) !== w) differing.push(word);
      if (word.length >= 2) {
        const c1 = word.charCodeAt(0);
        const c2 = word.charCodeAt(1);
        if (indexed.wordStart(c1, c2) !== built.wordStart(c1, c2)) differing.push(word);
      }
    }
    expect(differing).toEqual([]);
    // Strings that are no headword are not found either way.
    for (const s of ['的了', '猫猫猫猫', 'xyz'])
      expect(indexed.find(s, 0, s.length)).toBe(built.find(s, 0, s.length));
    expect(() =>
      CompiledDictionary.withLookupIndex(CompiledDictionary.withLookupIndex(app)),
    ).toThrow(/already/);
  }, 60_000);

  it('reads a dictionary whose look-up index was cut off as one without an index, or refuses it', () => {
    const bytes = encodeDictionary(tinyDictionary);
    const withIndex = CompiledDictionary.withLookupIndex(bytes);
    expect(new CompiledDictionary(withIndex).words.get('汽车')).toEqual(['car', 'automobil']);
    // Only the index's header: no index.
    const headerOnly = new CompiledDictionary(withIndex.slice(0, bytes.length + 8));
    expect(headerOnly.indexed).toBe(false);
    expect(headerOnly.words.get('汽车')).toEqual(['car', 'automobil']);
    // Part of the tables: refused as truncated.
    expect(() => new CompiledDictionary(withIndex.slice(0, withIndex.length - 4))).toThrow(
      /truncated/,
    );
  });

  it('tells exactly which words start with two characters: the two-character word and longer lengths', () => {
    const dict = loadNodeDictionary() as CompiledDictionary;
    const word = (w: number) => (w >> 8) - 1;
    const lengths = (w: number) => w & 255;
    const start = (s: string) => dict.wordStart(s.charCodeAt(0), s.charCodeAt(1));
    expect(word(start('人权'))).toBe(dict.findWord('人权', 0, 2));
    expect(dict.headword(word(start('人权')))).toBe('人权');
    // 人民币: a three-character word starts with 人民, a two-character word itself.
    expect(lengths(start('人民')) & 1).toBe(1);
    expect(dict.headword(word(start('人民')))).toBe('人民');
    // Every word with keywords is found from its first two characters, and nothing else is.
    let checked = 0;
    for (const [w] of dict.words) {
      if (w.length < 2) continue;
      const s = start(w);
      if (w.length === 2) expect(dict.headword(word(s))).toBe(w);
      else expect((lengths(s) >> (Math.min(w.length, 10) - 3)) & 1).toBe(1);
      checked++;
    }
    expect(checked).toBeGreaterThan(100_000);
    expect(start('的了')).toBe(0);
  });

  it('loads in Node from the built asset', () => {
    const dict = loadNodeDictionary();
    expect(dict.words.get('人权')).toEqual(['human', 'right']);
    expect(dict.readings.get('清')).toContain('qing');
  });
});
