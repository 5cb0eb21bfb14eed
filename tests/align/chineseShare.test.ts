// @vitest-environment node
// Chunks of the Chinese side read by a helper (as the CLI's worker thread does) give the same
// units, key ids, word numbers and alignment as one thread reading the whole side, whichever
// chunks the helper gets and whether its answers come in time. Real documents from
// ../shared/corpora (never copied).
import { describe, expect, it } from 'vitest';
import { alignSegments } from '../../src/align/aligner';
import { paramsFor } from '../../src/align/alignTexts';
import {
  chunkTransferables,
  readChineseChunks,
  type ChineseChunk,
  type ChineseShare,
  type ChineseShareReader,
} from '../../src/align/chineseShare';
import { Lexicon, unitWords, Vocabulary, type SegmentUnits } from '../../src/align/features';
import { loadNodeDictionary } from '../../src/align/nodeDictionary';
import { readSides } from '../../src/align/problem';
import { macDevLines, paraDevTexts } from './corpusTexts';

const dictionary = loadNodeDictionary();
const shared = (bytes: number) => new SharedArrayBuffer(bytes);

/**
 * A helper that has read the last `taken` chunks (of `size` segments) when this thread starts,
 * through a structured clone like a thread's message; `late(c)`: chunk c is not in when asked.
 */
function helper(
  size: number,
  taken: (chunks: number) => number,
  late: (c: number) => boolean = () => false,
  adopted: number[] = [],
): ChineseShareReader {
  return (texts, edges) => {
    const chunks = Math.ceil(texts.length / size);
    const front = chunks - taken(chunks);
    let next = chunks;
    let claimed = 0;
    const made: ChineseChunk[] = [];
    readChineseChunks(
      texts,
      edges,
      size,
      dictionary,
      () => (next > front ? --next : -1),
      (c) => made.push(structuredClone(c, { transfer: chunkTransferables(c) })),
      shared,
    );
    const share: ChineseShare = {
      size,
      claim: () => (claimed < front ? (claimed++, true) : false),
      ready: (c) => !late(c),
      receive: () => made.splice(0),
      adopted: (c) => adopted.push(c),
    };
    return share;
  };
}

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

describe('chunks of the Chinese side read by a helper', { timeout: 240_000 }, () => {
  const { zh, en } = paraDevTexts('paragraphs');

  it('give the same units, key ids and word numbers as one pass', () => {
    const lexicon = new Lexicon(new Vocabulary(), dictionary);
    const one = readSides(zh, en, lexicon, true);
    const adopted: number[] = [];
    const share = helper(
      40,
      (k) => Math.floor(k / 2),
      (c) => c % 5 === 0,
      adopted,
    );
    const apart = new Lexicon(new Vocabulary(), dictionary);
    const two = readSides(zh, en, apart, true, undefined, share(zh, true));
    // Half the chunks were the helper's; those not in when asked were read here.
    const chunks = Math.ceil(zh.length / 40);
    expect(adopted.length).toBeGreaterThan(chunks / 3);
    expect(adopted.every((c) => c >= chunks / 2 && c % 5 !== 0)).toBe(true);
    expect(apart.vocab.keys()).toEqual(lexicon.vocab.keys());
    for (const part of ['src', 'tgt'] as const)
      for (let k = 0; k < one[part].length; k++) {
        expect(unitKeys(two[part][k])).toEqual(unitKeys(one[part][k]));
        expect(unitKeys(two.heads![part][k])).toEqual(unitKeys(one.heads![part][k]));
        expect(unitKeys(two.tails![part][k])).toEqual(unitKeys(one.tails![part][k]));
        expect(two.heads![part][k] === two[part][k]).toBe(one.heads![part][k] === one[part][k]);
      }
    // The words are numbered as one pass numbers them: a later reading of a segment agrees.
    const later = zh.slice(0, 200).map((t) => unitWords(apart.chinese(t).units));
    expect(later).toEqual(zh.slice(0, 200).map((t) => unitWords(lexicon.chinese(t).units)));
  });

  it('give the same alignment, whatever share the helper gets and however late it is', () => {
    const params = paramsFor('paragraphs');
    const one = alignSegments(zh, en, { dictionary, params });
    const cases: ChineseShareReader[] = [
      helper(64, (k) => k - 3),
      helper(
        50,
        (k) => Math.floor(k / 2),
        (c) => c % 3 === 1,
      ),
      // A helper that claimed everything and never answers: this thread reads it all.
      helper(
        64,
        (k) => k,
        () => true,
      ),
      // One that never got a chunk.
      helper(64, () => 0),
    ];
    for (const chineseShare of cases)
      expect(alignSegments(zh, en, { dictionary, params, chineseShare })).toEqual(one);
  });

  it('cost a helper that comes when every chunk is claimed no dictionary load', () => {
    const posted: ChineseChunk[] = [];
    const load = () => {
      throw new Error('loaded');
    };
    expect(
      readChineseChunks(
        zh,
        true,
        64,
        load,
        () => -1,
        (c) => posted.push(c),
      ),
    ).toBe(0);
    expect(posted).toEqual([]);
    // One chunk claimed: the dictionary is loaded then.
    let left = 1;
    expect(() =>
      readChineseChunks(
        zh,
        true,
        64,
        load,
        () => (left-- > 0 ? 3 : -1),
        () => {},
      ),
    ).toThrow('loaded');
  });

  it('give the same alignment of dialogue lines (names, Latin words, numbers)', () => {
    const { zh: lines, en: english } = macDevLines();
    const params = paramsFor('lines');
    const one = alignSegments(lines, english, { dictionary, params });
    const chineseShare = helper(
      128,
      (k) => k - 2,
      (c) => c % 4 === 3,
    );
    expect(alignSegments(lines, english, { dictionary, params, chineseShare })).toEqual(one);
  });
});
