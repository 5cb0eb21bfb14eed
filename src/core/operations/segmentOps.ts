/** Operations on segment texts: split a segment, join two, edit one. */
import type { Alignment, Link, Segment, Side } from '../model';
import {
  joinNotes,
  markEdited,
  opError,
  personMadeLink,
  sideOf,
  type OpError,
  type OpResult,
  type SideKey,
} from './result';

function withSide(alignment: Alignment, side: SideKey, value: Side): Alignment {
  return side === 'src' ? { ...alignment, source: value } : { ...alignment, target: value };
}

function checkSegmentIndex(
  alignment: Alignment,
  side: SideKey,
  segmentIndex: number,
): OpError | null {
  const count = sideOf(alignment, side).segments.length;
  if (!Number.isInteger(segmentIndex) || segmentIndex < 0 || segmentIndex >= count) {
    return opError(`op.noSegment.${side}`, { segment: segmentIndex + 1 });
  }
  return null;
}

/** The index of the link holding a segment, or -1 (only for broken alignments). */
export function findLinkOfSegment(
  alignment: Alignment,
  side: SideKey,
  segmentIndex: number,
): number {
  return alignment.links.findIndex((link) => link[side].includes(segmentIndex));
}

function segment(id: string, text: string, importedText?: string): Segment {
  return importedText === undefined || importedText === text
    ? { id, text }
    : { id, text, importedText };
}

/**
 * Ids look like "zh12"; a new segment takes the number after the highest in use. Numbers are
 * read as BigInt, since ids from other tools can be beyond 2^53 (where Number would round
 * "zh9007199254740993" down and hand out an id already taken), and the result is checked
 * against every id of the side, so it can never collide.
 */
export function freshSegmentId(side: Side): string {
  const taken = new Set<string>();
  let max = BigInt(side.segments.length);
  for (const { id } of side.segments) {
    taken.add(id);
    const digits = id.startsWith(side.lang) ? id.slice(side.lang.length) : '';
    if (/^\d{1,400}$/.test(digits)) {
      const n = BigInt(digits);
      if (n > max) max = n;
    }
  }
  let next = max + 1n;
  while (taken.has(`${side.lang}${next}`)) next++;
  return `${side.lang}${next}`;
}

function isInsideSurrogatePair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

export function checkSplitSegment(
  alignment: Alignment,
  side: SideKey,
  segmentIndex: number,
  offset: number,
): OpError | null {
  const bad = checkSegmentIndex(alignment, side, segmentIndex);
  if (bad) return bad;
  const text = sideOf(alignment, side).segments[segmentIndex].text;
  if (!Number.isInteger(offset) || offset <= 0 || offset >= text.length) {
    return opError('op.splitNeedsCaret');
  }
  if (isInsideSurrogatePair(text, offset)) return opError('op.splitInsideCharacter');
  return null;
}

export function canSplitSegment(
  alignment: Alignment,
  side: SideKey,
  segmentIndex: number,
  offset: number,
): boolean {
  return checkSplitSegment(alignment, side, segmentIndex, offset) === null;
}

/**
 * Splits a segment's text at `offset` (UTF-16 units, as a textarea caret reports) into two
 * segments in the same link; the cut is exact, nothing is trimmed, so no text is lost.
 * The first half keeps the id (and the imported text, if the segment had been edited); the
 * second gets a fresh id. Later segment indices of that side move up by one. The link keeps its
 * status: which segments pair with which did not change.
 */
export function splitSegment(
  alignment: Alignment,
  side: SideKey,
  segmentIndex: number,
  offset: number,
): OpResult {
  const bad = checkSplitSegment(alignment, side, segmentIndex, offset);
  if (bad) return bad;
  const sideValue = sideOf(alignment, side);
  const old = sideValue.segments[segmentIndex];
  const first = segment(old.id, old.text.slice(0, offset), old.importedText);
  const second = segment(freshSegmentId(sideValue), old.text.slice(offset));
  const segments = sideValue.segments.slice();
  segments.splice(segmentIndex, 1, first, second);
  const links = alignment.links.map((link): Link => {
    const run = link[side];
    // Links wholly before the split keep their reference (structural sharing).
    if (run.length === 0 || run[run.length - 1] < segmentIndex) return link;
    // Most links lie wholly after the split: a plain shift is much cheaper than flatMap.
    if (run[0] > segmentIndex) return { ...link, [side]: run.map((i) => i + 1) };
    const renumbered = run.flatMap((i) =>
      i < segmentIndex ? [i] : i === segmentIndex ? [i, i + 1] : [i + 1],
    );
    // The link holding the cut segment was changed by hand.
    return markEdited({ ...link, [side]: renumbered });
  });
  return { ...withSide(alignment, side, { ...sideValue, segments }), links };
}

export function checkJoinSegmentWithNext(
  alignment: Alignment,
  side: SideKey,
  segmentIndex: number,
): OpError | null {
  const bad = checkSegmentIndex(alignment, side, segmentIndex);
  if (bad) return bad;
  if (segmentIndex === sideOf(alignment, side).segments.length - 1) {
    return opError(`op.joinLast.${side}`);
  }
  return null;
}

export function canJoinSegmentWithNext(
  alignment: Alignment,
  side: SideKey,
  segmentIndex: number,
): boolean {
  return checkJoinSegmentWithNext(alignment, side, segmentIndex) === null;
}

/** English texts are joined with a space (unless one already has it at the seam); Chinese with nothing. */
function seam(lang: Side['lang'], a: string, b: string): string {
  if (lang !== 'en') return '';
  return /\s$/.test(a) || /^\s/.test(b) ? '' : ' ';
}

/**
 * Joins a segment with the next one on the same side. When the two sit in different links,
 * those links (and any between them, which hold nothing on this side) are merged first, so a
 * join never leaves a segment paired with the wrong text; that merged link counts as made by
 * a person (confidence 1, status 'auto'). A join inside one link keeps its status.
 * Later segment indices of that side move down by one.
 */
export function joinSegmentWithNext(
  alignment: Alignment,
  side: SideKey,
  segmentIndex: number,
): OpResult {
  const bad = checkJoinSegmentWithNext(alignment, side, segmentIndex);
  if (bad) return bad;
  const sideValue = sideOf(alignment, side);
  const a = sideValue.segments[segmentIndex];
  const b = sideValue.segments[segmentIndex + 1];
  const sep = seam(sideValue.lang, a.text, b.text);
  const imported =
    a.importedText === undefined && b.importedText === undefined
      ? undefined
      : (a.importedText ?? a.text) + sep + (b.importedText ?? b.text);
  const joined = segment(a.id, a.text + sep + b.text, imported);
  const segments = sideValue.segments.slice();
  segments.splice(segmentIndex, 2, joined);

  const first = findLinkOfSegment(alignment, side, segmentIndex);
  const last = findLinkOfSegment(alignment, side, segmentIndex + 1);
  let links: Link[] = alignment.links.slice();
  if (first !== last) {
    const group = links.slice(first, last + 1);
    const merged = personMadeLink(
      group.flatMap((l) => l.src),
      group.flatMap((l) => l.tgt),
      joinNotes(...group.map((l) => l.note)),
    );
    links.splice(first, last - first + 1, merged);
  }
  links = links.map((link): Link => {
    const run = link[side];
    if (run.length === 0 || run[run.length - 1] <= segmentIndex) return link;
    if (run[0] > segmentIndex + 1) return { ...link, [side]: run.map((i) => i - 1) };
    const renumbered = run.flatMap((i) =>
      i <= segmentIndex ? [i] : i === segmentIndex + 1 ? [] : [i - 1],
    );
    // The link now holding the joined segment was changed by hand.
    return markEdited({ ...link, [side]: renumbered });
  });
  return { ...withSide(alignment, side, { ...sideValue, segments }), links };
}

export function checkEditSegmentText(
  alignment: Alignment,
  side: SideKey,
  segmentIndex: number,
  text: string,
): OpError | null {
  const bad = checkSegmentIndex(alignment, side, segmentIndex);
  if (bad) return bad;
  if (text.trim() === '') return opError('op.emptySegment');
  return null;
}

/**
 * Replaces a segment's text. The text as first imported is kept in `importedText` so the view
 * can show a diff; editing back to the imported text clears it. The link keeps its status
 * (a text fix does not change which segments pair with which) and is marked edited.
 */
export function editSegmentText(
  alignment: Alignment,
  side: SideKey,
  segmentIndex: number,
  text: string,
): OpResult {
  const bad = checkEditSegmentText(alignment, side, segmentIndex, text);
  if (bad) return bad;
  const sideValue = sideOf(alignment, side);
  const old = sideValue.segments[segmentIndex];
  if (old.text === text) return alignment;
  const segments = sideValue.segments.slice();
  segments[segmentIndex] = segment(old.id, text, old.importedText ?? old.text);
  const changed = withSide(alignment, side, { ...sideValue, segments });
  const home = findLinkOfSegment(alignment, side, segmentIndex);
  if (home < 0 || alignment.links[home].edited) return changed;
  const links = alignment.links.slice();
  links[home] = markEdited(links[home]);
  return { ...changed, links };
}
