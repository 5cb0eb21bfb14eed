import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHUNK_SIZE,
  chunkedLength,
  chunksOf,
  flagsAt,
  flatFlags,
  forEachFlags,
  spliceFlags,
  type Flag,
  type FlagChunks,
} from '../../src/checks';
import { FlagChunksWriter } from '../../src/checks/flagChunks';

/** A distinct flags array per value, so a test can see which link's array is where. */
const flagsOf = (n: number): readonly Flag[] => [{ kind: 'numbers', message: String(n) }];
const listOf = (values: readonly number[]) => values.map(flagsOf);

const arbEdit = fc.record({ from: fc.nat(), remove: fc.nat(600), insert: fc.nat(700) });

function expectSame(fcs: FlagChunks, list: readonly (readonly Flag[])[]) {
  expect(chunkedLength(fcs)).toBe(list.length);
  expect(flatFlags(fcs)).toEqual(list);
  const seen: (readonly Flag[])[] = [];
  forEachFlags(fcs, (f, k) => (seen[k] = f));
  expect(seen).toEqual(list);
  for (let k = 0; k < list.length; k += 37) expect(flagsAt(fcs, k)).toBe(list[k]);
  expect(flagsAt(fcs, list.length)).toBeUndefined();
  expect(flagsAt(fcs, -1)).toBeUndefined();
  // No chunk grows without bound.
  for (const chunk of fcs.chunks) expect(chunk.length).toBeLessThanOrEqual(2 * CHUNK_SIZE);
}

describe('flags in chunks', () => {
  it('hold the same list as an array through any splices (inserts, removals, at the ends too)', () => {
    fc.assert(
      fc.property(fc.nat(2000), fc.array(arbEdit, { maxLength: 8 }), (n, edits) => {
        let list: (readonly Flag[])[] = listOf(Array.from({ length: n }, (_, k) => k));
        let chunks = chunksOf(list);
        let next = n;
        for (const e of edits) {
          const from = list.length === 0 ? 0 : e.from % (list.length + 1);
          const to = Math.min(list.length, from + e.remove);
          const middle = listOf(Array.from({ length: e.insert }, () => next++));
          chunks = spliceFlags(chunks, from, to, middle);
          list = [...list.slice(0, from), ...middle, ...list.slice(to)];
          expectSame(chunks, list);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('copy only the chunk a changed link is in', () => {
    const list = listOf(Array.from({ length: 20_000 }, (_, k) => k));
    const chunks = chunksOf(list);
    const edited = spliceFlags(chunks, 10_000, 10_001, [flagsOf(-1)]);
    const changed = edited.chunks.filter((c, i) => c !== chunks.chunks[i]);
    expect(changed).toHaveLength(1);
    expect(flagsAt(edited, 10_000)).toEqual(flagsOf(-1));
    const writer = new FlagChunksWriter(chunks);
    writer.set(5, flagsOf(-5));
    writer.set(6, flagsOf(-6));
    const written = writer.result();
    expect(written.chunks.filter((c, i) => c !== chunks.chunks[i])).toHaveLength(1);
    expect(flatFlags(written)).toEqual([
      ...list.slice(0, 5),
      flagsOf(-5),
      flagsOf(-6),
      ...list.slice(7),
    ]);
    // Untouched: the original chunks are never changed in place.
    expect(flagsAt(chunks, 5)).toBe(list[5]);
  });
});
