/** Re-aligning the unconfirmed stretch around a link, with whatever aligner the caller passes. */
import { findViolation } from '../invariants';
import type { Alignment, Link } from '../model';
import {
  checkLinkIndex,
  isOpError,
  joinNotes,
  opError,
  type OpError,
  type OpResult,
} from './result';

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

export function checkRealignStretch(alignment: Alignment, linkIndex: number): OpError | null {
  const bad = checkLinkIndex(alignment, linkIndex);
  if (bad) return bad;
  const link = alignment.links[linkIndex];
  if (link.status === 'confirmed') {
    return opError('op.realignConfirmed');
  }
  if (link.edited) {
    return opError('op.realignEdited');
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
 * The fresh links for one stretch, from the aligner's proposal (indices relative to the
 * stretch), with the notes of the old links moved to the new link holding their first
 * segment; an error when the proposal breaks the invariants; null when it is what was there.
 */
function freshStretch(
  alignment: Alignment,
  { first, last }: Stretch,
  proposed: readonly Pick<Link, 'src' | 'tgt' | 'confidence'>[],
): Link[] | OpError | null {
  const old = alignment.links.slice(first, last + 1);
  const srcRun = old.flatMap((l) => l.src);
  const tgtRun = old.flatMap((l) => l.tgt);
  // Runs are contiguous (an invariant), so the stretch starts at its first index on each side.
  const srcStart = srcRun[0] ?? 0;
  const tgtStart = tgtRun[0] ?? 0;
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
  if (violation) return opError('op.realignUnusable', { detail: violation.message });

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
  return sameLinks(old, fresh) ? null : fresh;
}

/** The texts of a stretch's segments, in order, as the aligner takes them. */
function stretchTexts(alignment: Alignment, { first, last }: Stretch) {
  const old = alignment.links.slice(first, last + 1);
  return {
    src: old.flatMap((l) => l.src).map((i) => alignment.source.segments[i].text),
    tgt: old.flatMap((l) => l.tgt).map((i) => alignment.target.segments[i].text),
  };
}

/** Replaces stretches (in document order) by their fresh links. */
function replaceStretches(
  alignment: Alignment,
  stretches: readonly Stretch[],
  propose: (stretch: Stretch, index: number) => readonly Pick<Link, 'src' | 'tgt' | 'confidence'>[],
): OpResult {
  const replaced: { stretch: Stretch; fresh: Link[] }[] = [];
  for (const [k, stretch] of stretches.entries()) {
    const fresh = freshStretch(alignment, stretch, propose(stretch, k));
    if (fresh === null) continue;
    if (isOpError(fresh)) return fresh;
    replaced.push({ stretch, fresh });
  }
  if (replaced.length === 0) return alignment;
  const links = alignment.links.slice();
  // From the end, so the earlier stretches keep their indices.
  for (const { stretch, fresh } of replaced.reverse()) {
    links.splice(stretch.first, stretch.last - stretch.first + 1, ...fresh);
  }
  return { ...alignment, links };
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
  if (bad) return bad;
  const stretch = findRealignStretch(alignment, linkIndex)!;
  return replaceStretches(alignment, [stretch], (s) => {
    const texts = stretchTexts(alignment, s);
    return align(texts.src, texts.tgt);
  });
}

/**
 * The stretches re-aligning the rows first..last (inclusive) may change: the runs of links
 * in that range that are neither confirmed nor changed by hand, in order.
 */
export function findRealignStretchesIn(
  alignment: Alignment,
  first: number,
  last: number,
): Stretch[] {
  const links = alignment.links;
  const from = Math.max(0, Math.min(first, last));
  const to = Math.min(links.length - 1, Math.max(first, last));
  const out: Stretch[] = [];
  let k = from;
  while (k <= to) {
    if (isRealignAnchor(links[k])) {
      k++;
      continue;
    }
    const start = k;
    while (k + 1 <= to && !isRealignAnchor(links[k + 1])) k++;
    out.push({ first: start, last: k });
    k++;
  }
  return out;
}

export function checkRealignRange(
  alignment: Alignment,
  first: number,
  last: number,
): OpError | null {
  const bad = checkLinkIndex(alignment, first) ?? checkLinkIndex(alignment, last);
  if (bad) return bad;
  if (findRealignStretchesIn(alignment, first, last).length === 0) {
    return opError('op.realignAllKept');
  }
  return null;
}

export function canRealignRange(alignment: Alignment, first: number, last: number): boolean {
  return checkRealignRange(alignment, first, last) === null;
}

/**
 * Aligns a stretch of a range; `index` is its place among the range's stretches (see
 * findRealignStretchesIn), for callers that computed every stretch's alignment beforehand.
 */
export type RangeAligner = (
  src: readonly string[],
  tgt: readonly string[],
  index: number,
) => readonly Pick<Link, 'src' | 'tgt' | 'confidence'>[];

/**
 * Re-aligns only the rows first..last: each run of links in the range that is neither
 * confirmed nor changed by hand is replaced by a fresh alignment of exactly its segments (as
 * realignStretch does for one stretch); confirmed and hand-edited links inside the range, and
 * every link outside it, stay the same objects. Returns the same alignment when nothing changes.
 */
export function realignRange(
  alignment: Alignment,
  first: number,
  last: number,
  align: RangeAligner,
): OpResult {
  const bad = checkRealignRange(alignment, first, last);
  if (bad) return bad;
  return replaceStretches(alignment, findRealignStretchesIn(alignment, first, last), (s, k) => {
    const texts = stretchTexts(alignment, s);
    return align(texts.src, texts.tgt, k);
  });
}

/**
 * What an aligner run over a whole document (with everything outside the stretches held
 * fixed) proposed for each stretch: its links falling inside the stretch, with indices
 * relative to the stretch, ready to be passed back as a RangeAligner's answers.
 */
export function stretchProposals(
  alignment: Alignment,
  stretches: readonly Stretch[],
  realigned: Alignment,
): Pick<Link, 'src' | 'tgt' | 'confidence'>[][] {
  const spans = stretches.map(({ first, last }) => {
    const old = alignment.links.slice(first, last + 1);
    const src = old.flatMap((l) => l.src);
    const tgt = old.flatMap((l) => l.tgt);
    return {
      srcStart: src[0] ?? 0,
      srcEnd: (src[0] ?? 0) + src.length,
      tgtStart: tgt[0] ?? 0,
      tgtEnd: (tgt[0] ?? 0) + tgt.length,
    };
  });
  const out = spans.map((): Pick<Link, 'src' | 'tgt' | 'confidence'>[] => []);
  for (const link of realigned.links) {
    const k = spans.findIndex((s) =>
      link.src.length > 0
        ? link.src[0] >= s.srcStart && link.src[0] < s.srcEnd
        : link.tgt[0] >= s.tgtStart && link.tgt[0] < s.tgtEnd,
    );
    if (k < 0) continue;
    const s = spans[k];
    out[k].push({
      src: link.src.map((i) => i - s.srcStart),
      tgt: link.tgt.map((j) => j - s.tgtStart),
      confidence: link.confidence,
    });
  }
  return out;
}
