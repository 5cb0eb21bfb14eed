// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { chineseNumbers, englishNumbers, parseChineseNumeral } from '../../src/align/numerals';

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
