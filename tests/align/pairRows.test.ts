// @vitest-environment node
// Part of the searches' pair evidence computed elsewhere (as the CLI's worker thread does), from
// a job sent through a structured clone, gives the same alignment as one thread computing it all.
// Real documents from ../shared/corpora (never copied).
import { describe, expect, it } from 'vitest';
import { alignSegments } from '../../src/align/aligner';
import { paramsFor } from '../../src/align/alignTexts';
import { loadNodeDictionary } from '../../src/align/nodeDictionary';
import {
  computePairRows,
  pairRowsTransferables,
  splitRow,
  type PairRowsHelper,
  type PairRowsJob,
} from '../../src/align/pairRows';
import { paraDevTexts } from './corpusTexts';

/** A helper that does the work at once, through structured clones like a thread's messages. */
function inProcess(jobs: PairRowsJob[]): PairRowsHelper {
  return {
    minCells: 1000,
    // Shared memory, as the CLI makes the stores: the job carries them without a copy.
    buffer: (bytes) => new SharedArrayBuffer(bytes),
    rows: (job) => {
      const sent = structuredClone(job);
      jobs.push(sent);
      const result = computePairRows(sent);
      const received = structuredClone(result, { transfer: pairRowsTransferables(result) });
      return () => received;
    },
  };
}

describe('pair evidence rows computed elsewhere', { timeout: 120_000 }, () => {
  const dictionary = loadNodeDictionary();

  it('splits a band by its cells, the last rows to the helper', () => {
    const from = Int32Array.from({ length: 10 }, (_, x) => x);
    const to = Int32Array.from({ length: 10 }, (_, x) => x + 3);
    expect(splitRow(from, to, 0.5)).toBe(5);
    expect(splitRow(from, to, 0.3)).toBe(7);
    expect(splitRow(from, to, 0)).toBe(10);
  });

  for (const split of ['paragraphs', 'sentences'] as const)
    it(`aligns para-dev at the ${split} level exactly as one thread does`, () => {
      const { zh, en } = paraDevTexts(split);
      const params = paramsFor(split);
      const one = alignSegments(zh, en, { dictionary, params });
      const jobs: PairRowsJob[] = [];
      const apart = alignSegments(zh, en, { dictionary, params, pairRows: inProcess(jobs) });
      expect(apart).toEqual(one);
      // Both passes sent their last rows (paragraphs: with the first and last sentences' units).
      expect(jobs.length).toBeGreaterThanOrEqual(2);
      for (const job of jobs) {
        expect(job.r0).toBeGreaterThan(job.n / 3);
        expect(job.r0).toBeLessThan(job.n);
        expect(job.heads !== undefined).toBe(split === 'paragraphs');
      }
      // A helper that fails leaves the rows to the search: still the same.
      const failed = alignSegments(zh, en, {
        dictionary,
        params,
        pairRows: { minCells: 1000, rows: () => () => undefined },
      });
      expect(failed).toEqual(one);
    });
});
