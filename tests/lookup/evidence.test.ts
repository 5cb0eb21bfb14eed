// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { englishTokens } from '../../src/align/english';
import { chineseUnits, englishUnits, Lexicon, Vocabulary } from '../../src/align/features';
import { loadNodeDictionary } from '../../src/align/nodeDictionary';
import { describeWord } from '../../src/lookup/describe';
import { LookupLexicon, rowEvidence, wordAt, type RowEvidence } from '../../src/lookup/evidence';

const lexicon = new LookupLexicon(loadNodeDictionary());

/** The row's word with this text on one side (the first occurrence). */
function find(row: RowEvidence, side: 'zh' | 'en', text: string): number {
  const k = row[side].findIndex((w) => w.text === text);
  expect(k, `${text} is a word of the ${side} side`).toBeGreaterThanOrEqual(0);
  return k;
}

function matchesOf(row: RowEvidence, side: 'zh' | 'en', text: string): string[] {
  const other = side === 'zh' ? row.en : row.zh;
  return row[side][find(row, side, text)].matches.map((j) => other[j].text);
}

// The bundled sample's opening sentences (data/huanqiu-2011-04-28).
const ZH = '中美两国的人权对话于昨今两天举行。这一对话机制始于1990年，其间数度中断。';
const EN =
  'The Sino-U.S. human rights dialogue has been held yesterday and today. This dialogue began in 1990, with several interruptions.';

describe('word look-up: the lexical evidence inside a row', () => {
  const row = rowEvidence([ZH], [EN], lexicon);

  it('cuts the Chinese into the aligner’s dictionary words, with offsets into the text', () => {
    expect(row.zh.map((w) => w.text)).toEqual(
      expect.arrayContaining(['人权', '对话', '举行', '中断', '机制']),
    );
    for (const w of row.zh) expect(ZH.slice(w.start, w.end)).toBe(w.text);
    for (const w of row.en) expect(EN.slice(w.start, w.end)).toBe(w.text);
  });

  it('keeps whole a word whose senses are all English stop words (什么, not 什 "ten" + 么)', () => {
    const talk = rowEvidence(['他们在这里说什么？'], ['What are they saying here?'], lexicon);
    expect(talk.zh.map((w) => w.text)).toEqual(expect.arrayContaining(['他们', '这里', '什么']));
    expect(talk.zh.map((w) => w.text)).not.toContain('什');
    // A grammar word to the aligner: no evidence, no matches ("what" and "here" are stop words).
    expect(talk.zh[find(talk, 'zh', '什么')].evidence).toBe(false);
    expect(talk.zh[find(talk, 'zh', '什么')].matches).toEqual([]);
    expect(talk.zh[find(talk, 'zh', '这里')].evidence).toBe(false);
  });

  it('from a Chinese word to the English words its gloss matches, every occurrence', () => {
    expect(matchesOf(row, 'zh', '人权')).toEqual(['human', 'rights']);
    expect(matchesOf(row, 'zh', '对话')).toEqual(['dialogue', 'dialogue']);
    expect(matchesOf(row, 'zh', '举行')).toEqual(['held']);
    expect(matchesOf(row, 'zh', '中断')).toEqual(['interruptions']);
  });

  it('from an English word back to the Chinese words whose gloss holds it', () => {
    // The second 对话 is not a word to the aligner (这一对话 cuts as 这/一对/话): only the first counts.
    expect(matchesOf(row, 'en', 'dialogue')).toEqual(['对话']);
    expect(matchesOf(row, 'en', 'held')).toEqual(['举行']);
    expect(matchesOf(row, 'en', 'rights')).toEqual(['人权']);
    expect(matchesOf(row, 'en', 'yesterday')).toEqual(['昨']);
    expect(matchesOf(row, 'en', 'today')).toEqual([]);
  });

  it('matches both ways alike: j is among i’s matches exactly when i is among j’s', () => {
    row.zh.forEach((z, i) => {
      for (const j of z.matches) expect(row.en[j].matches).toContain(i);
    });
    row.en.forEach((e, j) => {
      for (const i of e.matches) expect(row.zh[i].matches).toContain(j);
    });
  });

  it('shows grammar words but does not count them, as the aligner does not', () => {
    const de = row.zh[find(row, 'zh', '的')];
    expect(de.evidence).toBe(false);
    expect(de.matches).toEqual([]);
    // English stop words are not words of the look-up at all.
    expect(row.en.map((w) => w.text)).not.toContain('the');
    expect(row.en.map((w) => w.text)).not.toContain('has');
  });

  it('matches names by their pinyin, and says so', () => {
    const names = rowEvidence(['王小丽昨天来了。'], ['Yesterday Wang Xiaoli came.'], lexicon);
    // 王 is "king" in CC-CEDICT: Wang matches it by sound only; 小丽 are two single characters
    // whose run the aligner spells "xiaoli".
    const wang = names.en[find(names, 'en', 'Wang')];
    expect(wang.nameLike).toBe(true);
    expect(wang.matches.map((i) => names.zh[i].text)).toEqual(['王']);
    expect(wang.bySound).toEqual([0]);
    expect(matchesOf(names, 'en', 'Xiaoli')).toEqual(['小']);
    expect(matchesOf(names, 'en', 'Yesterday')).toEqual(['昨天']);
    expect(names.en[find(names, 'en', 'Yesterday')].bySound).toEqual([]);
    const view = describeWord(names, 'en', find(names, 'en', 'Wang'), undefined)!;
    expect(view.matches).toEqual([{ word: '王', gloss: undefined, bySound: true }]);
  });

  it('keeps each segment of a merged row apart (spans name their segment)', () => {
    const merged = rowEvidence(
      ['他们举行了会谈。', '双方讨论了人权问题。'],
      ['They held talks, and both sides discussed human rights.'],
      lexicon,
    );
    const rights = merged.zh[find(merged, 'zh', '人权')];
    expect(rights.segment).toBe(1);
    expect(rights.start).toBe('双方讨论了'.length);
    expect(matchesOf(merged, 'zh', '举行')).toEqual(['held']);
    // 会谈 is glossed "talks; discussions" too: both are the aligner's evidence for "discussed".
    expect(matchesOf(merged, 'en', 'discussed')).toEqual(['会谈', '讨论']);
  });

  it('finds the word under an offset, and none between words', () => {
    const quan = ZH.indexOf('人权') + 1; // the second character of 人权
    expect(row.zh[wordAt(row.zh, 0, quan)].text).toBe('人权');
    expect(wordAt(row.en, 0, EN.indexOf(' human'))).toBe(-1);
    expect(row.en[wordAt(row.en, 0, EN.indexOf('human') + 2)].text).toBe('human');
    expect(wordAt(row.zh, 1, 0)).toBe(-1); // no second segment
  });
});

describe('word look-up uses the aligner’s own tokens and keys', () => {
  const zhTexts = [
    ZH,
    '美方把施压当作对话的出发点，北京显然没有义务陪华盛顿演这出戏。',
    '王小丽昨天来了，韦小宝和他的朋友们在扬州等她；的的确确是她。',
    '他在WTO的会议上说了三次“不”。',
  ];
  const enTexts = [
    EN,
    'China hopes that it is a serious dialogue; Beijing is not obliged to play along with Washington.',
    "Don't say it's the U.S.' fault: China’s view, Xi-feng said, differs. Yesterday Wang Xiaoli came.",
  ];

  /** Key sets of the aligner's word units, sorted, over a vocabulary shared with the look-up. */
  function alignerWordKeys(units: ReturnType<typeof chineseUnits>): string[] {
    const out: string[] = [];
    const { keyStart, keys: all, words, strong } = units.store;
    for (let g = units.first; g < units.first + units.count; g++) {
      if (words[g] < 0 || strong[g]) continue;
      const keys = [...all.subarray(keyStart[g], keyStart[g + 1])];
      if (keys.length > 0) out.push([...new Set(keys)].sort((a, b) => a - b).join(','));
    }
    return out.sort();
  }

  /** Key sets of the look-up's words, one per distinct word (as the aligner makes one unit). */
  function lookupWordKeys(
    words: readonly { keys: ReadonlySet<number> }[],
    id: (k: number) => string,
  ) {
    const seen = new Map<string, string>();
    words.forEach((w, k) => {
      const keys = [...w.keys].sort((a, b) => a - b).join(',');
      if (keys !== '') seen.set(id(k), keys);
    });
    return [...seen.values()].sort();
  }

  it('gives each Chinese word the keys the aligner’s unit for it has, names’ pinyin included', () => {
    for (const text of zhTexts) {
      const vocab = new Vocabulary();
      const dict = loadNodeDictionary();
      const aligner = alignerWordKeys(chineseUnits(text, new Lexicon(vocab, dict)));
      const mine = new LookupLexicon(dict, vocab);
      const row = rowEvidence([text], [], mine);
      expect(aligner.length, text).toBeGreaterThanOrEqual(3);
      expect(
        lookupWordKeys(row.zh, (k) => row.zh[k].text),
        text,
      ).toEqual(aligner);
    }
  });

  it('picks the English words englishTokens picks, and keys them as the aligner does', () => {
    for (const text of enTexts) {
      const mine = rowEvidence([], [text], lexicon).en.map((w) => ({
        lower: w.text.replace(/’/g, "'").toLowerCase(),
        nameLike: w.nameLike,
      }));
      expect(mine).toEqual(englishTokens(text));
      const vocab = new Vocabulary();
      const dict = loadNodeDictionary();
      const aligner = alignerWordKeys(englishUnits(text, new Lexicon(vocab, dict)));
      const own = new LookupLexicon(dict, vocab);
      const row = rowEvidence([], [text], own);
      const id = (k: number) => `${row.en[k].text.toLowerCase()}|${row.en[k].nameLike}`;
      expect(lookupWordKeys(row.en, id), text).toEqual(aligner);
    }
  });
});

describe('what the popover says', () => {
  const row = rowEvidence([ZH], [EN], lexicon);
  const glosses = {
    get: (w: string) =>
      w === '人权' ? { pinyin: 'ren2 quan2', senses: ['human rights'] } : undefined,
  };

  it('a Chinese word: its reading with tone marks, senses, and matches once each', () => {
    const view = describeWord(row, 'zh', find(row, 'zh', '对话'), glosses)!;
    expect(view.word).toBe('对话');
    expect(view.gloss).toBeUndefined();
    expect(view.matches).toEqual([{ word: 'dialogue' }]);
    expect(view.matchSpans).toHaveLength(2);
    const rights = describeWord(row, 'zh', find(row, 'zh', '人权'), glosses)!;
    expect(rights.gloss).toEqual({ pinyin: 'rénquán', senses: ['human rights'] });
  });

  it('an English word: the Chinese words with their glosses', () => {
    const view = describeWord(row, 'en', find(row, 'en', 'rights'), glosses)!;
    expect(view.matches).toEqual([
      { word: '人权', gloss: { pinyin: 'rénquán', senses: ['human rights'] } },
    ]);
    expect(view.matchSpans.map((s) => ZH.slice(s.start, s.end))).toEqual(['人权']);
  });

  it('nothing for a spot without a word', () => {
    expect(describeWord(row, 'en', -1, glosses)).toBeUndefined();
  });
});
