/**
 * Undo history as small patches, to store with the document (history in memory holds whole
 * alignments, which share structure but would be written out in full). A patch replaces a
 * run of links and of segments; links after the run that only moved, because segments were
 * split or joined before them, are described by a shift of their indices.
 */
import { createHistory, estimateStepBytes, type History, type HistoryEntry } from './history';
import type { Alignment, Link, Segment, Side } from './model';

export interface RunPatch<T> {
  readonly start: number;
  readonly deleteCount: number;
  readonly insert: readonly T[];
}

export interface AlignmentPatch {
  readonly links: RunPatch<Link>;
  /** How far the indices of the links after the run move on each side. */
  readonly shift: { readonly src: number; readonly tgt: number };
  readonly source?: RunPatch<Segment>;
  readonly target?: RunPatch<Segment>;
}

function sameIndices(a: readonly number[], b: readonly number[], shift: number): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] + shift !== b[i]) return false;
  return true;
}

/** A link's other fields are scalars or arrays of scalars (dismissed). */
function sameField(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return (
    Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => v === b[i])
  );
}

/** `b` is `a` with its indices moved by the shift (or the very same link). */
function sameLinkShifted(a: Link, b: Link, ds: number, dt: number): boolean {
  if (a === b) return ds === 0 && dt === 0;
  if (!sameIndices(a.src, b.src, ds) || !sameIndices(a.tgt, b.tgt, dt)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (key === 'src' || key === 'tgt') continue;
    if (!sameField(a[key as keyof Link], b[key as keyof Link])) return false;
  }
  return true;
}

function runDiff<T>(
  from: readonly T[],
  to: readonly T[],
  same: (a: T, b: T) => boolean,
  sameTail: (a: T, b: T) => boolean = same,
): RunPatch<T> {
  let start = 0;
  const max = Math.min(from.length, to.length);
  while (start < max && same(from[start], to[start])) start++;
  let tail = 0;
  while (tail < max - start && sameTail(from[from.length - 1 - tail], to[to.length - 1 - tail]))
    tail++;
  return {
    start,
    deleteCount: from.length - start - tail,
    insert: to.slice(start, to.length - tail),
  };
}

function sideDiff(from: Side, to: Side): RunPatch<Segment> | undefined {
  if (from.segments === to.segments) return undefined;
  const patch = runDiff(
    from.segments,
    to.segments,
    (a, b) => a === b || (a.id === b.id && a.text === b.text && a.importedText === b.importedText),
  );
  return patch.deleteCount === 0 && patch.insert.length === 0 ? undefined : patch;
}

/** The patch that turns `from` into `to`. */
export function diffAlignments(from: Alignment, to: Alignment): AlignmentPatch {
  const ds = to.source.segments.length - from.source.segments.length;
  const dt = to.target.segments.length - from.target.segments.length;
  const links = runDiff(
    from.links,
    to.links,
    (a, b) => sameLinkShifted(a, b, 0, 0),
    (a, b) => sameLinkShifted(a, b, ds, dt),
  );
  const source = sideDiff(from.source, to.source);
  const target = sideDiff(from.target, to.target);
  return {
    links,
    shift: { src: ds, tgt: dt },
    ...(source ? { source } : {}),
    ...(target ? { target } : {}),
  };
}

function applyRun<T>(items: readonly T[], patch: RunPatch<T>, moved: (item: T) => T): T[] {
  const rest = items.slice(patch.start + patch.deleteCount);
  return [...items.slice(0, patch.start), ...patch.insert, ...rest.map(moved)];
}

/** `from` changed by `patch`; throws when the patch does not fit (a damaged record). */
export function applyPatch(from: Alignment, patch: AlignmentPatch): Alignment {
  const { src: ds, tgt: dt } = patch.shift;
  if (patch.links.start + patch.links.deleteCount > from.links.length)
    throw new Error('the undo history does not fit this document');
  const moved = (link: Link): Link =>
    ds === 0 && dt === 0
      ? link
      : { ...link, src: link.src.map((i) => i + ds), tgt: link.tgt.map((j) => j + dt) };
  const side = (s: Side, run?: RunPatch<Segment>): Side =>
    run ? { ...s, segments: applyRun(s.segments, run, (x) => x) } : s;
  return {
    source: side(from.source, patch.source),
    target: side(from.target, patch.target),
    links: applyRun(from.links, patch.links, moved),
  };
}

/**
 * The history as stored with a document. `undo`: oldest first; entry i turns step i+1 back
 * into step i (the last one turns the document back one step). `redo`: the steps undone,
 * next first; entry 0 turns the document into the state Redo gives, entry 1 that state into
 * the next, and so on. Older stores have no `redo`.
 */
export interface StoredHistory {
  readonly undo: readonly AlignmentPatch[];
  readonly redo?: readonly AlignmentPatch[];
}

/** Stored history is capped at this many characters of JSON; older steps are left out. */
export const STORED_HISTORY_CHARS = 4_000_000;

/** Patches already computed, by the step they undo (a step's patch never changes). */
const patchCache = new WeakMap<object, { after: Alignment; patch: AlignmentPatch; size: number }>();

/** The patch turning `after` into `target`, cached under `key` (an entry or a redo state). */
function cachedPatch(key: object, target: Alignment, after: Alignment) {
  const hit = patchCache.get(key);
  if (hit && hit.after === after) return hit;
  const patch = diffAlignments(after, target);
  const made = { after, patch, size: JSON.stringify(patch).length };
  patchCache.set(key, made);
  return made;
}

/**
 * The history as patches from `current`: the next redo steps, then the newest undo steps,
 * as many as fit in `maxChars` together.
 */
export function toStoredHistory(
  history: History,
  current: Alignment,
  maxChars: number = STORED_HISTORY_CHARS,
): StoredHistory {
  let total = 0;
  const redo: AlignmentPatch[] = [];
  let before = current;
  for (let i = history.redoStack.length - 1; i >= 0; i--) {
    const state = history.redoStack[i];
    const { patch, size } = cachedPatch(state, state, before);
    if (total + size > maxChars) break;
    total += size;
    redo.push(patch);
    before = state;
  }
  const undo: AlignmentPatch[] = [];
  let after = current;
  for (let i = history.undoStack.length - 1; i >= 0; i--) {
    const entry = history.undoStack[i];
    const { patch, size } = cachedPatch(entry, entry.alignment, after);
    if (total + size > maxChars) break;
    total += size;
    undo.push(patch);
    after = entry.alignment;
  }
  return redo.length > 0 ? { undo: undo.reverse(), redo } : { undo: undo.reverse() };
}

/** The undo stack back from stored patches; throws when they do not fit the document. */
export function fromStoredHistory(stored: StoredHistory, current: Alignment): History {
  const entries: HistoryEntry[] = [];
  let after = current;
  for (let i = stored.undo.length - 1; i >= 0; i--) {
    const patch = stored.undo[i];
    const before = applyPatch(after, patch);
    const entry: HistoryEntry = {
      alignment: before,
      at: 0,
      bytes: estimateStepBytes(before, after),
    };
    // The next write stores these very patches again, without diffing every step anew.
    patchCache.set(entry, { after, patch, size: JSON.stringify(patch).length });
    entries.push(entry);
    after = before;
  }
  const redoStack: Alignment[] = [];
  let before = current;
  for (const patch of Array.isArray(stored.redo) ? stored.redo : []) {
    const state = applyPatch(before, patch);
    patchCache.set(state, { after: before, patch, size: JSON.stringify(patch).length });
    redoStack.push(state);
    before = state;
  }
  return { ...createHistory(), undoStack: entries.reverse(), redoStack: redoStack.reverse() };
}
