import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findViolation } from '../../../src/core/invariants';
import type { Alignment } from '../../../src/core/model';
import {
  canDetachSegment,
  canMergeWithNext,
  canMoveFirstUp,
  canMoveLastDown,
  canSplitLink,
  canSplitSegment,
  detachSegment,
  isOpError,
  mergeWithNext,
  moveFirstUp,
  moveLastDown,
  splitLink,
  splitSegment,
  type OpResult,
  type SideKey,
} from '../../../src/core/operations';
import { arbAlignment } from './fixtures';

const arbSide = fc.constantFrom<SideKey>('src', 'tgt');
const sideText = (a: Alignment, key: 'source' | 'target') =>
  a[key].segments.map((s) => s.text).join('');

/** A structural operation with random (often invalid) arguments, and its guard. */
const arbOp = fc.oneof(
  fc.record({ kind: fc.constant('merge'), link: fc.integer({ min: -1, max: 13 }) }).map((o) => ({
    name: `merge ${o.link}`,
    can: (a: Alignment) => canMergeWithNext(a, o.link),
    run: (a: Alignment): OpResult => mergeWithNext(a, o.link),
  })),
  fc
    .record({
      link: fc.nat(13),
      srcAt: fc.integer({ min: -1, max: 4 }),
      tgtAt: fc.integer({ min: -1, max: 4 }),
    })
    .map((o) => ({
      name: `split ${o.link} ${o.srcAt} ${o.tgtAt}`,
      can: (a: Alignment) => canSplitLink(a, o.link, o.srcAt, o.tgtAt),
      run: (a: Alignment) => splitLink(a, o.link, o.srcAt, o.tgtAt),
    })),
  fc.record({ link: fc.nat(13), side: arbSide, up: fc.boolean() }).map((o) => ({
    name: `move ${o.up ? 'up' : 'down'} ${o.link} ${o.side}`,
    can: (a: Alignment) => (o.up ? canMoveFirstUp : canMoveLastDown)(a, o.link, o.side),
    run: (a: Alignment) => (o.up ? moveFirstUp : moveLastDown)(a, o.link, o.side),
  })),
  fc
    .record({
      link: fc.nat(13),
      side: arbSide,
      which: fc.constantFrom<'first' | 'last'>('first', 'last'),
    })
    .map((o) => ({
      name: `detach ${o.link} ${o.side} ${o.which}`,
      can: (a: Alignment) => canDetachSegment(a, o.link, o.side, o.which),
      run: (a: Alignment) => detachSegment(a, o.link, o.side, o.which),
    })),
  fc.record({ segment: fc.nat(25), side: arbSide, offset: fc.nat(25) }).map((o) => ({
    name: `split segment ${o.side} ${o.segment} at ${o.offset}`,
    can: (a: Alignment) => canSplitSegment(a, o.side, o.segment, o.offset),
    run: (a: Alignment) => splitSegment(a, o.side, o.segment, o.offset),
  })),
);

describe('operations, on random alignments', () => {
  it('keep the invariants, agree with their guards, and never lose text', () => {
    fc.assert(
      fc.property(arbAlignment, fc.array(arbOp, { maxLength: 20 }), (start, ops) => {
        let a = start;
        for (const op of ops) {
          const can = op.can(a);
          const result = op.run(a);
          expect(isOpError(result), op.name).toBe(!can);
          if (isOpError(result)) continue;
          expect(findViolation(result), op.name).toBeNull();
          expect(result.links.every((l) => l.src.length + l.tgt.length > 0)).toBe(true);
          a = result;
        }
        expect(sideText(a, 'source')).toBe(sideText(start, 'source'));
        expect(sideText(a, 'target')).toBe(sideText(start, 'target'));
      }),
      { numRuns: 1000 },
    );
  });

  it('never change the input', () => {
    fc.assert(
      fc.property(arbAlignment, arbOp, (start, op) => {
        const before = JSON.stringify(start);
        op.run(start);
        expect(JSON.stringify(start)).toBe(before);
      }),
      { numRuns: 500 },
    );
  });
});
