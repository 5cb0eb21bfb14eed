/** Finding rows to jump to during review. Pure: these only compute a link index. */
import type { Link } from '../core/model';

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
  matches: (link: Link) => boolean,
): number | null {
  const n = links.length;
  for (let step = 1; step < n; step++) {
    const i = (((from + direction * step) % n) + n) % n;
    if (matches(links[i])) return i;
  }
  return null;
}
