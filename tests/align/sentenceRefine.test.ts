// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, paramsFor } from '../../src/align/alignParams';
import { chineseUnits, englishUnits, Lexicon, Vocabulary } from '../../src/align/features';
import { UnitMatcher } from '../../src/align/pairMatcher';
import {
  crossWeight,
  chineseClauses,
  englishClauses,
  refineSentences,
  type RefinedLink,
} from '../../src/align/sentenceRefine';
import { tinyDictionary } from './fixtures';

const params = { ...DEFAULT_PARAMS, ...paramsFor('lines') };
const lexicon = () => new Lexicon(new Vocabulary(), tinyDictionary);

describe('clauses', () => {
  it('cuts Chinese after commas, semicolons, colons and sentence ends, quotes kept', () => {
    expect(chineseClauses('猫在花园里睡觉，狗追球；他说：“走吧！”然后走了。')).toEqual([
      '猫在花园里睡觉，',
      '狗追球；',
      '他说：',
      '“走吧！”',
      '然后走了。',
    ]);
    expect(chineseClauses('没有标点')).toEqual(['没有标点']);
  });

  it('cuts English at punctuation before a space, keeping numbers and initials whole', () => {
    expect(englishClauses('In 1990, the U.S. paid 3,000 dollars; "Fine," he said. Then—')).toEqual([
      'In 1990,',
      'the U.S. paid 3,000 dollars;',
      '"Fine,"',
      'he said.',
      'Then—',
    ]);
  });
});

describe('sentence refinement from clause evidence', () => {
  const zh = ['猫在花园里睡觉，狗追球。', '红色汽车停在门口，孩子们去学校。'];
  const oneOnes: RefinedLink[] = [
    { i: 0, j: 0, di: 1, dj: 1, posterior: 0.6 },
    { i: 1, j: 1, di: 1, dj: 1, posterior: 0.7 },
  ];

  it('joins two uncertain links when a clause crosses the point where their breaks meet', () => {
    // The car clause of the second Chinese sentence ends the first English sentence.
    const en = [
      'The cat sleeps in the garden, the dog chases the ball, and the red car is at the door.',
      'The children go to school.',
    ];
    const out = refineSentences(zh, en, oneOnes, lexicon(), params, 1);
    // One link over both sentences, no surer than its less sure part.
    expect(out).toEqual([{ i: 0, j: 0, di: 2, dj: 2, posterior: 0.6 }]);
  });

  it('keeps links whose clauses respect the breaks, and leaves confident links and the feature off alone', () => {
    const meeting = [
      'The cat sleeps in the garden, the dog chases the ball.',
      'The red car is at the door, the children go to school.',
    ];
    expect(refineSentences(zh, meeting, oneOnes, lexicon(), params, 1)).toEqual(oneOnes);
    const crossing = [
      'The cat sleeps in the garden, the dog chases the ball, and the red car is at the door.',
      'The children go to school.',
    ];
    const sure = oneOnes.map((l) => ({ ...l, posterior: 1 }));
    expect(refineSentences(zh, crossing, sure, lexicon(), params, 1)).toEqual(sure);
    const off = { ...params, sentenceCrossing: 0 };
    expect(refineSentences(zh, crossing, oneOnes, lexicon(), off, 1)).toEqual(oneOnes);
  });

  it('screens out links that share no words across their breaks', () => {
    const lex = lexicon();
    const crossing = [
      'The cat sleeps in the garden, the dog chases the ball, and the red car is at the door.',
      'The children go to school.',
    ];
    const screen = (en: string[]) => ({
      src: zh.map((t) => chineseUnits(t, lex)),
      tgt: en.map((t) => englishUnits(t, lex)),
      vocabSize: lex.vocab.size,
    });
    const matcher = () => new UnitMatcher(lex.vocab.size);
    // 红色/汽车/门口 of the second Chinese sentence are found in the first English one.
    const across = screen(crossing);
    expect(crossWeight(across, matcher(), oneOnes[0], oneOnes[1])).toBeGreaterThanOrEqual(6);
    expect(refineSentences(zh, crossing, oneOnes, lex, params, 1, undefined, across)).toHaveLength(
      1,
    );
    // Nothing of either link is found in the other's neighbour: not checked, kept apart.
    const apart = ['The cat sleeps in the garden, the dog chases the ball.', 'Nothing here.'];
    const none = screen(apart);
    expect(crossWeight(none, matcher(), oneOnes[0], oneOnes[1])).toBe(0);
    expect(refineSentences(zh, apart, oneOnes, lex, params, 1, undefined, none)).toEqual(oneOnes);
  });

  it('moves the break between two links where the clauses clearly put it', () => {
    const en = [
      'The cat sleeps in the garden.',
      'The dog chases the red ball.',
      'The children go to school.',
    ];
    // The search gave the dog sentence to the cat's link.
    const given: RefinedLink[] = [
      { i: 0, j: 0, di: 1, dj: 2, posterior: 0.6 },
      { i: 1, j: 2, di: 1, dj: 1, posterior: 0.7 },
    ];
    const zhTwo = ['猫在花园里睡觉。', '狗追红色的球，孩子们去学校。'];
    const out = refineSentences(zhTwo, en, given, lexicon(), params, 1);
    expect(out.map(({ i, j, di, dj }) => [i, j, di, dj])).toEqual([
      [0, 0, 1, 1],
      [1, 1, 1, 2],
    ]);
    // The moved links are as sure as the clauses are of their new break.
    expect(out[0].posterior).toBeGreaterThan(params.sentenceShift);
    // Without moving, the dog clause crossing the break would only join the two links.
    const off = { ...params, sentenceShift: 0 };
    expect(refineSentences(zhTwo, en, given, lexicon(), off, 1)).toEqual([
      { i: 0, j: 0, di: 2, dj: 3, posterior: 0.6 },
    ]);
  });

  it('never joins a link that leaves a segment out', () => {
    const en = [
      'The cat sleeps in the garden, the dog chases the ball, and the red car is at the door.',
    ];
    const withNull: RefinedLink[] = [
      { i: 0, j: 0, di: 1, dj: 1, posterior: 0.6 },
      { i: 1, j: 1, di: 1, dj: 0, posterior: 0.6 },
    ];
    expect(refineSentences(zh, en, withNull, lexicon(), params, 1)).toEqual(withNull);
  });
});
