// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chineseNumbers,
  chineseNumeralValues,
  englishNumbers,
  isNumeralCode,
  mayHoldNumeral,
  parseChineseNumeral,
} from '../../src/align/numerals';

describe('parseChineseNumeral', () => {
  it.each([
    ['二十一', 21],
    ['十', 10],
    ['十五', 15],
    ['三百零五', 305],
    ['两万', 20000],
    ['一千二百三十四万五千', 12345000],
    ['一亿', 100000000],
    ['一九九〇', 1990],
    ['二〇一一', 2011],
  ])('%s → %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it('refuses text that is not a numeral', () => {
    expect(parseChineseNumeral('二十一岁')).toBeNull();
    expect(parseChineseNumeral('')).toBeNull();
  });
});

describe('numbers in running text', () => {
  it('reads Arabic digits, full-width digits and Chinese numerals before counters', () => {
    const values = chineseNumbers('始于1990年，已走过２１个年头，一九九〇年，三个人');
    expect(values).toEqual(expect.arrayContaining([1990, 21, 3]));
  });

  it('ignores numeral characters inside ordinary words and idioms', () => {
    expect(chineseNumbers('统一的看法十分重要，千万别说')).toEqual([]);
  });

  it('reads "five or six" as an estimate, not 56', () => {
    expect(chineseNumbers('五六岁的孩子')).toEqual([5, 6]);
  });

  it('reads English digits and number words', () => {
    expect(englishNumbers('In 1990, twenty-one people and 1,000 dogs.')).toEqual(
      expect.arrayContaining([1990, 21, 1000]),
    );
  });
});

describe('the numeral pre-check', () => {
  it('lets every text through where chineseNumeralValues finds a value', () => {
    const piece = fc.constantFrom(
      ...'零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億第年个岁分方计的人好，。',
      '十分',
      '千万',
      '１',
      '𠀀',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(), fc.nat(), (pieces, x, y) => {
        const t = pieces.join('');
        const a = x % (t.length + 1);
        const b = a + (y % (t.length - a + 1));
        if (chineseNumeralValues(t.slice(a, b)).length > 0)
          expect(mayHoldNumeral(t, a, b)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('skips words with a lone 一 or 十, and keeps real quantities', () => {
    expect(mayHoldNumeral('统一的看法，一样的人，十足的把握')).toBe(false);
    expect(mayHoldNumeral('一个人')).toBe(false);
    expect(mayHoldNumeral('三个人')).toBe(true);
    expect(mayHoldNumeral('第五')).toBe(true);
    expect(mayHoldNumeral('二十')).toBe(true);
    // Only inside the range: 第 before it does not count.
    expect(mayHoldNumeral('第五天', 1, 2)).toBe(true);
    expect(mayHoldNumeral('第五名', 1, 3)).toBe(true);
    expect(mayHoldNumeral('第五的', 1, 3)).toBe(false);
  });
});

describe('numeral characters', () => {
  it('are exactly the characters Chinese numerals are written with', () => {
    const numerals = '零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億';
    const found: string[] = [];
    for (let c = 0; c < 65536; c++) if (isNumeralCode(c)) found.push(String.fromCharCode(c));
    expect(found.sort()).toEqual([...numerals].sort());
  });
});
