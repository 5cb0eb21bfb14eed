/** Operations on what a person says about links: confirmed or not, and notes. */
import type { Alignment, Link, LinkStatus } from '../model';
import { checkLinkIndex, clearEdited, type OpError, type OpResult } from './result';

function checkLinkIndices(alignment: Alignment, linkIndices: readonly number[]): OpError | null {
  for (const i of linkIndices) {
    const bad = checkLinkIndex(alignment, i);
    if (bad) return bad;
  }
  return null;
}

/** Confirming reviews a hand edit too, so it clears the "edited" mark. */
function withStatus(link: Link, status: LinkStatus): Link {
  const next = status === 'confirmed' ? clearEdited(link) : link;
  return next.status === status ? next : { ...next, status };
}

/** Sets the status of the given links; links that already have it keep their reference. */
function setStatus(
  alignment: Alignment,
  linkIndices: readonly number[],
  status: LinkStatus,
): OpResult {
  const bad = checkLinkIndices(alignment, linkIndices);
  if (bad) return bad;
  const changing = linkIndices.filter(
    (i) => withStatus(alignment.links[i], status) !== alignment.links[i],
  );
  if (changing.length === 0) return alignment;
  const links = alignment.links.slice();
  for (const i of changing) links[i] = withStatus(links[i], status);
  return { ...alignment, links };
}

function needsConfirming(link: Link): boolean {
  return link.status !== 'confirmed' || link.edited === true;
}

export function canConfirm(alignment: Alignment, linkIndices: readonly number[]): boolean {
  return (
    checkLinkIndices(alignment, linkIndices) === null &&
    linkIndices.some((i) => needsConfirming(alignment.links[i]))
  );
}

/**
 * Marks links as checked by a person, and their hand edits as reviewed. Confidence is kept:
 * it is the aligner's opinion.
 */
export function confirm(alignment: Alignment, linkIndices: readonly number[]): OpResult {
  return setStatus(alignment, linkIndices, 'confirmed');
}

export function canUnconfirm(alignment: Alignment, linkIndices: readonly number[]): boolean {
  return (
    checkLinkIndices(alignment, linkIndices) === null &&
    linkIndices.some((i) => alignment.links[i].status === 'confirmed')
  );
}

export function unconfirm(alignment: Alignment, linkIndices: readonly number[]): OpResult {
  return setStatus(alignment, linkIndices, 'auto');
}

function upTo(linkIndex: number): number[] {
  return Array.from({ length: linkIndex + 1 }, (_, i) => i);
}

export function canConfirmAllAbove(alignment: Alignment, linkIndex: number): boolean {
  return checkLinkIndex(alignment, linkIndex) === null && canConfirm(alignment, upTo(linkIndex));
}

/** Confirms every link from the first up to and including `linkIndex` ("reviewed up to here"). */
export function confirmAllAbove(alignment: Alignment, linkIndex: number): OpResult {
  const bad = checkLinkIndex(alignment, linkIndex);
  if (bad) return bad;
  return confirm(alignment, upTo(linkIndex));
}

/** Sets a link's note; a blank note removes it. Leaves status and confidence alone. */
export function setNote(alignment: Alignment, linkIndex: number, note: string): OpResult {
  const bad = checkLinkIndex(alignment, linkIndex);
  if (bad) return bad;
  const link = alignment.links[linkIndex];
  const value = note.trim() === '' ? undefined : note;
  if (link.note === value) return alignment;
  const { note: _old, ...rest } = link;
  const updated: Link = value === undefined ? rest : { ...rest, note: value };
  const links = alignment.links.slice();
  links[linkIndex] = updated;
  return { ...alignment, links };
}
