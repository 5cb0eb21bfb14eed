// @vitest-environment node
// Learned keys added to a whole side at once give the units segment-by-segment adding gives.
// Real documents from ../shared/corpora (never copied).
import { describe, expect, it } from 'vitest';
import {
  Lexicon,
  unitWords,
  Vocabulary,
  withExtraKeys,
  withExtraKeysAll,
  type SegmentUnits,
} from '../../src/align/features';
import { loadNodeDictionary } from '../../src/align/nodeDictionary';
import { readSides } from '../../src/align/problem';
import { paraDevTexts } from './corpusTexts';

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

describe('learned keys added to a side at once', { timeout: 60_000 }, () => {
  it('gives the units of adding them segment by segment, and keeps the untouched segments', () => {
    const { zh, en } = paraDevTexts('paragraphs');
    const lexicon = new Lexicon(new Vocabulary(), loadNodeDictionary());
    const { src } = readSides(zh, en, lexicon, true);
    // Every third word of the first segments learns one or two English keys.
    const learned = new Map<number, number[]>();
    for (const u of src.slice(0, 200))
      unitWords(u).forEach((w, k) => {
        if (k % 3 === 0) learned.set(w, k % 2 ? [lexicon.vocab.id('teacher')] : [1, 2]);
      });
    expect(learned.size).toBeGreaterThan(100);
    const all = withExtraKeysAll(src, learned);
    let changed = 0;
    src.forEach((u, x) => {
      const one = withExtraKeys(u, learned);
      if (one === u) expect(all[x]).toBe(u);
      else {
        changed++;
        expect(all[x]).not.toBe(u);
        expect(unitKeys(all[x])).toEqual(unitKeys(one));
      }
    });
    expect(changed).toBeGreaterThan(300);
    expect(changed).toBeLessThan(src.length);
    // Nothing learned: every segment as it was.
    expect(withExtraKeysAll(src, new Map()).every((u, x) => u === src[x])).toBe(true);
  });
});
