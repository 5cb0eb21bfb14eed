import { describe, expect, it } from 'vitest';
import {
  canRedo,
  canUndo,
  createHistory,
  estimateStepBytes,
  GROUP_WINDOW_MS,
  recordStep,
  redo,
  undo,
} from '../../src/core/history';
import type { Alignment } from '../../src/core/model';
import { confirm, editSegmentText } from '../../src/core/operations';
import { alignmentOf, ok } from './operations/fixtures';

const a0 = alignmentOf([
  [1, 1],
  [1, 1],
  [1, 1],
]);
const a1 = ok(confirm(a0, [0]));
const a2 = ok(confirm(a1, [1]));
const a3 = ok(confirm(a2, [2]));

describe('history', () => {
  it('undoes and redoes to the very same snapshots', () => {
    let h = createHistory();
    expect(canUndo(h)).toBe(false);
    h = recordStep(h, a0, { at: 0 });
    h = recordStep(h, a1, { at: 1000 });
    const u1 = undo(h, a2)!;
    expect(u1.alignment).toBe(a1);
    const u2 = undo(u1.history, u1.alignment)!;
    expect(u2.alignment).toBe(a0);
    expect(undo(u2.history, a0)).toBeNull();
    expect(canRedo(u2.history)).toBe(true);
    const r1 = redo(u2.history, a0)!;
    expect(r1.alignment).toBe(a1);
    const r2 = redo(r1.history, a1)!;
    expect(r2.alignment).toBe(a2);
    expect(redo(r2.history, a2)).toBeNull();
  });

  it('drops the redo stack on a new step', () => {
    let h = recordStep(createHistory(), a0, { at: 0 });
    h = undo(h, a1)!.history;
    expect(canRedo(h)).toBe(true);
    h = recordStep(h, a0, { at: 10 });
    expect(canRedo(h)).toBe(false);
  });

  it('groups steps of the same group within the window into one', () => {
    let h = createHistory();
    h = recordStep(h, a0, { group: 'edit-text:src:0', at: 0 });
    h = recordStep(h, a1, { group: 'edit-text:src:0', at: GROUP_WINDOW_MS - 1 });
    // The window runs from the last edit, so steady typing stays one step.
    h = recordStep(h, a2, { group: 'edit-text:src:0', at: 2 * GROUP_WINDOW_MS - 2 });
    expect(h.undoStack).toHaveLength(1);
    expect(undo(h, a3)!.alignment).toBe(a0);
  });

  it('does not group across a pause, another group, or ungrouped steps', () => {
    let h = createHistory();
    h = recordStep(h, a0, { group: 'g', at: 0 });
    h = recordStep(h, a1, { group: 'g', at: GROUP_WINDOW_MS + 1 });
    expect(h.undoStack).toHaveLength(2);
    h = recordStep(h, a2, { group: 'other', at: GROUP_WINDOW_MS + 2 });
    expect(h.undoStack).toHaveLength(3);
    h = recordStep(h, a3, { at: GROUP_WINDOW_MS + 3 });
    h = recordStep(h, a3, { at: GROUP_WINDOW_MS + 4 });
    expect(h.undoStack).toHaveLength(5);
  });

  it('does not group a step with one that was redone', () => {
    let h = recordStep(createHistory(), a0, { group: 'g', at: 0 });
    const u = undo(h, a1)!;
    h = redo(u.history, a0, 10)!.history;
    h = recordStep(h, a1, { group: 'g', at: 20 });
    expect(h.undoStack).toHaveLength(2);
  });

  it('is capped: the oldest steps fall off', () => {
    let h = createHistory(3);
    const states: Alignment[] = [a0, a1, a2, a3, a0];
    states.forEach((s, i) => {
      h = recordStep(h, s, { at: i * 1000 });
    });
    expect(h.undoStack.map((e) => e.alignment)).toEqual([a2, a3, a0]);
    expect(h.undoStack[0].alignment).toBe(a2);
  });
});

describe('history memory budget', () => {
  it('drops the oldest steps once the estimated memory passes the budget, keeping the last', () => {
    let h = createHistory(500, 1000);
    h = recordStep(h, a0, { at: 0, bytes: 400 });
    h = recordStep(h, a1, { at: 1000, bytes: 400 });
    expect(h.undoStack).toHaveLength(2);
    h = recordStep(h, a2, { at: 2000, bytes: 400 });
    expect(h.undoStack.map((e) => e.alignment)).toEqual([a1, a2]);
    h = recordStep(h, a3, { at: 3000, bytes: 5000 });
    expect(h.undoStack.map((e) => e.alignment)).toEqual([a3]);
  });

  it('estimates what a step keeps alive from what the new state no longer shares', () => {
    expect(estimateStepBytes(a0, a0)).toBe(0);
    // Confirming one of three links: a new links array, one link replaced.
    expect(estimateStepBytes(a0, a1)).toBe(3 * 8 + 160);
    // A text edit: a new segments array, and its link marked edited (a new links array).
    const edited = ok(editSegmentText(a0, 'src', 0, '新'));
    expect(estimateStepBytes(a0, edited)).toBe(3 * 8 + 3 * 8 + 160);
    // Editing the same link again shares the links: only the segments array.
    expect(estimateStepBytes(edited, ok(editSegmentText(edited, 'src', 0, '新新')))).toBe(3 * 8);
  });

  it('counts redone steps too', () => {
    const h = recordStep(createHistory(), a0, { at: 0, bytes: estimateStepBytes(a0, a1) });
    const u = undo(h, a1)!;
    const r = redo(u.history, a0, 5)!;
    expect(r.history.undoStack[0].bytes).toBe(estimateStepBytes(a0, a1));
  });
});
