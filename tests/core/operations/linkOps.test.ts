import { describe, expect, it } from 'vitest';
import {
  canDetachSegment,
  canMergeWithNext,
  canMoveFirstUp,
  canMoveLastDown,
  canSplitLink,
  defaultSplitPoint,
  detachSegment,
  isOpError,
  mergeWithNext,
  moveFirstUp,
  moveLastDown,
  splitLink,
} from '../../../src/core/operations';
import { alignmentOf, ok, shapes } from './fixtures';

describe('mergeWithNext', () => {
  it('joins a link with the next one', () => {
    const a = alignmentOf([
      [1, 1],
      [1, 2],
      [1, 1],
    ]);
    const merged = ok(mergeWithNext(a, 0));
    expect(shapes(merged)).toBe('2-3 1-1');
    expect(merged.links[0]).toEqual({
      src: [0, 1],
      tgt: [0, 1, 2],
      status: 'auto',
      confidence: 1,
      edited: true,
    });
  });

  it('shares untouched links and sides with the input and leaves the input alone', () => {
    const a = alignmentOf([
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
    const before = JSON.stringify(a);
    const merged = ok(mergeWithNext(a, 0));
    expect(merged.links[1]).toBe(a.links[2]);
    expect(merged.source).toBe(a.source);
    expect(JSON.stringify(a)).toBe(before);
  });

  it('keeps both notes and drops the confirmed status (the link changed)', () => {
    const a = alignmentOf(
      [
        [1, 1],
        [1, 1],
      ],
      [{ note: 'a', status: 'confirmed' }, { note: 'b' }],
    );
    const merged = ok(mergeWithNext(a, 0));
    expect(merged.links[0].note).toBe('a\nb');
    expect(merged.links[0].status).toBe('auto');
    expect(merged.links[0].confidence).toBe(1);
  });

  it('refuses the last link and bad indices', () => {
    const a = alignmentOf([
      [1, 1],
      [1, 1],
    ]);
    expect(canMergeWithNext(a, 1)).toBe(false);
    expect(isOpError(mergeWithNext(a, 1))).toBe(true);
    expect(isOpError(mergeWithNext(a, -1))).toBe(true);
    expect(isOpError(mergeWithNext(a, 0.5))).toBe(true);
    expect(canMergeWithNext(a, 0)).toBe(true);
  });
});

describe('splitLink', () => {
  it('splits at a segment boundary on each side', () => {
    const a = alignmentOf([[2, 3]], [{ note: 'n', status: 'confirmed', confidence: 0.3 }]);
    const split = ok(splitLink(a, 0, 1, 2));
    expect(split.links).toEqual([
      { src: [0], tgt: [0, 1], status: 'auto', confidence: 1, note: 'n', edited: true },
      { src: [1], tgt: [2], status: 'auto', confidence: 1, edited: true },
    ]);
  });

  it('allows one side of a part to be empty, never both', () => {
    const a = alignmentOf([[2, 1]]);
    expect(shapes(ok(splitLink(a, 0, 1, 1)))).toBe('1-1 1-0');
    expect(shapes(ok(splitLink(a, 0, 0, 1)))).toBe('0-1 2-0');
    expect(isOpError(splitLink(a, 0, 0, 0))).toBe(true);
    expect(isOpError(splitLink(a, 0, 2, 1))).toBe(true);
    expect(canSplitLink(a, 0, 2, 1)).toBe(false);
  });

  it('refuses split points outside the link', () => {
    const a = alignmentOf([[2, 1]]);
    expect(isOpError(splitLink(a, 0, 3, 0))).toBe(true);
    expect(isOpError(splitLink(a, 0, 1, -1))).toBe(true);
    expect(isOpError(splitLink(a, 1, 1, 1))).toBe(true);
  });

  it('has a default split point that works whenever a link can be split', () => {
    expect(defaultSplitPoint(alignmentOf([[2, 2]]).links[0])).toEqual({ srcAt: 1, tgtAt: 1 });
    expect(defaultSplitPoint(alignmentOf([[0, 2]]).links[0])).toEqual({ srcAt: 0, tgtAt: 1 });
    const one = alignmentOf([[1, 1]]);
    const at = defaultSplitPoint(one.links[0]);
    expect(canSplitLink(one, 0, at.srcAt, at.tgtAt)).toBe(false);
  });
});

describe('moveFirstUp', () => {
  it('moves the first segment of a side into the previous link', () => {
    const a = alignmentOf([
      [1, 1],
      [2, 1],
    ]);
    const moved = ok(moveFirstUp(a, 1, 'src'));
    expect(moved.links.map((l) => [l.src, l.tgt])).toEqual([
      [[0, 1], [0]],
      [[2], [1]],
    ]);
    expect(moved.links.every((l) => l.confidence === 1 && l.status === 'auto')).toBe(true);
  });

  it('removes a link left empty on both sides, keeping its note', () => {
    const a = alignmentOf(
      [
        [1, 1],
        [0, 1],
        [1, 1],
      ],
      [{}, { note: 'gap' }],
    );
    const moved = ok(moveFirstUp(a, 1, 'tgt'));
    expect(shapes(moved)).toBe('1-2 1-1');
    expect(moved.links[0].note).toBe('gap');
    expect(moved.links[1]).toBe(a.links[2]);
  });

  it('refuses the first link and a side with no segment', () => {
    const a = alignmentOf([
      [1, 1],
      [0, 1],
    ]);
    expect(canMoveFirstUp(a, 0, 'src')).toBe(false);
    expect(canMoveFirstUp(a, 1, 'src')).toBe(false);
    expect(isOpError(moveFirstUp(a, 1, 'src'))).toBe(true);
    expect(canMoveFirstUp(a, 1, 'tgt')).toBe(true);
  });
});

describe('moveLastDown', () => {
  it('moves the last segment of a side into the next link', () => {
    const a = alignmentOf([
      [1, 2],
      [1, 1],
    ]);
    const moved = ok(moveLastDown(a, 0, 'tgt'));
    expect(moved.links.map((l) => [l.src, l.tgt])).toEqual([
      [[0], [0]],
      [[1], [1, 2]],
    ]);
  });

  it('removes a link left empty on both sides', () => {
    const a = alignmentOf(
      [
        [1, 0],
        [1, 1],
      ],
      [{ note: 'x' }, { note: 'y' }],
    );
    const moved = ok(moveLastDown(a, 0, 'src'));
    expect(shapes(moved)).toBe('2-1');
    expect(moved.links[0].note).toBe('x\ny');
  });

  it('refuses the last link and a side with no segment', () => {
    const a = alignmentOf([
      [1, 0],
      [1, 1],
    ]);
    expect(canMoveLastDown(a, 1, 'src')).toBe(false);
    expect(canMoveLastDown(a, 0, 'tgt')).toBe(false);
    expect(isOpError(moveLastDown(a, 0, 'tgt'))).toBe(true);
  });

  it('is undone by moveFirstUp on the same side (as far as segments go)', () => {
    const a = alignmentOf([
      [2, 1],
      [1, 1],
    ]);
    const back = ok(moveFirstUp(ok(moveLastDown(a, 0, 'src')), 1, 'src'));
    expect(back.links.map((l) => [l.src, l.tgt])).toEqual(a.links.map((l) => [l.src, l.tgt]));
  });
});

describe('detachSegment', () => {
  it('makes the first segment of a side unpaired, before the rest', () => {
    const a = alignmentOf(
      [
        [1, 1],
        [2, 1],
      ],
      [{}, { note: 'n' }],
    );
    const d = ok(detachSegment(a, 1, 'src', 'first'));
    expect(d.links.slice(1)).toEqual([
      { src: [1], tgt: [], status: 'auto', confidence: 1, edited: true },
      { src: [2], tgt: [1], status: 'auto', confidence: 1, note: 'n', edited: true },
    ]);
    expect(d.links[0]).toBe(a.links[0]);
  });

  it('makes the last segment of a side unpaired, after the rest', () => {
    const a = alignmentOf([[1, 2]]);
    const d = ok(detachSegment(a, 0, 'tgt', 'last'));
    expect(d.links.map((l) => [l.src, l.tgt])).toEqual([
      [[0], [0]],
      [[], [1]],
    ]);
  });

  it('turns a 1-1 link into 1-0 and 0-1', () => {
    const a = alignmentOf([[1, 1]]);
    expect(shapes(ok(detachSegment(a, 0, 'src', 'first')))).toBe('1-0 0-1');
    expect(shapes(ok(detachSegment(a, 0, 'tgt', 'first')))).toBe('0-1 1-0');
    expect(shapes(ok(detachSegment(a, 0, 'src', 'last')))).toBe('0-1 1-0');
  });

  it('refuses a segment that is already alone, or a side with none', () => {
    const a = alignmentOf([
      [1, 0],
      [0, 1],
    ]);
    expect(canDetachSegment(a, 0, 'src', 'first')).toBe(false);
    expect(isOpError(detachSegment(a, 0, 'src', 'first'))).toBe(true);
    expect(canDetachSegment(a, 0, 'tgt', 'last')).toBe(false);
    expect(isOpError(detachSegment(a, 5, 'tgt', 'last'))).toBe(true);
  });
});
