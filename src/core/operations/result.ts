import type { Alignment, Link, Side } from '../model';
import {
  formatOpMessage,
  type OpMessage,
  type OpMessageKey,
  type OpMessageParams,
} from './messages';

/** Which side of the alignment: the source (Chinese, left) or the target (English, right). */
export type SideKey = 'src' | 'tgt';

/**
 * Why an operation did not apply, meant for the user: in English (`error`), and by key
 * (`message`) for the interface to say in its own language.
 */
export interface OpError {
  readonly error: string;
  readonly message?: OpMessage;
}

/** An operation returns the new alignment (the same reference when nothing changed) or an error. */
export type OpResult = Alignment | OpError;

export function isOpError<T extends object>(result: T | OpError): result is OpError {
  return 'error' in result;
}

export function opError(key: OpMessageKey, params: OpMessageParams = {}): OpError {
  const message = { key, params };
  return { error: formatOpMessage(message), message };
}

export function sideOf(alignment: Alignment, side: SideKey): Side {
  return side === 'src' ? alignment.source : alignment.target;
}

export function otherSide(side: SideKey): SideKey {
  return side === 'src' ? 'tgt' : 'src';
}

export function sideName(side: SideKey): string {
  return side === 'src' ? 'source' : 'target';
}

/** The src/tgt runs of a link given one side's run and the other side's. */
export function runsOf(
  side: SideKey,
  sideRun: readonly number[],
  otherRun: readonly number[],
): Pick<Link, 'src' | 'tgt'> {
  return side === 'src' ? { src: sideRun, tgt: otherRun } : { src: otherRun, tgt: sideRun };
}

export function isEmptyLink(link: Pick<Link, 'src' | 'tgt'>): boolean {
  return link.src.length === 0 && link.tgt.length === 0;
}

export function checkLinkIndex(alignment: Alignment, linkIndex: number): OpError | null {
  if (!Number.isInteger(linkIndex) || linkIndex < 0 || linkIndex >= alignment.links.length) {
    return opError('op.noLink', { link: linkIndex + 1 });
  }
  return null;
}

/**
 * The status rule for structural edits: a link whose segments a person changed (merge, split,
 * move, detach, join across links) gets confidence 1, because a person made it, and status
 * 'auto', because confirming is always an explicit act (so "next unconfirmed" still visits it,
 * and a confirmed link that loses or gains a segment must be reviewed again).
 * Text edits and splitting a segment inside its link keep the link's status and confidence.
 * Every link a person produced is marked `edited` (see markEdited), so re-aligning keeps it.
 */
export function personMadeLink(
  src: readonly number[],
  tgt: readonly number[],
  note?: string,
): Link {
  return note === undefined
    ? { src, tgt, status: 'auto', confidence: 1, edited: true }
    : { src, tgt, status: 'auto', confidence: 1, note, edited: true };
}

/** The link marked as changed by hand; the same object when it already is. */
export function markEdited(link: Link): Link {
  return link.edited ? link : { ...link, edited: true };
}

/** The link without the hand-edited mark (confirming it is the review of the edit). */
export function clearEdited(link: Link): Link {
  if (!link.edited) return link;
  const { edited: _edited, ...rest } = link;
  return rest;
}

/** Notes of links that are merged are kept, one after the other. */
export function joinNotes(...notes: readonly (string | undefined)[]): string | undefined {
  const kept = notes.filter((n): n is string => n !== undefined && n !== '');
  return kept.length === 0 ? undefined : kept.join('\n');
}

/** Replaces links[start, start + deleteCount) by `inserted`, without touching the input. */
export function spliceLinks(
  alignment: Alignment,
  start: number,
  deleteCount: number,
  inserted: readonly Link[],
): Alignment {
  const links = alignment.links.slice();
  links.splice(start, deleteCount, ...inserted);
  return { ...alignment, links };
}
