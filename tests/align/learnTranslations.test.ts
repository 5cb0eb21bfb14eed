// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { alignSegments } from '../../src/align/aligner';
import { DEFAULT_PARAMS } from '../../src/align/alignParams';
import { makeModel, type Model } from '../../src/align/beadCost';
import { Lexicon, Vocabulary, type SegmentUnits } from '../../src/align/features';
import { learnTranslations } from '../../src/align/learnTranslations';
import { loadNodeDictionary } from '../../src/align/nodeDictionary';
import { readSides, type Problem, type Step } from '../../src/align/problem';
import { paraDevTexts } from './corpusTexts';

/**
 * What learnTranslations computes, the plain way: every Chinese word against every English
 * word of its links (the Dice bound checked pair by pair), partners in the order first met.
 */
function learnByEveryPair(
  p: Problem,
  path: readonly Step[],
  model: Model,
  threshold: number,
): Map<number, number[]> {
  const pairs = path.filter((s) => model.di[s.shape] === 1 && model.dj[s.shape] === 1);
  const sample =
    pairs.length > 4000 ? pairs.filter((_, k) => k % Math.ceil(pairs.length / 4000) === 0) : pairs;
  const distinct = (segments: readonly SegmentUnits[], side: 'src' | 'tgt') => {
    const count = new Map<number, number>();
    const lists = sample.map((s) => {
      const { store, first, count: n } = segments[side === 'src' ? s.i : s.j];
      const seen = new Set<number>();
      for (let g = first; g < first + n; g++)
        if (store.words[g] >= 0 && !store.strong[g]) seen.add(store.words[g]);
      for (const w of seen) count.set(w, (count.get(w) ?? 0) + 1);
      return [...seen];
    });
    return { lists, count: (w: number) => count.get(w) ?? 0 };
  };
  const zh = distinct(p.src, 'src');
  const en = distinct(p.tgt, 'tgt');
  const linksOf = new Map<number, number[]>();
  zh.lists.forEach((list, k) => {
    for (const w of list) if (zh.count(w) >= 3) linksOf.set(w, [...(linksOf.get(w) ?? []), k]);
  });
  const learned = new Map<number, number[]>();
  for (const [w, links] of linksOf) {
    const cw = zh.count(w);
    const together = new Map<number, number>();
    for (const k of links)
      for (const e of en.lists[k]) {
        const ce = en.count(e);
        if (ce < 3 || (2 * Math.min(cw, ce)) / (cw + ce) < threshold) continue;
        together.set(e, (together.get(e) ?? 0) + 1);
      }
    const passing = [...together].filter(
      ([e, c]) => c >= 3 && (2 * c) / (cw + en.count(e)) >= threshold,
    );
    if (passing.length === 0) continue;
    passing.sort((a, b) => b[1] - a[1]);
    learned.set(
      w,
      passing.slice(0, 2).map(([e]) => e),
    );
  }
  return learned;
}

describe('translations learned from the document', () => {
  it('are the ones counting every word pair gives, in the same order (para-dev)', () => {
    const { zh, en } = paraDevTexts('paragraphs');
    const lexicon = new Lexicon(new Vocabulary(), loadNodeDictionary());
    const sides = readSides(zh, en, lexicon, false);
    const problem: Problem = {
      n: zh.length,
      m: en.length,
      src: sides.src,
      tgt: sides.tgt,
      srcLen: new Float64Array(zh.length + 1),
      tgtLen: new Float64Array(en.length + 1),
      vocabSize: lexicon.vocab.size,
    };
    const model = makeModel(DEFAULT_PARAMS, 1, DEFAULT_PARAMS.priors);
    const oneOne = model.shapes.findIndex((_, s) => model.di[s] === 1 && model.dj[s] === 1);
    // The 1-1 links of the aligner's answer stand for the first pass's path.
    const dictionary = loadNodeDictionary();
    const path: Step[] = alignSegments(zh, en, { dictionary })
      .filter((l) => l.src.length === 1 && l.tgt.length === 1)
      .map((l) => ({ i: l.src[0], j: l.tgt[0], shape: oneOne }));
    for (const threshold of [0.3, 0.6, 0.7]) {
      const learned = learnTranslations(problem, path, model, threshold);
      expect(learned.size).toBeGreaterThan(20);
      expect([...learned]).toEqual([...learnByEveryPair(problem, path, model, threshold)]);
    }
  });
});
