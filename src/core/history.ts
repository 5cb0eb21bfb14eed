/**
 * Undo/redo as plain data: stacks of Alignment snapshots. Alignments are immutable and
 * operations share everything they do not change, so an entry is just a reference.
 * Selection, focus and scroll are never recorded here.
 */
import type { Alignment } from './model';

/** Enough for a long session; old steps fall off the bottom. */
export const HISTORY_LIMIT = 500;

/** Edits of the same group closer together than this are one undo step (typing). */
export const GROUP_WINDOW_MS = 500;

export interface HistoryEntry {
  /** The alignment before the step. */
  readonly alignment: Alignment;
  /** Steps with the same group in quick succession merge, e.g. "edit-text:src:12". */
  readonly group?: string;
  /** When the step (or the last edit merged into it) happened, in ms. */
  readonly at: number;
}

export interface History {
  /** Oldest first; the last entry is undone first. */
  readonly undoStack: readonly HistoryEntry[];
  /** States undone, most recently undone last. */
  readonly redoStack: readonly Alignment[];
  readonly limit: number;
}

export function createHistory(limit: number = HISTORY_LIMIT): History {
  return { undoStack: [], redoStack: [], limit: Math.max(1, limit) };
}

export interface StepInfo {
  readonly group?: string;
  readonly at: number;
}

/** Records that the alignment was `before` until now; a new step clears the redo stack. */
export function recordStep(history: History, before: Alignment, step: StepInfo): History {
  const last = history.undoStack[history.undoStack.length - 1];
  if (
    last !== undefined &&
    step.group !== undefined &&
    last.group === step.group &&
    step.at - last.at >= 0 &&
    step.at - last.at <= GROUP_WINDOW_MS
  ) {
    // Same group, soon after: extend the open step instead of starting one, keeping its
    // `before` so one undo goes back past the whole burst.
    const undoStack = history.undoStack.slice(0, -1);
    undoStack.push({ ...last, at: step.at });
    return { ...history, undoStack, redoStack: [] };
  }
  const undoStack = history.undoStack.slice(
    Math.max(0, history.undoStack.length + 1 - history.limit),
  );
  undoStack.push(
    step.group === undefined ? { alignment: before, at: step.at } : { alignment: before, ...step },
  );
  return { ...history, undoStack, redoStack: [] };
}

export function canUndo(history: History): boolean {
  return history.undoStack.length > 0;
}

export function canRedo(history: History): boolean {
  return history.redoStack.length > 0;
}

export interface HistoryMove {
  readonly history: History;
  readonly alignment: Alignment;
}

/** Steps back: returns the earlier alignment, or null when there is nothing to undo. */
export function undo(history: History, current: Alignment): HistoryMove | null {
  const last = history.undoStack[history.undoStack.length - 1];
  if (last === undefined) return null;
  return {
    alignment: last.alignment,
    history: {
      ...history,
      undoStack: history.undoStack.slice(0, -1),
      redoStack: [...history.redoStack, current],
    },
  };
}

/** Steps forward again; the redone step never merges with later edits. */
export function redo(history: History, current: Alignment, at: number = 0): HistoryMove | null {
  const next = history.redoStack[history.redoStack.length - 1];
  if (next === undefined) return null;
  return {
    alignment: next,
    history: {
      ...history,
      undoStack: [...history.undoStack, { alignment: current, at }],
      redoStack: history.redoStack.slice(0, -1),
    },
  };
}
