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

/**
 * A helper that does the work at once, through structured clones like a thread's messages. Its
 * answer is in after the search has asked `late` times (a helper without a free core: the
 * search computes rows itself meanwhile), never with `late` Infinity.
 */
function inProcess(jobs: PairRowsJob[], late = 0, taken: number[] = []): PairRowsHelper {
  return {
    minCells: 1000,
    // Shared memory, as the CLI makes the stores: the job carries them without a copy.
    buffer: (bytes) => new SharedArrayBuffer(bytes),
    rows: (job) => {
      const sent = structuredClone(job);
      jobs.push(sent);
      const result = computePairRows(sent);
      const received = structuredClone(result, { transfer: pairRowsTransferables(result) });
      let asked = 0;
      return {
        ready: () => ++asked > late,
        result: () => {
          taken.push(asked);
          return received;
        },
      };
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
      const taken: number[] = [];
      const apart = alignSegments(zh, en, {
        dictionary,
        params,
        pairRows: inProcess(jobs, 0, taken),
      });
      expect(apart).toEqual(one);
      // Both passes sent their last rows (paragraphs: with the first and last sentences' units)
      // and the bead costs of the lattice's last rows, and took them at once.
      expect(jobs.length).toBeGreaterThanOrEqual(2);
      expect(taken).toEqual(jobs.map(() => 1));
      for (const job of jobs) {
        expect(job.r0).toBeGreaterThan(job.n / 3);
        expect(job.r0).toBeLessThan(job.n);
        expect(job.costs!.r1).toBeGreaterThan(job.r0);
        expect(job.heads !== undefined).toBe(split === 'paragraphs');
      }
      // An answer that comes late: the search computes rows meanwhile, then takes the rest.
      const lateTaken: number[] = [];
      const late = alignSegments(zh, en, {
        dictionary,
        params,
        pairRows: inProcess([], 1, lateTaken),
      });
      expect(late).toEqual(one);
      // (A band whose rows past the split are fewer than the search computes between two looks
      // is done before it looks again; the sentences' bands are long enough.)
      expect(lateTaken.every((asked) => asked === 2)).toBe(true);
      if (split === 'sentences') expect(lateTaken).toEqual(jobs.map(() => 2));
      // One that never comes, and a helper that fails: the search does the work.
      const never = alignSegments(zh, en, {
        dictionary,
        params,
        pairRows: inProcess([], Infinity),
      });
      expect(never).toEqual(one);
      const failed = alignSegments(zh, en, {
        dictionary,
        params,
        pairRows: { minCells: 1000, rows: () => ({ ready: () => true, result: () => undefined }) },
      });
      expect(failed).toEqual(one);
    });
});
