import { describe, expect, it } from 'vitest';
import { loadNodeDictionary } from '../../src/align/nodeDictionary';
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
    expect(f?.message).toBe('The Chinese has 1990, 21, the English 1992, 12.');
    expect(f?.zh).toEqual(['一九九〇', '二十一']);
    expect(f?.en).toEqual(['1992', 'twelve']);
    const g = compareNumbers('这座桥长1200米。', 'The bridge is 1,300 metres long.');
    expect(g?.message).toBe('The Chinese has 1200, the English 1300.');
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
      'The Chinese has 3, the English 4.',
    );
    expect(compareNumbers('那是二〇〇八年的事。', 'That happened long ago.')?.message).toBe(
      '2008 in Chinese is not in the English.',
    );
    expect(compareNumbers('他走了。', 'He left in 1968.')?.message).toBe(
      '1968 in English is not in the Chinese.',
    );
  });

  it('reads 两国 as "both countries", and "both" as the 两 of the Chinese', () => {
    const zh = '两国经过多轮谈判，于2001年签署了协议。';
    expect(compareNumbers(zh, 'Both countries signed the agreement in 2001.')).toBeNull();
    expect(
      compareNumbers(
        zh,
        'The two countries signed the agreement in 2001 after three rounds of talks.',
      ),
    ).toBeNull();
    expect(compareNumbers('两人又扭打起来。', 'Both of them set to again.')).toBeNull();
    // "both" with no 两 to stand for is no number at all.
    expect(compareNumbers('他们签了三份协议。', 'They both signed three agreements.')).toBeNull();
    expect(compareNumbers('他们签了三份协议。', 'They both signed four agreements.')?.message).toBe(
      'The Chinese has 3, the English 4.',
    );
  });

  it('does not read names, financial numerals in words, headings or hyperbole as counts', () => {
    // 王二, 罗小四, 茅十八 are people; 肆无忌惮 is "unscrupulous"; 身经百战 "seasoned".
    expect(
      compareNumbers(
        '罗小四说王二根本就不存在，茅十八也不信。',
        'Luo Xiaosi said Wang Er did not exist at all; Whiskers did not believe it either.',
      ),
    ).toBeNull();
    expect(
      compareNumbers(
        '他肆无忌惮地拿起一块千层糕，他身经百战，四下里看了看。',
        'He nonchalantly took a slice of layer cake; he was a seasoned fighter, and looked around.',
      ),
    ).toBeNull();
    expect(compareNumbers('6. 片厂', 'The Film Studio')).toBeNull();
    expect(
      compareNumbers(
        '千般的温存，万种的风流',
        'gentility of a thousand kinds, and ten thousand varieties of elegance',
      ),
    ).toBeNull();
  });

  it('matches months, decades, fractions, shares, pairs, minutes and estimates', () => {
    expect(compareNumbers('1989年11月升空', 'launched in November of 1989')).toBeNull();
    expect(compareNumbers('上世纪八十年代末', 'at the end of the eighties')).toBeNull();
    expect(
      compareNumbers(
        '那里有四分之一的人受到了感染。',
        'A quarter of the people are infected, 25%.',
      ),
    ).toBeNull();
    expect(compareNumbers('可能性有七成。', "There's a 70% chance.")).toBeNull();
    expect(
      compareNumbers('振幅在百分之一至百分之五之间。', 'between one and five percent'),
    ).toBeNull();
    expect(compareNumbers('终于裹就一双三寸金莲。', 'two three-inch golden lotuses')).toBeNull();
    // 这一对话: "this dialogue", not a pair.
    expect(compareNumbers('这一对话机制始于1990年。', 'This dialogue began in 1990.')).toBeNull();
    expect(compareNumbers('一对夫妇走了进来。', 'A couple came in, the two of them.')).toBeNull();
    expect(compareNumbers('直到差十分钟凌晨一点时', 'at ten to one in the morning')).toBeNull();
    expect(compareNumbers('好像有十几个太阳升起。', 'like a dozen rising suns')).toBeNull();
    // "a score" is twenty: not what 十几 says; a score in a game is no number.
    expect(compareNumbers('赢了十几两银子。', 'I won a score taels.')?.message).toBe(
      'The Chinese has 10, the English 20.',
    );
    expect(compareNumbers('他活了六十岁。', 'He lived three score years.')).toBeNull();
    expect(compareNumbers('比分是零比零。', 'The score was even.')).toBeNull();
    expect(compareNumbers('他们有二十来个人。', 'There were a score of them.')).toBeNull();
    // Alternatives said outright must be the same ones.
    expect(compareNumbers('接着又是八九下。', 'followed by eight or nine others')).toBeNull();
    expect(compareNumbers('接着又是八九下。', 'followed by nine or ten others')?.message).toBe(
      'The Chinese has 8, the English 10.',
    );
    expect(compareNumbers('五六岁的孩子', 'a little boy of five or six')).toBeNull();
    expect(compareNumbers('三二十个孩子', 'some twenty or thirty children')).toBeNull();
    expect(compareNumbers('三二十个孩子', 'some thirty or forty children')?.message).toBe(
      'The Chinese has 20, the English 40.',
    );
    expect(compareNumbers('接着又是八九下。', 'followed by a few more')).toBeNull();
    expect(compareNumbers('约有一二十个妇人。', 'between ten and twenty women')).toBeNull();
    expect(compareNumbers('在《1995年教条宣言》中', "in the Dogme '95 manifesto")).toBeNull();
    expect(compareNumbers('1997至1998年的比赛', 'the 1997-98 race')).toBeNull();
    // An estimate covers only what it may stand for.
    expect(
      compareNumbers('在天文馆，有二十副呢。', 'We made more than thirty pairs.')?.message,
    ).toBe('The Chinese has 20, the English 30.');
    expect(compareNumbers('赢了十几两银子。', 'I won thirty taels.')?.message).toBe(
      'The Chinese has 10, the English 30.',
    );
  });
});

describe('numerals inside idioms and names (with the dictionary)', () => {
  const dictionary = loadNodeDictionary();
  const zh = '他摔了个四脚朝天，在床上躺了整整一个星期。';
  const en = 'He fell flat on his back and spent seven whole days in bed.';

  it('does not count the 四 of 四脚朝天 ("flat on his back") against another number', () => {
    // Without the dictionary the 四 is a soft number, and "seven" differs from it.
    expect(compareNumbers(zh, en)?.message).toBe('The Chinese has 4, the English 7.');
    expect(compareNumbers(zh, en, dictionary)).toBeNull();
  });

  it("still matches an idiom's numeral that the translation keeps", () => {
    // 三寸金莲, "three-inch golden lotuses": the English 3 is the idiom's, not left over to
    // differ from the eight toes the translation does not count.
    expect(
      compareNumbers(
        '把八个脚趾折断在脚底，终于裹就一双三寸金莲。',
        'The toes were turned under, and the results were two three-inch golden lotuses.',
        dictionary,
      ),
    ).toBeNull();
    // Without the word, 3 would be a count; with a different number it is not missed either.
    expect(
      compareNumbers('她裹就一双三寸金莲。', 'She ended up with two golden lotuses.', dictionary),
    ).toBeNull();
  });

  it('still reads counts outside idioms, and runs of numerals inside long words', () => {
    expect(
      compareNumbers('他在床上躺了四天。', 'He spent seven days in bed.', dictionary)?.message,
    ).toBe('The Chinese has 4, the English 7.');
    // 二十一世纪 is a dictionary word, and the 21st century.
    expect(values(chineseNumbersFound('二十一世纪已经开始了。', dictionary))).toEqual([21]);
  });
});
