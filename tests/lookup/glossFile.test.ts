// @vitest-environment node
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CompiledDictionary, encodeDictionary } from '../../src/align/compiledDictionary';
import { parseCedict } from '../../src/align/dictionary';
import {
  compactReading,
  encodeGlosses,
  expandReading,
  Glosses,
  shortenSense,
  tidySense,
} from '../../src/lookup/glossFile';
import { TINY_CEDICT } from '../align/fixtures';

const ROOT = resolve(import.meta.dirname, '../..');

function tiny() {
  const bytes = encodeDictionary(parseCedict(TINY_CEDICT));
  const dict = new CompiledDictionary(bytes);
  return { bytes, dict, glosses: encodeGlosses(TINY_CEDICT, dict, bytes) };
}

describe('the glosses file', () => {
  it('round-trips: each headword, simplified or traditional, gets its reading and senses', () => {
    const { bytes, dict, glosses } = tiny();
    const read = new Glosses(glosses, dict, bytes);
    expect(read.get('汽车')).toEqual({ pinyin: 'qi4 che1', senses: ['car', 'automobile'] });
    expect(read.get('汽車')).toEqual(read.get('汽车'));
    expect(read.get('追')).toEqual({ pinyin: 'zhui1', senses: ['to chase', 'to pursue'] });
    // "surname Chen" is not a meaning: the reading shown is the one with a meaning.
    expect(read.get('陈')).toEqual({ pinyin: 'chen2', senses: ['to lay out'] });
    expect(read.get('汽')).toBeUndefined();
    expect(read.get('不在')).toBeUndefined();
  });

  it('refuses a file built with another dictionary, and a cut one', () => {
    const { bytes, dict, glosses } = tiny();
    const other = readFileSync(resolve(ROOT, 'generated/cedict.bin'));
    expect(() => new Glosses(glosses, new CompiledDictionary(other), other)).toThrow(
      /another dictionary/,
    );
    expect(() => new Glosses(glosses.slice(0, glosses.length - 10), dict, bytes)).toThrow(
      /truncated|damaged/,
    );
    expect(() => new Glosses(new Uint8Array(80), dict, bytes)).toThrow(/not a duilian glosses/);
  });

  it('the built asset pairs with cedict.bin and glosses what the sample needs', () => {
    const dictBytes = readFileSync(resolve(ROOT, 'generated/cedict.bin'));
    const dict = new CompiledDictionary(dictBytes);
    const read = new Glosses(
      gunzipSync(readFileSync(resolve(ROOT, 'generated/glosses.bin'))),
      dict,
      dictBytes,
    );
    expect(read.size).toBeGreaterThan(150_000);
    expect(read.get('人权')).toEqual({ pinyin: 'ren2 quan2', senses: ['human rights'] });
    expect(read.get('人權')).toEqual(read.get('人权'));
    expect(read.get('谈判')?.senses).toContain('negotiation');
    expect(read.get('美')?.senses).toContain('USA');
    expect(read.get('女人')?.pinyin).toBe('nu:3 ren2');
    expect(read.get('华盛顿')).toEqual({ pinyin: 'Hua2 sheng4 dun4', senses: ['Washington'] });
    // Idioms of four characters are words the aligner can cut out: they have glosses.
    expect(read.get('咄咄逼人')?.senses[0]).toBe('overbearing');
    // Words whose senses are all English stop words are headwords too, with their glosses.
    expect(read.get('什么')?.senses.join('; ')).toMatch(/what/);
    expect(read.get('这里')?.senses.join('; ')).toMatch(/here/);
    // Every gloss is short: a few senses, never a paragraph.
    for (let w = 0; w < dict.wordCount; w += 97) {
      const gloss = read.get(dict.headword(w));
      if (gloss) expect(gloss.senses.join('; ').length, dict.headword(w)).toBeLessThanOrEqual(48);
    }
  });

  it('stays small: about 1 MB gzipped, loaded on the first look-up only', () => {
    expect(statSync(resolve(ROOT, 'generated/glosses.bin')).size).toBeLessThan(1_100_000);
  });
});

describe('senses as shown', () => {
  it('drops notes and cross-reference pinyin, keeps a sense that is only a note', () => {
    expect(tidySense('(bound form) USA (abbr. for 美國|美国[Mei3 guo2])')).toBe('USA');
    expect(tidySense('to talk (with sb)')).toBe('to talk');
    expect(tidySense('(possessive particle)')).toBe('possessive particle');
    expect(
      tidySense('abbr. for 中華人民共和國|中华人民共和国[Zhong1 hua2 Ren2 min2 Gong4 he2 guo2]'),
    ).toBe('abbr. for 中华人民共和国');
  });

  it('cuts a long sense at a clause, else at a word', () => {
    expect(
      shortenSense("Beijing municipality, capital of the People's Republic of China", 24),
    ).toBe('Beijing municipality');
    expect(shortenSense('to be reluctant to part with something precious', 24)).toBe(
      'to be reluctant to part…',
    );
    expect(shortenSense('king', 24)).toBe('king');
  });

  it('stores a reading as tone digits against the characters’ own readings', () => {
    const readingOf = (ch: string) => ({ 人: 'ren', 权: 'quan', 西: 'xi', 安: 'an', 女: 'nu' })[ch];
    for (const [word, pinyin, compact] of [
      ['人权', 'ren2 quan2', '22'],
      ['西安', 'Xi1 an1', '^11'],
      ['女人', 'nu:3 ren2', '|nu:3|2'],
      ['人儿', 'ren2 r5', '2|r5|'],
      ['一会儿', 'yi1 hui4 r5 r5', '=yi1 hui4 r5 r5'],
    ]) {
      expect(compactReading(word, pinyin, readingOf)).toBe(compact);
      expect(expandReading(word, compact, readingOf)).toBe(pinyin);
    }
  });
});
