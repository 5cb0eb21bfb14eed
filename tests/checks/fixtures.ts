/** Self-written Chinese/English pairs for the checks' tests (not corpus text). */
import fc from 'fast-check';
import type { Alignment, Link } from '../../src/core/model';
import { makeSide } from '../../src/core/model';

/** Pairs that are good translations of each other. */
export const GOOD_PAIRS: readonly (readonly [string, string])[] = [
  ['一九九〇年，他们搬到了上海。', 'In 1990 they moved to Shanghai.'],
  ['她在那家工厂工作了二十一年。', 'She worked in that factory for twenty-one years.'],
  ['公司欠下三千五百万元的债务。', 'The company ran up debts of 35 million yuan.'],
  ['他一直想着一些事情。', 'He kept thinking about one of his plans.'],
  ['天快黑了，我们回家吧。', 'It is getting dark; let us go home.'],
  ['陈清扬笑了起来。', 'Chen Qingyang began to laugh.'],
  ['价格上涨了百分之二十。', 'Prices rose by 20%.'],
  ['二十一世纪已经开始了。', 'The 21st century has begun.'],
];

/** Pairs with something a reviewer must see (the flag kind expected). */
export const BAD_PAIRS: readonly (readonly [string, string, string])[] = [
  ['一九九〇年，他们搬到了上海。', 'In 1992 they moved to Shanghai.', 'numbers'],
  ['她在那家工厂工作了二十一年。', 'She worked in that factory for twelve years.', 'numbers'],
  ['中国于二〇〇一年加入WTO。', 'China joined the trade body in 2001.', 'names'],
  ['天快黑了，我们回家吧。', '天快黑了，我们回家吧。', 'untranslated'],
];

/** An alignment of the given pairs, one 1-1 link each, plus optional one-sided segments. */
export function alignmentOfPairs(
  pairs: readonly (readonly [string, string])[],
  props: Partial<Link>[] = [],
): Alignment {
  return {
    source: makeSide(
      'zh',
      pairs.map((p) => p[0]),
    ),
    target: makeSide(
      'en',
      pairs.map((p) => p[1]),
    ),
    links: pairs.map((_, i) => ({
      src: [i],
      tgt: [i],
      status: 'auto',
      confidence: 0.99,
      ...props[i],
    })),
  };
}

const TEXTS_ZH = [...GOOD_PAIRS, ...BAD_PAIRS].map((p) => p[0]);
const TEXTS_EN = [...GOOD_PAIRS, ...BAD_PAIRS].map((p) => p[1]);

/** Random sound alignments over the texts above, with random shapes, confidence, status. */
export const arbCheckedAlignment: fc.Arbitrary<Alignment> = fc
  .array(
    fc.record({
      shape: fc.constantFrom<[number, number]>(
        [1, 1],
        [1, 1],
        [1, 1],
        [1, 0],
        [0, 1],
        [2, 1],
        [1, 2],
      ),
      zh: fc.array(fc.nat(TEXTS_ZH.length - 1), { minLength: 3, maxLength: 3 }),
      en: fc.array(fc.nat(TEXTS_EN.length - 1), { minLength: 3, maxLength: 3 }),
      confidence: fc.double({ min: 0, max: 1, noNaN: true }),
      confirmed: fc.boolean(),
    }),
    { minLength: 1, maxLength: 14 },
  )
  .map((items) => {
    const zh: string[] = [];
    const en: string[] = [];
    const links: Link[] = items.map((it) => {
      const src = Array.from({ length: it.shape[0] }, (_, k) => zh.push(TEXTS_ZH[it.zh[k]]) - 1);
      const tgt = Array.from({ length: it.shape[1] }, (_, k) => en.push(TEXTS_EN[it.en[k]]) - 1);
      return { src, tgt, status: it.confirmed ? 'confirmed' : 'auto', confidence: it.confidence };
    });
    return { source: makeSide('zh', zh), target: makeSide('en', en), links };
  });
