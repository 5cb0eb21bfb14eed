/**
 * A boundary between two neighbouring links in the wrong place: the aligner was not sure of
 * either link, one link's English is long for its Chinese and its neighbour's short, and the
 * two together have an ordinary length ratio. This is what an n-m link cut into pieces at the
 * wrong sentence looks like (measured in docs/checks.md, "boundary"). The only check that looks
 * at a link's neighbours: updateChecks re-checks the links beside an edit for it.
 */
import { contentLength } from '../align/features';
import type { Alignment, Link } from '../core/model';
import type { FlagMessageKey, FlagText } from './messages';
import { ratioScore, type DocumentProfile } from './omission';

/** Both links are below this confidence (the top band, 99% right on mac-dev, is left alone). */
export const BOUNDARY_CONFIDENCE = 0.95;
/** Each link's length-ratio z lies at least this far from the document's, on opposite sides. */
export const BOUNDARY_Z = 0.75;
/** The two links together lie within this z of the document's ratio. */
export const BOUNDARY_MERGED_Z = 1;

/** Content lengths of a link's Chinese and English (null when a side is empty). */
export type LinkLengths = readonly [zh: number, en: number] | null;

export function linkLengths(alignment: Alignment, link: Link): LinkLengths {
  if (link.src.length === 0 || link.tgt.length === 0) return null;
  let zh = 0;
  for (const i of link.src) zh += contentLength(alignment.source.segments[i].text);
  let en = 0;
  for (const j of link.tgt) en += contentLength(alignment.target.segments[j].text);
  return zh > 0 && en > 0 ? [zh, en] : null;
}

function doubted(link: Link | undefined): link is Link {
  return (
    link !== undefined &&
    link.status !== 'confirmed' &&
    link.confidence < BOUNDARY_CONFIDENCE &&
    link.src.length > 0 &&
    link.tgt.length > 0
  );
}

/**
 * The boundary message of link k (its English long and a neighbour's short, or the reverse),
 * or null. `lengths(j)` gives link j's content lengths (cached by the caller or computed).
 */
export function boundaryText(
  alignment: Alignment,
  k: number,
  profile: DocumentProfile,
  lengths: (j: number) => LinkLengths = (j) => linkLengths(alignment, alignment.links[j]),
): FlagText | null {
  const links = alignment.links;
  if (!doubted(links[k])) return null;
  if (!doubted(links[k - 1]) && !doubted(links[k + 1])) return null;
  const own = lengths(k);
  if (!own) return null;
  const z = ratioScore(own[0], own[1], profile);
  if (Math.abs(z) < BOUNDARY_Z) return null;
  let best: { strength: number; next: boolean } | null = null;
  for (const j of [k - 1, k + 1]) {
    if (!doubted(links[j])) continue;
    const other = lengths(j);
    if (!other) continue;
    const zj = ratioScore(other[0], other[1], profile);
    if (z * zj >= 0 || Math.abs(zj) < BOUNDARY_Z) continue;
    const merged = ratioScore(own[0] + other[0], own[1] + other[1], profile);
    if (Math.abs(merged) > BOUNDARY_MERGED_Z) continue;
    const strength = Math.min(Math.abs(z), Math.abs(zj));
    if (!best || strength > best.strength) best = { strength, next: j > k };
  }
  if (!best) return null;
  const key =
    `flag.msg.boundary.${best.next ? 'next' : 'previous'}.${z > 0 ? 'long' : 'short'}` as FlagMessageKey;
  return { key };
}
