import { describe, expect, it } from 'vitest';
import type { Alignment } from '../../../src/core/model';
import {
  canJoinSegmentWithNext,
  canSplitSegment,
  editSegmentText,
  findLinkOfSegment,
  isOpError,
  joinSegmentWithNext,
  splitSegment,
} from '../../../src/core/operations';
import { alignmentOf, ok, shapes } from './fixtures';

const texts = (a: Alignment, side: 'source' | 'target') => a[side].segments.map((s) => s.text);

describe('splitSegment', () => {
  it('cuts the text at the caret into two segments of the same link, losing nothing', () => {
    const a = alignmentOf(
      [
        [1, 1],
        [1, 1],
      ],
      [{ status: 'confirmed', confidence: 0.7 }],
    );
    const text = a.target.segments[0].text;
    const split = ok(splitSegment(a, 'tgt', 0, 8));
    expect(texts(split, 'target')).toEqual([
      text.slice(0, 8),
      text.slice(8),
      a.target.segments[1].text,
    ]);
    expect(texts(split, 'target').join('')).toBe(texts(a, 'target').join(''));
    expect(split.links[0]).toEqual({
      src: [0],
      tgt: [0, 1],
      status: 'confirmed',
      confidence: 0.7,
      edited: true,
    });
    // Only the link holding the cut segment counts as changed by hand.
    expect(split.links[1].edited).toBeUndefined();
    expect(split.links[1].tgt).toEqual([2]);
    expect(split.links[1].src).toEqual([1]);
  });

  it('keeps the id on the first half and gives the second a fresh unique one', () => {
    const a = alignmentOf([[2, 1]]);
    const split = ok(splitSegment(a, 'src', 0, 2));
    const ids = split.source.segments.map((s) => s.id);
    expect(ids[0]).toBe(a.source.segments[0].id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[1]).toMatch(/^zh\d+$/);
    const again = ok(splitSegment(split, 'src', 1, 1));
    const ids2 = again.source.segments.map((s) => s.id);
    expect(new Set(ids2).size).toBe(ids2.length);
  });

  it('renumbers later links but shares the earlier ones and the other side', () => {
    const a = alignmentOf([
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
    const split = ok(splitSegment(a, 'src', 1, 1));
    expect(split.links[0]).toBe(a.links[0]);
    expect(split.target).toBe(a.target);
    expect(split.links.map((l) => l.src)).toEqual([[0], [1, 2], [3]]);
  });

  it('keeps the imported text on the first half of an edited segment', () => {
    const a = ok(editSegmentText(alignmentOf([[1, 1]]), 'tgt', 0, 'Changed text here'));
    const split = ok(splitSegment(a, 'tgt', 0, 8));
    expect(split.target.segments[0].importedText).toBe(a.target.segments[0].importedText);
    expect(split.target.segments[1].importedText).toBeUndefined();
  });

  it('refuses a caret at either end, outside the text, or inside a surrogate pair', () => {
    const a = alignmentOf([[1, 1]]);
    const len = a.source.segments[0].text.length;
    expect(isOpError(splitSegment(a, 'src', 0, 0))).toBe(true);
    expect(isOpError(splitSegment(a, 'src', 0, len))).toBe(true);
    expect(isOpError(splitSegment(a, 'src', 3, 1))).toBe(true);
    expect(canSplitSegment(a, 'src', 0, 1.5)).toBe(false);
    const emoji = ok(editSegmentText(a, 'src', 0, 'a😀b'));
    expect(canSplitSegment(emoji, 'src', 0, 2)).toBe(false);
    expect(canSplitSegment(emoji, 'src', 0, 3)).toBe(true);
  });
});

describe('joinSegmentWithNext', () => {
  it('joins two segments of the same link, keeping its status', () => {
    const a = alignmentOf(
      [
        [2, 1],
        [1, 1],
      ],
      [{ status: 'confirmed', confidence: 0.4 }],
    );
    const joined = ok(joinSegmentWithNext(a, 'src', 0));
    expect(texts(joined, 'source')[0]).toBe(a.source.segments[0].text + a.source.segments[1].text);
    expect(joined.links[0]).toEqual({
      src: [0],
      tgt: [0],
      status: 'confirmed',
      confidence: 0.4,
      edited: true,
    });
    expect(joined.links[1].edited).toBeUndefined();
    expect(joined.links[1].src).toEqual([1]);
    expect(joined.source.segments[0].id).toBe(a.source.segments[0].id);
  });

  it('joins English with a space unless the seam already has one', () => {
    const a = alignmentOf([[1, 2]]);
    expect(ok(joinSegmentWithNext(a, 'tgt', 0)).target.segments[0].text).toBe(
      'English paragraph 0. English paragraph 1.',
    );
    const split = ok(splitSegment(a, 'tgt', 0, 8));
    expect(ok(joinSegmentWithNext(split, 'tgt', 0)).target.segments).toEqual(a.target.segments);
  });

  it('merges the links when the two segments sit in different links (and any gap between)', () => {
    const a = alignmentOf(
      [
        [1, 1],
        [0, 1],
        [1, 1],
        [1, 1],
      ],
      [{}, { note: 'gap' }],
    );
    const joined = ok(joinSegmentWithNext(a, 'src', 0));
    expect(shapes(joined)).toBe('1-3 1-1');
    expect(joined.links[0]).toEqual({
      src: [0],
      tgt: [0, 1, 2],
      status: 'auto',
      confidence: 1,
      note: 'gap',
      edited: true,
    });
    expect(joined.links[1].src).toEqual([1]);
  });

  it('refuses the last segment', () => {
    const a = alignmentOf([[1, 1]]);
    expect(canJoinSegmentWithNext(a, 'src', 0)).toBe(false);
    expect(isOpError(joinSegmentWithNext(a, 'tgt', 0))).toBe(true);
    expect(isOpError(joinSegmentWithNext(a, 'tgt', -1))).toBe(true);
  });

  it('combines imported texts so the diff still shows what was edited', () => {
    const a = ok(editSegmentText(alignmentOf([[2, 1]]), 'src', 1, '改过的'));
    const joined = ok(joinSegmentWithNext(a, 'src', 0));
    expect(joined.source.segments[0].text).toBe('中文段落0。改过的');
    expect(joined.source.segments[0].importedText).toBe('中文段落0。中文段落1。');
  });

  it('finds the link of a segment', () => {
    const a = alignmentOf([
      [1, 0],
      [0, 1],
      [2, 1],
    ]);
    expect(findLinkOfSegment(a, 'src', 2)).toBe(2);
    expect(findLinkOfSegment(a, 'tgt', 0)).toBe(1);
  });
});

describe('editSegmentText', () => {
  it('replaces the text and remembers the imported one', () => {
    const a = alignmentOf([[1, 1]], [{ status: 'confirmed', confidence: 0.6 }]);
    const edited = ok(editSegmentText(a, 'tgt', 0, 'A better sentence.'));
    expect(edited.target.segments[0]).toEqual({
      id: 'en1',
      text: 'A better sentence.',
      importedText: 'English paragraph 0.',
    });
    // Same pairing and status; the link says it was changed by hand until confirmed.
    expect(edited.links[0]).toEqual({ ...a.links[0], edited: true });
    expect(edited.source).toBe(a.source);
    const twice = ok(editSegmentText(edited, 'tgt', 0, 'Better still.'));
    expect(twice.target.segments[0].importedText).toBe('English paragraph 0.');
  });

  it('clears the imported text when the text goes back to it', () => {
    const a = alignmentOf([[1, 1]]);
    const back = ok(
      editSegmentText(ok(editSegmentText(a, 'src', 0, '新')), 'src', 0, a.source.segments[0].text),
    );
    expect(back.source.segments[0]).toEqual(a.source.segments[0]);
    expect('importedText' in back.source.segments[0]).toBe(false);
  });

  it('returns the same alignment when the text is unchanged', () => {
    const a = alignmentOf([[1, 1]]);
    expect(editSegmentText(a, 'src', 0, a.source.segments[0].text)).toBe(a);
  });

  it('refuses an empty text and a missing segment', () => {
    const a = alignmentOf([[1, 1]]);
    expect(isOpError(editSegmentText(a, 'src', 0, '  '))).toBe(true);
    expect(isOpError(editSegmentText(a, 'src', 1, 'x'))).toBe(true);
  });
});
