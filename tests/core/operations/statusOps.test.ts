import { describe, expect, it } from 'vitest';
import {
  canConfirm,
  canConfirmAllAbove,
  canUnconfirm,
  confirm,
  confirmAllAbove,
  isOpError,
  setNote,
  unconfirm,
} from '../../../src/core/operations';
import { alignmentOf, ok } from './fixtures';

describe('confirm and unconfirm', () => {
  it('confirms the given links and keeps their confidence', () => {
    const a = alignmentOf(
      [
        [1, 1],
        [1, 1],
        [1, 1],
      ],
      [{ confidence: 0.2 }],
    );
    const c = ok(confirm(a, [0, 2]));
    expect(c.links.map((l) => l.status)).toEqual(['confirmed', 'auto', 'confirmed']);
    expect(c.links[0].confidence).toBe(0.2);
    expect(c.links[1]).toBe(a.links[1]);
  });

  it('returns the same alignment when nothing changes', () => {
    const a = alignmentOf([[1, 1]], [{ status: 'confirmed' }]);
    expect(confirm(a, [0])).toBe(a);
    expect(canConfirm(a, [0])).toBe(false);
    expect(unconfirm(alignmentOf([[1, 1]]), [0])).not.toBe(a);
    const b = alignmentOf([[1, 1]]);
    expect(unconfirm(b, [0])).toBe(b);
    expect(canUnconfirm(b, [0])).toBe(false);
  });

  it('unconfirms', () => {
    const a = alignmentOf([[1, 1]], [{ status: 'confirmed' }]);
    expect(canUnconfirm(a, [0])).toBe(true);
    expect(ok(unconfirm(a, [0])).links[0].status).toBe('auto');
  });

  it('refuses missing links', () => {
    const a = alignmentOf([[1, 1]]);
    expect(isOpError(confirm(a, [1]))).toBe(true);
    expect(isOpError(unconfirm(a, [-1]))).toBe(true);
    expect(canConfirm(a, [3])).toBe(false);
  });
});

describe('confirmAllAbove', () => {
  it('confirms every link up to and including the given one', () => {
    const a = alignmentOf([
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
    const c = ok(confirmAllAbove(a, 1));
    expect(c.links.map((l) => l.status)).toEqual(['confirmed', 'confirmed', 'auto']);
    expect(confirmAllAbove(c, 1)).toBe(c);
    expect(canConfirmAllAbove(c, 1)).toBe(false);
    expect(canConfirmAllAbove(c, 2)).toBe(true);
    expect(isOpError(confirmAllAbove(a, 3))).toBe(true);
  });
});

describe('setNote', () => {
  it('sets, replaces and removes a note, leaving status alone', () => {
    const a = alignmentOf([[1, 1]], [{ status: 'confirmed', confidence: 0.3 }]);
    const n = ok(setNote(a, 0, 'omission in the translation'));
    expect(n.links[0]).toEqual({ ...a.links[0], note: 'omission in the translation' });
    expect(setNote(n, 0, 'omission in the translation')).toBe(n);
    const removed = ok(setNote(n, 0, '  '));
    expect(removed.links[0]).toEqual(a.links[0]);
    expect('note' in removed.links[0]).toBe(false);
    expect(setNote(a, 0, '')).toBe(a);
    expect(isOpError(setNote(a, 2, 'x'))).toBe(true);
  });
});
