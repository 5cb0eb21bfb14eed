// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, paramsFor, SENTENCE_PRIORS } from '../../src/align/alignParams';
import { makeModel } from '../../src/align/beadCost';
import { Lexicon, Vocabulary } from '../../src/align/features';
import { blockMatcher, breakPosterior, refineParagraphs } from '../../src/align/paragraphRefine';
import type { Step } from '../../src/align/problem';
import { tinyDictionary } from './fixtures';

const zh = ['猫在花园里睡觉。', '狗追红色的球。', '红色汽车停在门口。', '孩子们去学校。'];
const en = [
  'The cat sleeps in the garden.',
  'The dog chases the red ball.',
  'The red car is parked at the door.',
  'The children go to school.',
];
const params = { ...DEFAULT_PARAMS, ...paramsFor('paragraphs') };
const lexicon = () => new Lexicon(new Vocabulary(), tinyDictionary);
const sentenceModel = makeModel({ ...params, priors: SENTENCE_PRIORS }, 1, SENTENCE_PRIORS);

describe('paragraph refinement from sentence evidence', () => {
  it('finds the sentence alignment passing through two paragraph breaks that meet', () => {
    // Both sides break after the second sentence: the breaks meet.
    expect(breakPosterior(zh, en, 2, 2, lexicon(), sentenceModel)).toBeGreaterThan(0.5);
    // The English breaks after the third: the car sentence crosses the Chinese break.
    expect(breakPosterior(zh, en, 2, 3, lexicon(), sentenceModel)).toBeLessThan(1e-3);
  });

  it('shares one matcher per lexicon between blocks, a larger one once the vocabulary outgrows it', () => {
    const lex = lexicon();
    lex.chinese('猫在花园里睡觉。');
    const first = blockMatcher(lex);
    expect(first.vocabSize).toBeGreaterThanOrEqual(lex.vocab.size);
    expect(blockMatcher(lex)).toBe(first);
    expect(blockMatcher(lexicon())).not.toBe(first);
    while (lex.vocab.size <= first.vocabSize) lex.vocab.id(`word${lex.vocab.size}`);
    const grown = blockMatcher(lex);
    expect(grown).not.toBe(first);
    expect(grown.vocabSize).toBeGreaterThanOrEqual(lex.vocab.size);
    // The same answers with a shared matcher as with a fresh lexicon's.
    expect(breakPosterior(zh, en, 2, 3, lex, sentenceModel)).toBe(
      breakPosterior(zh, en, 2, 3, lexicon(), sentenceModel),
    );
  });

  const shapes = [
    [1, 1],
    [2, 2],
  ] as const;
  const twoOneOnes: Step[] = [
    { i: 0, j: 0, shape: 0 },
    { i: 1, j: 1, shape: 0 },
  ];

  it('joins two uncertain 1-1 links into a 2-2 link when a sentence crosses the break', () => {
    const zhParas = [zh[0] + zh[1], zh[2] + zh[3]];
    const enParas = [en.slice(0, 3).join(' '), en[3]];
    const out = refineParagraphs(
      zhParas,
      enParas,
      twoOneOnes,
      [0.6, 0.6],
      shapes,
      lexicon(),
      params,
      1,
    );
    expect(out.path).toEqual([{ i: 0, j: 0, shape: 1 }]);
    expect(out.posterior[0]).toBeGreaterThan(0.99);
  });

  it('keeps 1-1 links whose sentences respect the breaks, and does not check confident ones', () => {
    const zhParas = [zh[0] + zh[1], zh[2] + zh[3]];
    const meeting = [en.slice(0, 2).join(' '), en.slice(2).join(' ')];
    const kept = refineParagraphs(
      zhParas,
      meeting,
      twoOneOnes,
      [0.6, 0.6],
      shapes,
      lexicon(),
      params,
      1,
    );
    expect(kept.path).toEqual(twoOneOnes);
    const crossing = [en.slice(0, 3).join(' '), en[3]];
    const sure = refineParagraphs(
      zhParas,
      crossing,
      twoOneOnes,
      [1, 1],
      shapes,
      lexicon(),
      params,
      1,
    );
    expect(sure.path).toEqual(twoOneOnes);
    const off = refineParagraphs(
      zhParas,
      crossing,
      twoOneOnes,
      [0.6, 0.6],
      shapes,
      lexicon(),
      { ...params, refineCrossing: 0 },
      1,
    );
    expect(off.path).toEqual(twoOneOnes);
  });
});
