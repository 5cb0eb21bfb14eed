// @vitest-environment node
// The band's matcher (an index of the targets' keys that moves on with the rows) gives the
// sums UnitMatcher gives pair by pair, to the bit, on real paragraphs and sentences (para-dev,
// read from ../shared/corpora), for rows that move on, shrink, and jump back.
import { describe, expect, it } from 'vitest';
import { Lexicon, Vocabulary } from '../../src/align/features';
import { loadNodeDictionary } from '../../src/align/nodeDictionary';
import { UnitMatcher, WindowMatcher } from '../../src/align/pairMatcher';
import { readSides } from '../../src/align/problem';
import { paraDevTexts } from './corpusTexts';

describe('WindowMatcher', { timeout: 60_000 }, () => {
  const dictionary = loadNodeDictionary();

  for (const split of ['paragraphs', 'sentences'] as const)
    it(`matches ${split} as UnitMatcher does`, () => {
      const { zh, en } = paraDevTexts(split);
      const lexicon = new Lexicon(new Vocabulary(), dictionary);
      const sides = readSides(zh, en, lexicon, true);
      const n = sides.src.length;
      const m = sides.tgt.length;
      const size = lexicon.vocab.size;
      const pairs = new UnitMatcher(size);
      // One per list of targets, as EdgeShares has (a matcher given other targets starts anew).
      const windows = [new WindowMatcher(size), new WindowMatcher(size)];
      // Runs along the diagonal, ±4 (shorter now and then), and a few jumps back.
      const runs: [number, number, number][] = [];
      for (let x = 0; x < n; x++) {
        const mid = Math.round((x * m) / n);
        const width = x % 7 === 3 ? 1 : 4;
        runs.push([x, Math.max(0, mid - width), Math.min(m - 1, mid + width)]);
        if (x % 500 === 499) runs.push([x, Math.max(0, mid - 300), Math.max(0, mid - 290)]);
      }
      let matched = 0;
      for (const [x, y0, y1] of runs) {
        for (const [source, targets, window] of [
          [sides.src, sides.tgt, windows[0]],
          [sides.heads!.src, sides.heads!.tgt, windows[1]],
        ] as const) {
          window.row(source[x], targets, y0, y1);
          pairs.index(source[x]);
          for (let y = y0; y <= y1; y++) {
            pairs.match(targets[y]);
            const k = y - y0;
            expect(window.matchedSource[k]).toBe(pairs.matchedSource);
            expect(window.matchedTarget[k]).toBe(pairs.matchedTarget);
            expect(window.strongSource[k]).toBe(pairs.strongSource);
            expect(window.strongTarget[k]).toBe(pairs.strongTarget);
            if (pairs.matchedSource > 0) matched++;
          }
        }
      }
      // Real evidence: most diagonal pairs share words.
      expect(matched).toBeGreaterThan(runs.length);
    });
});
