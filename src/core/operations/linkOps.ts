/** Operations that change which segments a link holds: merge, split, move, detach. */
import type { Alignment, Link } from '../model';
import {
  checkLinkIndex,
  isEmptyLink,
  joinNotes,
  opError,
  otherSide,
  personMadeLink,
  runsOf,
  spliceLinks,
  type OpError,
  type OpResult,
  type SideKey,
} from './result';

// Each operation has a check (the reason it cannot apply, or null), a `can` guard built on
// it, and the operation itself, so toolbars can ask cheaply without building a new alignment.

export function checkMergeWithNext(alignment: Alignment, linkIndex: number): OpError | null {
  const bad = checkLinkIndex(alignment, linkIndex);
  if (bad) return bad;
  if (linkIndex === alignment.links.length - 1) return opError('op.mergeLast');
  return null;
}

export function canMergeWithNext(alignment: Alignment, linkIndex: number): boolean {
  return checkMergeWithNext(alignment, linkIndex) === null;
}

/** Merges link `linkIndex` with the one after it. */
export function mergeWithNext(alignment: Alignment, linkIndex: number): OpResult {
  const bad = checkMergeWithNext(alignment, linkIndex);
  if (bad) return bad;
  const a = alignment.links[linkIndex];
  const b = alignment.links[linkIndex + 1];
  const merged = personMadeLink(
    [...a.src, ...b.src],
    [...a.tgt, ...b.tgt],
    joinNotes(a.note, b.note),
  );
  return spliceLinks(alignment, linkIndex, 2, [merged]);
}

export function checkSplitLink(
  alignment: Alignment,
  linkIndex: number,
  srcAt: number,
  tgtAt: number,
): OpError | null {
  const bad = checkLinkIndex(alignment, linkIndex);
  if (bad) return bad;
  const link = alignment.links[linkIndex];
  if (!Number.isInteger(srcAt) || srcAt < 0 || srcAt > link.src.length) {
    return opError('op.splitAtSrc', { at: srcAt, count: link.src.length });
  }
  if (!Number.isInteger(tgtAt) || tgtAt < 0 || tgtAt > link.tgt.length) {
    return opError('op.splitAtTgt', { at: tgtAt, count: link.tgt.length });
  }
  if (srcAt === 0 && tgtAt === 0) return opError('op.splitFirstEmpty');
  if (srcAt === link.src.length && tgtAt === link.tgt.length) {
    return opError('op.splitSecondEmpty');
  }
  return null;
}

export function canSplitLink(
  alignment: Alignment,
  linkIndex: number,
  srcAt: number,
  tgtAt: number,
): boolean {
  return checkSplitLink(alignment, linkIndex, srcAt, tgtAt) === null;
}

/**
 * Splits a link in two: the first keeps source segments [0, srcAt) and target segments
 * [0, tgtAt), the second the rest. The note stays with the first part.
 */
export function splitLink(
  alignment: Alignment,
  linkIndex: number,
  srcAt: number,
  tgtAt: number,
): OpResult {
  const bad = checkSplitLink(alignment, linkIndex, srcAt, tgtAt);
  if (bad) return bad;
  const link = alignment.links[linkIndex];
  return spliceLinks(alignment, linkIndex, 1, [
    personMadeLink(link.src.slice(0, srcAt), link.tgt.slice(0, tgtAt), link.note),
    personMadeLink(link.src.slice(srcAt), link.tgt.slice(tgtAt)),
  ]);
}

/** Where a plain "split" cuts: after the first segment of each side that has one. */
export function defaultSplitPoint(link: Link): { srcAt: number; tgtAt: number } {
  return { srcAt: Math.min(1, link.src.length), tgtAt: Math.min(1, link.tgt.length) };
}

export function checkMoveFirstUp(
  alignment: Alignment,
  linkIndex: number,
  side: SideKey,
): OpError | null {
  const bad = checkLinkIndex(alignment, linkIndex);
  if (bad) return bad;
  if (linkIndex === 0) return opError('op.moveUpFirst');
  if (alignment.links[linkIndex][side].length === 0) {
    return opError(`op.nothingToMove.${side}`, { link: linkIndex + 1 });
  }
  return null;
}

export function canMoveFirstUp(alignment: Alignment, linkIndex: number, side: SideKey): boolean {
  return checkMoveFirstUp(alignment, linkIndex, side) === null;
}

/**
 * Moves the first segment of one side of a link to the end of the previous link.
 * A link left empty on both sides disappears (its note goes to the previous link).
 */
export function moveFirstUp(alignment: Alignment, linkIndex: number, side: SideKey): OpResult {
  const bad = checkMoveFirstUp(alignment, linkIndex, side);
  if (bad) return bad;
  const prev = alignment.links[linkIndex - 1];
  const link = alignment.links[linkIndex];
  const other = otherSide(side);
  const moved = link[side][0];
  const rest = runsOf(side, link[side].slice(1), link[other]);
  const grown = runsOf(side, [...prev[side], moved], prev[other]);
  if (isEmptyLink(rest)) {
    return spliceLinks(alignment, linkIndex - 1, 2, [
      personMadeLink(grown.src, grown.tgt, joinNotes(prev.note, link.note)),
    ]);
  }
  return spliceLinks(alignment, linkIndex - 1, 2, [
    personMadeLink(grown.src, grown.tgt, prev.note),
    personMadeLink(rest.src, rest.tgt, link.note),
  ]);
}

export function checkMoveLastDown(
  alignment: Alignment,
  linkIndex: number,
  side: SideKey,
): OpError | null {
  const bad = checkLinkIndex(alignment, linkIndex);
  if (bad) return bad;
  if (linkIndex === alignment.links.length - 1) {
    return opError('op.moveDownLast');
  }
  if (alignment.links[linkIndex][side].length === 0) {
    return opError(`op.nothingToMove.${side}`, { link: linkIndex + 1 });
  }
  return null;
}

export function canMoveLastDown(alignment: Alignment, linkIndex: number, side: SideKey): boolean {
  return checkMoveLastDown(alignment, linkIndex, side) === null;
}

/**
 * Moves the last segment of one side of a link to the start of the next link.
 * A link left empty on both sides disappears (its note goes to the next link).
 */
export function moveLastDown(alignment: Alignment, linkIndex: number, side: SideKey): OpResult {
  const bad = checkMoveLastDown(alignment, linkIndex, side);
  if (bad) return bad;
  const link = alignment.links[linkIndex];
  const next = alignment.links[linkIndex + 1];
  const other = otherSide(side);
  const moved = link[side][link[side].length - 1];
  const rest = runsOf(side, link[side].slice(0, -1), link[other]);
  const grown = runsOf(side, [moved, ...next[side]], next[other]);
  if (isEmptyLink(rest)) {
    return spliceLinks(alignment, linkIndex, 2, [
      personMadeLink(grown.src, grown.tgt, joinNotes(link.note, next.note)),
    ]);
  }
  return spliceLinks(alignment, linkIndex, 2, [
    personMadeLink(rest.src, rest.tgt, link.note),
    personMadeLink(grown.src, grown.tgt, next.note),
  ]);
}

/** Which segment of a side to detach. */
export type DetachWhich = 'first' | 'last';

export function checkDetachSegment(
  alignment: Alignment,
  linkIndex: number,
  side: SideKey,
  _which: DetachWhich,
): OpError | null {
  const bad = checkLinkIndex(alignment, linkIndex);
  if (bad) return bad;
  const link = alignment.links[linkIndex];
  if (link[side].length === 0) return opError(`op.noSideSegment.${side}`, { link: linkIndex + 1 });
  if (link[side].length === 1 && link[otherSide(side)].length === 0) {
    return opError(`op.alreadyUnpaired.${side}`, { link: linkIndex + 1 });
  }
  return null;
}

export function canDetachSegment(
  alignment: Alignment,
  linkIndex: number,
  side: SideKey,
  which: DetachWhich,
): boolean {
  return checkDetachSegment(alignment, linkIndex, side, which) === null;
}

/**
 * Inserts a gap: the first (or last) segment of one side of a link becomes a link of its own,
 * unpaired (1-0 or 0-1), placed before (or after) what remains of the link.
 */
export function detachSegment(
  alignment: Alignment,
  linkIndex: number,
  side: SideKey,
  which: DetachWhich,
): OpResult {
  const bad = checkDetachSegment(alignment, linkIndex, side, which);
  if (bad) return bad;
  const link = alignment.links[linkIndex];
  const other = otherSide(side);
  const run = link[side];
  const segment = which === 'first' ? run[0] : run[run.length - 1];
  const alone = runsOf(side, [segment], []);
  const restRun = which === 'first' ? run.slice(1) : run.slice(0, -1);
  const rest = runsOf(side, restRun, link[other]);
  const detached = personMadeLink(alone.src, alone.tgt);
  const remaining = personMadeLink(rest.src, rest.tgt, link.note);
  return spliceLinks(
    alignment,
    linkIndex,
    1,
    which === 'first' ? [detached, remaining] : [remaining, detached],
  );
}
