/** Finding rows to jump to during review. Pure: these only compute a link index. */
import type { Alignment, Link } from '../core/model';
import { findLinkOfSegment } from '../core/operations';

/** Below this confidence an unconfirmed link is worth a second look. */
export const LOW_CONFIDENCE_THRESHOLD = 0.5;

export function isLowConfidence(link: Link): boolean {
  return link.status !== 'confirmed' && link.confidence < LOW_CONFIDENCE_THRESHOLD;
}

export function isUnconfirmed(link: Link): boolean {
  return link.status !== 'confirmed';
}

/**
 * The nearest link after (direction 1) or before (-1) `from` that matches, wrapping around
 * the ends like a search does; null when no other link matches.
 */
export function findLink(
  links: readonly Link[],
  from: number,
  direction: 1 | -1,
  matches: (link: Link, index: number) => boolean,
): number | null {
  const n = links.length;
  for (let step = 1; step < n; step++) {
    const i = (((from + direction * step) % n) + n) % n;
    if (matches(links[i], i)) return i;
  }
  return null;
}

/**
 * The first link that differs between two alignments, found cheaply through structural
 * sharing (unchanged links and segments keep their references); null when none does.
 * Undo and redo select it, so the change they bring back is in view.
 */
export function firstChangedLink(a: Alignment, b: Alignment): number | null {
  if (a.links !== b.links) {
    const n = Math.min(a.links.length, b.links.length);
    for (let i = 0; i < n; i++) if (a.links[i] !== b.links[i]) return i;
    return a.links.length === b.links.length ? null : Math.max(0, n - 1);
  }
  for (const side of ['src', 'tgt'] as const) {
    const sa = side === 'src' ? a.source.segments : a.target.segments;
    const sb = side === 'src' ? b.source.segments : b.target.segments;
    if (sa === sb) continue;
    const n = Math.min(sa.length, sb.length);
    let k = 0;
    while (k < n && sa[k] === sb[k]) k++;
    const link = findLinkOfSegment(b, side, Math.min(k, sb.length - 1));
    if (link >= 0) return link;
  }
  return null;
}
