/** Re-aligning the unconfirmed stretch around a link, with whatever aligner the caller passes. */
import { findViolation } from '../invariants';
import type { Alignment, Link } from '../model';
import { checkLinkIndex, joinNotes, opError, type OpResult } from './result';

/**
 * Aligns a run of source texts with a run of target texts; indices in the links it returns
 * are relative to the runs. Passed in, so the core stays free of the aligner (src/align).
 */
export type StretchAligner = (
  src: readonly string[],
  tgt: readonly string[],
) => readonly Pick<Link, 'src' | 'tgt' | 'confidence'>[];

export interface Stretch {
  /** First and last link index of the stretch, inclusive. */
  readonly first: number;
  readonly last: number;
}

/** Links re-aligning never changes: confirmed ones, and ones a person changed by hand. */
export function isRealignAnchor(link: Link): boolean {
  return link.status === 'confirmed' || link.edited === true;
}

/**
 * The links around `linkIndex` that re-aligning may change: up to the nearest confirmed or
 * hand-edited link (or the ends). Null when `linkIndex` is itself such a link.
 */
export function findRealignStretch(alignment: Alignment, linkIndex: number): Stretch | null {
  const links = alignment.links;
  if (checkLinkIndex(alignment, linkIndex) || isRealignAnchor(links[linkIndex])) return null;
  let first = linkIndex;
  while (first > 0 && !isRealignAnchor(links[first - 1])) first--;
  let last = linkIndex;
  while (last < links.length - 1 && !isRealignAnchor(links[last + 1])) last++;
  return { first, last };
}

export function checkRealignStretch(alignment: Alignment, linkIndex: number): string | null {
  const bad = checkLinkIndex(alignment, linkIndex);
  if (bad) return bad;
  const link = alignment.links[linkIndex];
  if (link.status === 'confirmed') {
    return 'This row is confirmed; re-aligning only changes unconfirmed rows. Select another row.';
  }
  if (link.edited) {
    return 'This row was changed by hand, so re-aligning keeps it. Select a row next to it, or confirm it.';
  }
  return null;
}

export function canRealignStretch(alignment: Alignment, linkIndex: number): boolean {
  return checkRealignStretch(alignment, linkIndex) === null;
}

function sameLinks(a: readonly Link[], b: readonly Link[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (l, i) =>
        l.confidence === b[i].confidence &&
        l.note === b[i].note &&
        l.src.join() === b[i].src.join() &&
        l.tgt.join() === b[i].tgt.join(),
    )
  );
}

/**
 * Replaces the stretch around `linkIndex` (see findRealignStretch) by a fresh alignment of its
 * segments. Confirmed and hand-edited links are the anchors and never change. The new links are the aligner's
 * (status 'auto', its confidence); a note moves to the new link holding the first segment of
 * the link it was on. Returns the same alignment when the aligner finds what was there.
 */
export function realignStretch(
  alignment: Alignment,
  linkIndex: number,
  align: StretchAligner,
): OpResult {
  const bad = checkRealignStretch(alignment, linkIndex);
  if (bad) return opError(bad);
  const { first, last } = findRealignStretch(alignment, linkIndex)!;
  const old = alignment.links.slice(first, last + 1);
  const srcRun = old.flatMap((l) => l.src);
  const tgtRun = old.flatMap((l) => l.tgt);
  // Runs are contiguous (an invariant), so the stretch starts at its first index on each side.
  const srcStart = srcRun[0] ?? 0;
  const tgtStart = tgtRun[0] ?? 0;
  const proposed = align(
    srcRun.map((i) => alignment.source.segments[i].text),
    tgtRun.map((i) => alignment.target.segments[i].text),
  );
  const local: Alignment = {
    source: {
      ...alignment.source,
      segments: alignment.source.segments.slice(srcStart, srcStart + srcRun.length),
    },
    target: {
      ...alignment.target,
      segments: alignment.target.segments.slice(tgtStart, tgtStart + tgtRun.length),
    },
    links: proposed.map((l) => ({
      src: l.src,
      tgt: l.tgt,
      status: 'auto',
      confidence: l.confidence,
    })),
  };
  const violation = findViolation(local);
  if (violation) return opError(`The aligner gave an unusable result: ${violation.message}.`);

  const fresh: Link[] = proposed.map((l) => ({
    src: l.src.map((i) => i + srcStart),
    tgt: l.tgt.map((i) => i + tgtStart),
    status: 'auto',
    confidence: l.confidence,
  }));
  const notes = new Map<number, (string | undefined)[]>();
  for (const l of old) {
    if (l.note === undefined) continue;
    const home = fresh.findIndex((f) =>
      l.src.length > 0 ? f.src.includes(l.src[0]) : f.tgt.includes(l.tgt[0]),
    );
    notes.set(home, [...(notes.get(home) ?? []), l.note]);
  }
  for (const [i, list] of notes) {
    const note = joinNotes(...list);
    if (note !== undefined) fresh[i] = { ...fresh[i], note };
  }
  if (sameLinks(old, fresh)) return alignment;
  const links = alignment.links.slice();
  links.splice(first, old.length, ...fresh);
  return { ...alignment, links };
}
