import { describe, expect, it } from 'vitest';
import {
  chineseNumbersFound,
  compareNumbers,
  englishNumbersFound,
  parseEnglishNumber,
} from '../../src/checks/numbers';

const values = (ns: { value: number }[]) => ns.map((n) => n.value);

describe('reading numbers', () => {
  it('reads Chinese numerals, digits, percentages and 万 after digits', () => {
    expect(values(chineseNumbersFound('一九九〇年他来到上海。'))).toEqual([1990]);
    expect(values(chineseNumbersFound('总投资三千五百万元。'))).toEqual([35_000_000]);
    expect(values(chineseNumbersFound('增长了百分之二十。'))).toEqual([20]);
    expect(values(chineseNumbersFound('人口约１２，０００人，占35%。'))).toEqual([12_000, 35]);
    expect(values(chineseNumbersFound('共计3.5万册图书。'))).toEqual([35_000]);
    expect(values(chineseNumbersFound('他在那里住了两年零三个月。'))).toEqual([2, 3]);
    expect(values(chineseNumbersFound('二十一世纪'))).toEqual([21]);
  });

  it('does not read numeral characters inside ordinary words', () => {
    expect(chineseNumbersFound('他一直想着一些事情，一心一意，十分认真。')).toEqual([]);
    expect(chineseNumbersFound('千万不要告诉别人。')).toEqual([]);
  });

  it('reads English number words, phrases, ordinals and digits', () => {
    expect(parseEnglishNumber('twenty-one')).toBe(21);
    expect(parseEnglishNumber('three hundred and five')).toBe(305);
    expect(parseEnglishNumber('a dozen')).toBe(12);
    expect(parseEnglishNumber('two thousand')).toBe(2000);
    expect(values(englishNumbersFound('He earned 3.5 million dollars, 20 percent more.'))).toEqual([
      3_500_000, 20,
    ]);
    expect(values(englishNumbersFound('in the twenty-first century, on the 21st floor'))).toEqual([
      21, 21,
    ]);
    expect(values(englishNumbersFound('One of them said it once.'))).toEqual([]);
  });
});

describe('compareNumbers', () => {
  it('says which numbers differ, in both directions', () => {
    const f = compareNumbers(
      '一九九〇年，他们在北京住了二十一年。',
      'In 1992 they had lived in Beijing for twelve years.',
    );
    expect(f?.message).toBe('Numbers differ: 1990, 21 in Chinese, 1992, 12 in English.');
    expect(f?.zh).toEqual(['一九九〇', '二十一']);
    expect(f?.en).toEqual(['1992', 'twelve']);
    const g = compareNumbers('这座桥长1200米。', 'The bridge is 1,300 metres long.');
    expect(g?.message).toBe('Numbers differ: 1200 in Chinese, 1300 in English.');
  });

  it('accepts the same numbers written differently', () => {
    expect(
      compareNumbers(
        '一九九〇年，他们在北京住了二十一年。',
        'In 1990 they had lived in Beijing for twenty-one years.',
      ),
    ).toBeNull();
    expect(
      compareNumbers(
        '公司欠债三千五百万元，占总额的百分之二十。',
        'The company owed 35,000,000 yuan, 20% of the total.',
      ),
    ).toBeNull();
    expect(
      compareNumbers('公司欠债三千五百万元。', 'The company owed 35 million yuan.'),
    ).toBeNull();
    expect(
      compareNumbers('二十一世纪是亚洲的世纪。', 'The 21st century belongs to Asia.'),
    ).toBeNull();
    expect(compareNumbers('她买了十二个鸡蛋。', 'She bought a dozen eggs.')).toBeNull();
    expect(compareNumbers('他们在20世纪90年代相识。', 'They met in the 1990s.')).toBeNull();
  });

  it('raises no false alarm on idioms and "one of"', () => {
    expect(
      compareNumbers('他一直想着一些事情。', 'He kept thinking about one of his old plans.'),
    ).toBeNull();
    expect(compareNumbers('她一心一意地工作。', 'She worked with all her heart.')).toBeNull();
    expect(compareNumbers('他十分高兴。', 'He was very happy.')).toBeNull();
  });

  it('lets a small number go missing but not a year or a changed count', () => {
    expect(compareNumbers('他们三个人走了进来。', 'They came in.')).toBeNull();
    expect(compareNumbers('他们三个人走了进来。', 'The four of them came in.')?.message).toBe(
      'Numbers differ: 3 in Chinese, 4 in English.',
    );
    expect(compareNumbers('那是二〇〇八年的事。', 'That happened long ago.')?.message).toBe(
      '2008 in Chinese is not in the English.',
    );
    expect(compareNumbers('他走了。', 'He left in 1968.')?.message).toBe(
      '1968 in English is not in the Chinese.',
    );
  });
});
