/**
 * Undo/redo as plain data: stacks of Alignment snapshots. Alignments are immutable and
 * operations share everything they do not change, so an entry is just a reference.
 * Selection, focus and scroll are never recorded here.
 */
import type { Alignment } from './model';

/**
 * Steps kept in a session; older ones fall off the bottom. The memory budget below can
 * stop it earlier on very large documents; STORED_HISTORY_CHARS bounds what a reload keeps.
 */
export const HISTORY_LIMIT = 10_000;

/**
 * Memory the undo stack may keep alive, estimated. On a 20,000-row document a merge holds
 * about 0.2 MB and a segment split (which renumbers every later link) about 3 MB, so the
 * budget, not the count, decides how far back a long session on a big document can go.
 */
export const HISTORY_BUDGET_BYTES = 200_000_000;

/** Edits of the same group closer together than this are one undo step (typing). */
export const GROUP_WINDOW_MS = 500;

export interface HistoryEntry {
  /** The alignment before the step. */
  readonly alignment: Alignment;
  /** Steps with the same group in quick succession merge, e.g. "edit-text:src:12". */
  readonly group?: string;
  /** When the step (or the last edit merged into it) happened, in ms. */
  readonly at: number;
  /** Estimated bytes only this entry keeps alive (see estimateStepBytes). */
  readonly bytes?: number;
}

export interface History {
  /** Oldest first; the last entry is undone first. */
  readonly undoStack: readonly HistoryEntry[];
  /** States undone, most recently undone last. */
  readonly redoStack: readonly Alignment[];
  readonly limit: number;
  readonly budgetBytes: number;
}

export function createHistory(
  limit: number = HISTORY_LIMIT,
  budgetBytes: number = HISTORY_BUDGET_BYTES,
): History {
  return { undoStack: [], redoStack: [], limit: Math.max(1, limit), budgetBytes };
}

export interface StepInfo {
  readonly group?: string;
  readonly at: number;
  /** Estimated bytes the step's `before` keeps alive; see estimateStepBytes. */
  readonly bytes?: number;
}

const BYTES_PER_SLOT = 8;
/** A link object with its two small index arrays. */
const BYTES_PER_LINK = 160;

/**
 * Roughly what keeping `before` costs once the alignment is `after`: the arrays and links
 * that `after` no longer shares with it. Cheap: reference checks only.
 */
export function estimateStepBytes(before: Alignment, after: Alignment): number {
  let bytes = 0;
  if (before.links !== after.links) {
    bytes += before.links.length * BYTES_PER_SLOT;
    const kept = new Set(after.links);
    for (const link of before.links) if (!kept.has(link)) bytes += BYTES_PER_LINK;
  }
  if (before.source.segments !== after.source.segments)
    bytes += before.source.segments.length * BYTES_PER_SLOT;
  if (before.target.segments !== after.target.segments)
    bytes += before.target.segments.length * BYTES_PER_SLOT;
  return bytes;
}

/** Drops the oldest entries beyond the count limit or the memory budget (always keeps one). */
function trim(history: History, undoStack: HistoryEntry[]): HistoryEntry[] {
  let total = undoStack.reduce((sum, e) => sum + (e.bytes ?? 0), 0);
  let drop = Math.max(0, undoStack.length - history.limit);
  for (let i = 0; i < drop; i++) total -= undoStack[i].bytes ?? 0;
  while (drop < undoStack.length - 1 && total > history.budgetBytes) {
    total -= undoStack[drop].bytes ?? 0;
    drop++;
  }
  return drop === 0 ? undoStack : undoStack.slice(drop);
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
  const entry: HistoryEntry = { alignment: before, at: step.at };
  const undoStack = [
    ...history.undoStack,
    {
      ...entry,
      ...(step.group === undefined ? {} : { group: step.group }),
      ...(step.bytes === undefined ? {} : { bytes: step.bytes }),
    },
  ];
  return { ...history, undoStack: trim(history, undoStack), redoStack: [] };
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
      undoStack: [
        ...history.undoStack,
        { alignment: current, at, bytes: estimateStepBytes(current, next) },
      ],
      redoStack: history.redoStack.slice(0, -1),
    },
  };
}
