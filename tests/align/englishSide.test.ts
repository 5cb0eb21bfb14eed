// @vitest-environment node
// The English side read apart (as the CLI's worker thread does) gives the same units, key ids and
// alignment as one thread reading both sides. Real documents from ../shared/corpora (never copied).
import { describe, expect, it } from 'vitest';
import { alignSegments } from '../../src/align/aligner';
import { paramsFor } from '../../src/align/alignTexts';
import {
  readEnglishSide,
  transferables,
  type EnglishSideReader,
} from '../../src/align/englishSide';
import { Lexicon, Vocabulary, type SegmentUnits } from '../../src/align/features';
import { loadNodeDictionary } from '../../src/align/nodeDictionary';
import { readSides } from '../../src/align/problem';
import { paraDevTexts } from './corpusTexts';

/** A reader that does the work at once, in this thread, through a structured clone like a thread's. */
const inProcess: EnglishSideReader = (texts, edges) => {
  const side = readEnglishSide(texts, edges);
  const received = structuredClone(side, { transfer: transferables(side) });
  return () => received;
};

function unitKeys(u: SegmentUnits): number[][] {
  const out: number[][] = [];
  for (let g = u.first; g < u.first + u.count; g++)
    out.push([
      ...u.store.keys.subarray(u.store.keyStart[g], u.store.keyStart[g + 1]),
      u.store.weights[g],
      u.store.strong[g],
      u.store.words[g],
    ]);
  return [...out, [u.total, u.strongTotal, u.length]];
}

describe('the English side read apart', { timeout: 120_000 }, () => {
  const dictionary = loadNodeDictionary();

  it('gives the same units with the same key ids as one pass over both sides', () => {
    const { zh, en } = paraDevTexts('paragraphs');
    const one = new Lexicon(new Vocabulary(), dictionary);
    const apart = new Lexicon(new Vocabulary(), dictionary);
    const a = readSides(zh, en, one, true);
    const b = readSides(zh, en, apart, true, inProcess(en, true));
    expect(apart.vocab.size).toBe(one.vocab.size);
    expect(apart.vocab.keys()).toEqual(one.vocab.keys());
    for (const [x, y] of [
      [a.tgt, b.tgt],
      [a.heads!.tgt, b.heads!.tgt],
      [a.tails!.tgt, b.tails!.tgt],
      [a.src, b.src],
    ])
      for (let k = 0; k < x.length; k++) expect(unitKeys(y[k])).toEqual(unitKeys(x[k]));
    // A one-sentence segment's first and last sentence are its own units, as in one pass.
    for (let k = 0; k < en.length; k++)
      expect(b.heads!.tgt[k] === b.tgt[k]).toBe(a.heads!.tgt[k] === a.tgt[k]);
  });

  for (const split of ['paragraphs', 'sentences'] as const)
    it(`aligns para-dev at the ${split} level exactly as one thread does`, () => {
      const { zh, en } = paraDevTexts(split);
      const params = paramsFor(split);
      const one = alignSegments(zh, en, { dictionary, params });
      const apart = alignSegments(zh, en, { dictionary, params, englishSide: inProcess });
      expect(apart).toEqual(one);
      // A reader that fails leaves the side to the aligner: still the same.
      const failed = alignSegments(zh, en, {
        dictionary,
        params,
        englishSide: () => () => undefined,
      });
      expect(failed).toEqual(one);
    });
});
