// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { Lexicon, unitWords, Vocabulary, withExtraKeys } from '../../src/align/features';
import { EdgeShares, PairMatrix } from '../../src/align/pairMatcher';
import { readSides } from '../../src/align/problem';
import { tinyDictionary } from './fixtures';

const ZH = [
  '猫在花园里睡觉。狗追球。',
  '老师读书。',
  '红色汽车在门口。孩子看天空。',
  '下雨了。河边有大象。',
  '狮子和老虎在森林里。',
];
const EN = [
  'The cat sleeps in the garden. The dog chases a ball.',
  'The teacher reads a book.',
  'A red car is at the door. The child looks at the sky.',
  'It rains. An elephant stands by the river.',
  'Lions and tigers live in the forest.',
];

function band(lo: number[], hi: number[]) {
  return [Int32Array.from(lo), Int32Array.from(hi)] as const;
}

describe('pair evidence lent by a previous band', () => {
  it('equals evidence computed from scratch, for unchanged and changed segments alike', () => {
    const lexicon = new Lexicon(new Vocabulary(), tinyDictionary);
    const sides = readSides(ZH, EN, lexicon, true);
    const size = lexicon.vocab.size + 8;
    const [lo1, hi1] = band([0, 0, 1, 2, 3], [1, 2, 3, 4, 4]);
    const first = new PairMatrix(sides.src, sides.tgt, size, lo1, hi1);
    // Segment 2 learns that one of its words means "teacher" (as after the first pass); the
    // others keep their units.
    const word = unitWords(sides.src[2])[0];
    const teacher = lexicon.vocab.id('teacher');
    const src = sides.src.map((u, x) =>
      x === 2 ? withExtraKeys(u, new Map([[word, [teacher]]])) : u,
    );
    expect(src[2]).not.toBe(sides.src[2]);
    const [lo2, hi2] = band([0, 0, 0, 1, 2], [2, 3, 4, 4, 4]);
    const lent = new PairMatrix(src, sides.tgt, size, lo2, hi2, first);
    const fresh = new PairMatrix(src, sides.tgt, size, lo2, hi2);
    for (let x = 0; x < ZH.length; x++)
      for (let y = lo2[x]; y <= hi2[x]; y++) {
        expect(lent.source(x, y)).toBe(fresh.source(x, y));
        expect(lent.target(x, y)).toBe(fresh.target(x, y));
        expect(lent.sourceStrong(x, y)).toBe(fresh.sourceStrong(x, y));
      }
    expect(fresh.source(0, 0)).toBeGreaterThan(0);
    expect(lent.source(2, 1)).toBeGreaterThan(first.source(2, 1));
    const edges = { heads: sides.heads!, tails: sides.tails! };
    const firstShares = new EdgeShares(first, edges.heads, edges.tails, size);
    const lentShares = new EdgeShares(lent, edges.heads, edges.tails, size, firstShares);
    const freshShares = new EdgeShares(fresh, edges.heads, edges.tails, size);
    expect(Array.from(lentShares.head)).toEqual(Array.from(freshShares.head));
    expect(Array.from(lentShares.tail)).toEqual(Array.from(freshShares.tail));
    expect(Math.max(...freshShares.head)).toBeGreaterThan(0);
  });
});
