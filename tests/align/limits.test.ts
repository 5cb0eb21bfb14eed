// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { alignSegments } from '../../src/align/aligner';
import { MAX_SEGMENTS_PER_SIDE } from '../../src/align/alignParams';

describe('the segment limit', () => {
  it('refuses a side over the limit with one clear line, before doing any work', () => {
    const many = Array.from({ length: MAX_SEGMENTS_PER_SIDE + 1 }, () => 'x');
    const started = performance.now();
    expect(() => alignSegments(['一'], many)).toThrow(
      'the English text has 200,001 segments; the aligner takes at most 200,000 a side: split the pair into parts (e.g. by chapter)',
    );
    expect(() => alignSegments(many, ['a'])).toThrow(/^the Chinese text has 200,001 segments/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('takes a side exactly at the limit', () => {
    // Only the count is checked here: an empty other side aligns without the search.
    const atLimit = Array.from({ length: MAX_SEGMENTS_PER_SIDE }, () => 'x');
    expect(alignSegments(atLimit, [])).toHaveLength(MAX_SEGMENTS_PER_SIDE);
  });
});
