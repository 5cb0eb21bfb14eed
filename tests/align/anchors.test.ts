// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, paramsFor } from '../../src/align/alignParams';
import { findAnchors, firstAtLeast } from '../../src/align/anchors';
import { anchorBand, diagonalBand } from '../../src/align/bands';
import { makeModel } from '../../src/align/beadCost';
import { Lexicon, Vocabulary } from '../../src/align/features';
import { solveBanded } from '../../src/align/latticeSearch';
import { prefixSums, readSides, type Problem } from '../../src/align/problem';
import { tinyDictionary } from './fixtures';

/**
 * A long pair whose English side leaves out 150 paragraphs in the middle: every paragraph
 * carries a number of its own (the anchors), the rest is the same few sentences throughout.
 */
const N = 700;
const GAP = [300, 450];
const zh = Array.from(
  { length: N },
  (_, i) => `猫在花园里睡觉，狗追球。这是第${1000 + i}号。${'老师读书。'.repeat(1 + (i % 4))}`,
);
const kept = Array.from({ length: N }, (_, i) => i).filter((i) => i < GAP[0] || i >= GAP[1]);
const en = kept.map(
  (i) =>
    `The cat sleeps in the garden and the dog chases a ball. This is number ${1000 + i}. ${'The teacher reads a book. '.repeat(1 + (i % 4))}`,
);
/** Target segment of each source paragraph (-1: left out). */
const truth = Array.from({ length: N }, (_, i) => kept.indexOf(i));

function problem(): Problem {
  const lexicon = new Lexicon(new Vocabulary(), tinyDictionary);
  const { src, tgt } = readSides(zh, en, lexicon, false);
  return {
    n: zh.length,
    m: en.length,
    src,
    tgt,
    srcLen: prefixSums(src),
    tgtLen: prefixSums(tgt),
    vocabSize: lexicon.vocab.size,
  };
}

describe('anchors', () => {
  it('pair segments that share a number found nowhere else nearby, in order, all correct', () => {
    const p = problem();
    const diagonal = diagonalBand(p, 0);
    const centre = Int32Array.from(diagonal.lo, (lo, i) => (lo + diagonal.hi[i]) >> 1);
    const anchors = findAnchors(p, centre, 100);
    expect(anchors.x.length).toBeGreaterThan(N / 2);
    for (let k = 0; k < anchors.x.length; k++) expect(anchors.y[k]).toBe(truth[anchors.x[k]]);
  });

  it('give a band that holds the path where the length diagonal loses it', () => {
    const p = problem();
    const diagonal = diagonalBand(p, 0);
    const centre = Int32Array.from(diagonal.lo, (lo, i) => (lo + diagonal.hi[i]) >> 1);
    const band = anchorBand(p, findAnchors(p, centre, 100), 6);
    const wide = diagonalBand(p, 16);
    let outsideDiagonal = 0;
    truth.forEach((y, x) => {
      if (y < 0) return;
      expect(band.lo[x]).toBeLessThanOrEqual(y);
      expect(band.hi[x + 1]).toBeGreaterThanOrEqual(y + 1);
      if (y < wide.lo[x] || y + 1 > wide.hi[x + 1]) outsideDiagonal++;
    });
    expect(outsideDiagonal).toBeGreaterThan(50);
    // A narrow band: far fewer cells than the diagonal one.
    const cells = (b: { lo: Int32Array; hi: Int32Array }) =>
      b.lo.reduce((a, lo, i) => a + b.hi[i] - lo + 1, 0);
    expect(cells(band)).toBeLessThan(cells(wide) / 2);
  });

  it('lead the search to the path the wide diagonal band finds', () => {
    const p = problem();
    const params = { ...DEFAULT_PARAMS, ...paramsFor('paragraphs') };
    const model = makeModel(params, p.tgtLen[p.m] / p.srcLen[p.n], params.priors);
    const diagonal = diagonalBand(p, 0);
    const centre = Int32Array.from(diagonal.lo, (lo, i) => (lo + diagonal.hi[i]) >> 1);
    const anchors = findAnchors(p, centre, 100);
    const quiet = () => {};
    const guided = solveBanded(p, (w) => anchorBand(p, anchors, w), 6, model, 1, false, quiet);
    const wide = solveBanded(p, (w) => diagonalBand(p, w), 16, model, 1, false, quiet);
    expect(guided.touchesEdge).toBe(false);
    expect(guided.path).toEqual(wide.path);
  });
});

describe('firstAtLeast', () => {
  it('finds where a value would go in a sorted slice of a list', () => {
    const list = Int32Array.from([9, 2, 4, 4, 7, 11, 0]);
    // The slice [1, 6) is 2 4 4 7 11.
    expect(firstAtLeast(list, 1, 6, 0)).toBe(1);
    expect(firstAtLeast(list, 1, 6, 4)).toBe(2);
    expect(firstAtLeast(list, 1, 6, 5)).toBe(4);
    expect(firstAtLeast(list, 1, 6, 11)).toBe(5);
    expect(firstAtLeast(list, 1, 6, 12)).toBe(6);
    expect(firstAtLeast(list, 3, 3, 1)).toBe(3);
  });
});
