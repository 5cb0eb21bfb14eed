/**
 * A boundary between two neighbouring links in the wrong place, the aligner having been unsure
 * of both: an n-m link cut at the wrong sentence (measured in docs/checks.md, "boundary").
 * Two signs of it:
 *
 * - lengths: one link's English is long for its Chinese and its neighbour's short, and the two
 *   together have an ordinary length ratio;
 * - words: several words of one link's Chinese find their English only in the other link's
 *   English (dictionary glosses, numbers, names), not in their own.
 *
 * The only check that looks at a link's neighbours: updateChecks re-checks the links beside an
 * edit for it.
 */
import type { Dictionary } from '../align/dictionary';
import { contentLength } from '../align/features';
import type { Alignment, Link } from '../core/model';
import type { FlagMessageKey, FlagText } from './messages';
import { crossMatches, ratioScore, type DocumentProfile } from './omission';

/** Both links are below this confidence (the top band, 99% right on mac-dev, is left alone). */
export const BOUNDARY_CONFIDENCE = 0.95;
/** Each link's length-ratio z lies at least this far from the document's, on opposite sides. */
export const BOUNDARY_Z = 0.75;
/** The two links together lie within this z of the document's ratio. */
export const BOUNDARY_MERGED_Z = 1;
/** For the word sign, both links are below this confidence ... */
export const CROSS_CONFIDENCE = 0.9;
/** ... and at least this many words are found across the boundary only. */
export const CROSS_WORDS = 3;

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

/** Words of links j and j + 1 found across their boundary only (crossMatches). */
export function linkCrossMatches(
  alignment: Alignment,
  j: number,
  dictionary: Dictionary | undefined,
): number {
  const a = alignment.links[j];
  const b = alignment.links[j + 1];
  const zh = (l: Link) => l.src.map((i) => alignment.source.segments[i].text).join('');
  const en = (l: Link) => l.tgt.map((i) => alignment.target.segments[i].text).join(' ');
  return crossMatches(zh(a), en(a), zh(b), en(b), dictionary);
}

export interface BoundaryInputs {
  /** Link j's content lengths (cached by the caller, or computed). */
  readonly lengths?: (j: number) => LinkLengths;
  /** Words of links j and j + 1 found across their boundary only (cached, or computed). */
  readonly cross?: (j: number) => number;
  /** For computing `cross` when it is not given. */
  readonly dictionary?: Dictionary;
}

function doubted(link: Link | undefined, below: number): link is Link {
  return (
    link !== undefined &&
    link.status !== 'confirmed' &&
    link.confidence < below &&
    link.src.length > 0 &&
    link.tgt.length > 0
  );
}

/**
 * The boundary message of link k (its English long and a neighbour's short or the reverse, or
 * its words across the boundary with a neighbour), or null. The profile is a function: it is
 * read only for a doubted link (so the app's cheap checks never wait for it).
 */
export function boundaryText(
  alignment: Alignment,
  k: number,
  profileOf: () => DocumentProfile,
  inputs: BoundaryInputs = {},
): FlagText | null {
  const links = alignment.links;
  if (!doubted(links[k], BOUNDARY_CONFIDENCE)) return null;
  if (!doubted(links[k - 1], BOUNDARY_CONFIDENCE) && !doubted(links[k + 1], BOUNDARY_CONFIDENCE))
    return null;
  const profile = profileOf();
  const lengths = inputs.lengths ?? ((j: number) => linkLengths(alignment, links[j]));
  const side = (next: boolean) => (next ? 'next' : 'previous');
  const own = lengths(k);
  if (!own) return null;
  const z = ratioScore(own[0], own[1], profile);
  if (Math.abs(z) >= BOUNDARY_Z) {
    let best: { strength: number; next: boolean } | null = null;
    for (const j of [k - 1, k + 1]) {
      if (!doubted(links[j], BOUNDARY_CONFIDENCE)) continue;
      const other = lengths(j);
      if (!other) continue;
      const zj = ratioScore(other[0], other[1], profile);
      if (z * zj >= 0 || Math.abs(zj) < BOUNDARY_Z) continue;
      const merged = ratioScore(own[0] + other[0], own[1] + other[1], profile);
      if (Math.abs(merged) > BOUNDARY_MERGED_Z) continue;
      const strength = Math.min(Math.abs(z), Math.abs(zj));
      if (!best || strength > best.strength) best = { strength, next: j > k };
    }
    if (best) {
      const key =
        `flag.msg.boundary.${side(best.next)}.${z > 0 ? 'long' : 'short'}` as FlagMessageKey;
      return { key };
    }
  }
  if (!doubted(links[k], CROSS_CONFIDENCE)) return null;
  const cross = inputs.cross ?? ((j: number) => linkCrossMatches(alignment, j, inputs.dictionary));
  let words: { count: number; next: boolean } | null = null;
  for (const j of [k - 1, k + 1]) {
    if (!doubted(links[j], CROSS_CONFIDENCE)) continue;
    const count = cross(Math.min(j, k));
    if (count >= CROSS_WORDS && (!words || count > words.count)) words = { count, next: j > k };
  }
  if (!words) return null;
  const key = `flag.msg.boundary.${side(words.next)}.words` as FlagMessageKey;
  return { key, params: { count: words.count } };
}
