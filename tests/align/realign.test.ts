// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findViolation } from '../../src/core/invariants';
import { makeSide, type Alignment, type Link } from '../../src/core/model';
import { alignSegments } from '../../src/align/aligner';
import { realignBetweenConfirmed } from '../../src/align/realign';
import { tinyDictionary } from './fixtures';

const ZH = [
  '猫在花园里睡觉。',
  '狗追红色的球。',
  '红色汽车停在门口。',
  '孩子们去学校。',
  '老师读书。',
  '下雨了，天空是灰色的。',
];
const EN = [
  'The cat sleeps in the garden.',
  'The dog chases the red ball.',
  'The red car is parked at the door.',
  'The children go to school.',
  'The teacher reads a book.',
  'It is raining, and the sky is grey.',
];

function link(src: number[], tgt: number[], status: Link['status'] = 'auto'): Link {
  return { src, tgt, status, confidence: status === 'confirmed' ? 1 : 0.5 };
}

function alignment(links: Link[]): Alignment {
  return { source: makeSide('zh', ZH), target: makeSide('en', EN), links };
}

const shape = (a: Alignment) => a.links.map((l) => `${l.src.join(',')}:${l.tgt.join(',')}`);

describe('realignBetweenConfirmed', () => {
  it('fixes the unconfirmed stretches and keeps confirmed links as they are', () => {
    const confirmedOdd = link([2], [2, 3], 'confirmed'); // a person decided this, even if odd
    const before = alignment([
      link([0, 1], [0]),
      link([], [1]),
      confirmedOdd,
      link([3, 4], [4]),
      link([5], [5]),
    ]);
    const after = realignBetweenConfirmed(before, { dictionary: tinyDictionary });
    expect(findViolation(after)).toBeNull();
    expect(after.links).toContain(confirmedOdd);
    expect(shape(after)).toEqual(['0:0', '1:1', '2:2,3', '3:', '4:4', '5:5']);
    expect(after.source).toBe(before.source);
    expect(after.target).toBe(before.target);
  });

  it('returns the same alignment when everything is confirmed', () => {
    const all = alignment(ZH.map((_, k) => link([k], [k], 'confirmed')));
    expect(realignBetweenConfirmed(all, { dictionary: tinyDictionary })).toBe(all);
  });

  it('re-aligns only inside the given range of links', () => {
    const before = alignment([link([0, 1], [0, 1]), link([2, 3], [2, 3]), link([4, 5], [4, 5])]);
    const after = realignBetweenConfirmed(before, {
      dictionary: tinyDictionary,
      range: { from: 1, to: 2 },
    });
    expect(after.links[0]).toBe(before.links[0]);
    expect(after.links[after.links.length - 1]).toBe(before.links[2]);
    expect(shape(after)).toEqual(['0,1:0,1', '2:2', '3:3', '4,5:4,5']);
  });

  it('keeps every invariant and every confirmed link, whatever is confirmed', () => {
    const auto = alignSegments(ZH, EN, { dictionary: tinyDictionary });
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: auto.length, maxLength: auto.length }),
        fc.array(fc.nat(3), { minLength: 8, maxLength: 8 }),
        (confirm, cuts) => {
          // Scramble the automatic links by merging some neighbours, then confirm some.
          const merged: Link[] = [];
          auto.forEach((l, k) => {
            const prev = merged[merged.length - 1];
            if (prev && cuts[k % cuts.length] === 0) {
              merged[merged.length - 1] = link([...prev.src, ...l.src], [...prev.tgt, ...l.tgt]);
            } else {
              merged.push(link([...l.src], [...l.tgt]));
            }
          });
          const links = merged.map((l, k) =>
            confirm[k] ? { ...l, status: 'confirmed' as const, confidence: 1 } : l,
          );
          const before = alignment(links);
          const after = realignBetweenConfirmed(before, { dictionary: tinyDictionary });
          expect(findViolation(after)).toBeNull();
          const kept = after.links.filter((l) => l.status === 'confirmed');
          expect(kept).toEqual(links.filter((l) => l.status === 'confirmed'));
          for (const l of kept) expect(after.links).toContain(l);
        },
      ),
      { numRuns: 40 },
    );
  });
});
