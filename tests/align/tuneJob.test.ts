// @vitest-environment node
// The second search's parameters computed by a helper (as the CLI's worker thread does, while
// the main thread learns translations) give the same alignment as the aligner computing them;
// an answer not in when the aligner needs it is not waited for. Real documents from
// ../shared/corpora (never copied).
import { describe, expect, it } from 'vitest';
import { alignSegments } from '../../src/align/aligner';
import { paramsFor } from '../../src/align/alignTexts';
import { loadNodeDictionary } from '../../src/align/nodeDictionary';
import type { PairRowsHelper } from '../../src/align/pairRows';
import { computeTuning, type TuneJob } from '../../src/align/tuneJob';
import { macDevLines, paraDevTexts } from './corpusTexts';

const dictionary = loadNodeDictionary();

/** A helper that leaves the searches' rows to the aligner and tunes through structured clones. */
function helper(ready: boolean, asked: TuneJob[] = [], answer = true): PairRowsHelper {
  return {
    buffer: (bytes) => new SharedArrayBuffer(bytes),
    rows: () => ({ ready: () => true, result: () => undefined }),
    tune: (job) => {
      asked.push(job);
      const back = structuredClone(computeTuning(structuredClone(job)));
      let waited = false;
      return {
        ready: () => ready,
        result: () => {
          waited = !ready;
          expect(waited).toBe(false);
          return answer ? back : undefined;
        },
      };
    },
  };
}

describe("the second search's parameters computed by a helper", { timeout: 240_000 }, () => {
  it('give the same alignment, and one not in when needed is computed by the aligner', () => {
    const { zh, en } = paraDevTexts('paragraphs');
    const params = paramsFor('paragraphs');
    const one = alignSegments(zh, en, { dictionary, params });
    const asked: TuneJob[] = [];
    expect(alignSegments(zh, en, { dictionary, params, pairRows: helper(true, asked) })).toEqual(
      one,
    );
    expect(asked).toHaveLength(1);
    // The job carries what the estimate reads: the quote states and mark counts too.
    expect(asked[0].quotes).toBeDefined();
    expect(alignSegments(zh, en, { dictionary, params, pairRows: helper(false) })).toEqual(one);
    // A helper that failed: computed here.
    expect(
      alignSegments(zh, en, { dictionary, params, pairRows: helper(true, [], false) }),
    ).toEqual(one);
  });

  it('give the same alignment of dialogue lines (quotes, marks)', () => {
    const { zh, en } = macDevLines();
    const params = paramsFor('lines');
    const one = alignSegments(zh, en, { dictionary, params });
    const asked: TuneJob[] = [];
    expect(alignSegments(zh, en, { dictionary, params, pairRows: helper(true, asked) })).toEqual(
      one,
    );
    expect(asked[0].marks).toBeDefined();
  });
});
