import { describe, expect, it } from 'vitest';
import {
  checkLinks,
  compareNames,
  compareNumbers,
  flagMessages,
  renderFlagTexts,
  type FlagTemplates,
} from '../../src/checks';
import { loadNodeDictionary } from '../../src/align/nodeDictionary';
import { makeSide, type Alignment } from '../../src/core/model';
import { zh } from '../../src/ui/i18n/zh';

const dict = loadNodeDictionary();
const chinese: FlagTemplates = (key) => zh[key];

describe('flag messages as keys and params', () => {
  it('end a quoted sentence with its own stop, not a second one', () => {
    const dropped = {
      key: 'flag.msg.omission.enSentence' as const,
      params: { text: 'In any case, slapping me was unfair.' },
    };
    expect(renderFlagTexts([dropped])).toBe(
      'An English sentence has no Chinese counterpart: “In any case, slapping me was unfair.”',
    );
    expect(renderFlagTexts([dropped], chinese)).toBe(
      '一个英文句子没有中文对应：“In any case, slapping me was unfair.”',
    );
    const part = {
      key: 'flag.msg.omission.zhPart' as const,
      params: { text: '把他看到没了脾气' },
    };
    expect(renderFlagTexts([part])).toBe(
      'Part of a Chinese sentence has no English counterpart: “把他看到没了脾气”.',
    );
    expect(renderFlagTexts([part], chinese)).toBe(
      '中文句子的一部分没有英文对应：“把他看到没了脾气”。',
    );
  });

  it('every flag says in English, from its keys, exactly its message', () => {
    const a: Alignment = {
      source: makeSide('zh', [
        '那是一九九〇年的事，他在WTO工作了二十一年。',
        '北京下雪了。',
        '我们走吧。',
      ]),
      target: makeSide('en', [
        'That was in 1992; he worked at the IMF for twelve years.',
        'Let us go.',
      ]),
      links: [
        { src: [0], tgt: [0], status: 'auto', confidence: 0.4 },
        { src: [1], tgt: [], status: 'auto', confidence: 0.9 },
        { src: [2], tgt: [1], status: 'auto', confidence: 0.99 },
      ],
    };
    const { flags } = checkLinks(a, { dictionary: dict, level: 'paragraphs' });
    const all = flags.flat();
    expect(all.map((f) => f.kind)).toEqual(['low-confidence', 'numbers', 'names', 'unpaired']);
    for (const f of all) expect(renderFlagTexts(f.texts ?? [])).toBe(f.message);
  });

  it('says the same flags in Chinese, with Chinese punctuation and lists', () => {
    const numbers = compareNumbers(
      '那是一九九〇年的事，他工作了二十一年。',
      'That was in 1992; he worked for twelve years.',
    );
    expect(renderFlagTexts(numbers!.texts, chinese)).toBe('中文为 1990、21，英文为 1992、12。');
    const names = compareNames('他在WTO和IMF、UNESCO、OECD都工作过。', 'He worked everywhere.');
    expect(renderFlagTexts(names!.texts, chinese)).toBe(
      '中文中的“WTO”、“IMF”、“UNESCO”及另外 1 项在英文中没有对应。',
    );
  });

  it('has a Chinese template for every key, with the same placeholders', () => {
    for (const key of Object.keys(flagMessages) as (keyof typeof flagMessages)[]) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(zh[key], key).toBeTruthy();
      expect(names(zh[key]), key).toEqual(names(flagMessages[key]));
    }
  });
});
