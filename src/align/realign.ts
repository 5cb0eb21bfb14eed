import type { Alignment, Link } from '../core/model';
import { alignSegments, paramsFor, type AlignParams } from './aligner';
import type { Dictionary } from './dictionary';
import { contentLength } from './features';
import type { SplitMode } from './segment';

export interface RealignOptions {
  readonly dictionary?: Dictionary;
  /** The level the segments were cut at, for the matching settings (paragraphs by default). */
  readonly split?: SplitMode;
  readonly params?: Partial<AlignParams>;
  readonly onProgress?: (fraction: number) => void;
  /** Restrict the work to links [from, to) (indices into alignment.links); default: all. */
  readonly range?: { readonly from: number; readonly to: number };
}

interface Stretch {
  /** Links [from, to) of the input are replaced. */
  readonly from: number;
  readonly to: number;
  readonly src: readonly number[];
  readonly tgt: readonly number[];
}

function stretches(links: readonly Link[], from: number, to: number): Stretch[] {
  const out: Stretch[] = [];
  let k = from;
  while (k < to) {
    if (links[k].status === 'confirmed') {
      k++;
      continue;
    }
    const start = k;
    const src: number[] = [];
    const tgt: number[] = [];
    while (k < to && links[k].status !== 'confirmed') {
      src.push(...links[k].src);
      tgt.push(...links[k].tgt);
      k++;
    }
    out.push({ from: start, to: k, src, tgt });
  }
  return out;
}

/** Options of the one re-align path (worker and page alike). */
export interface StretchAlignOptions {
  /** The level the document's segments were cut at (`AlignDocument.level`). */
  readonly level: SplitMode;
  readonly dictionary?: Dictionary;
  readonly params?: Partial<AlignParams>;
}

/**
 * How every re-alignment aligns a stretch of a document: the settings of the document's level,
 * its dictionary when there is one, and the length ratio of the whole document, so that a short
 * stretch is judged like the rest. The worker (realignBetweenConfirmed) and the page's
 * fallback (the 'realign-stretch' command) both call this, so `r` gives the same result.
 */
export function alignStretch(
  alignment: Alignment,
  options: StretchAlignOptions,
): (src: readonly string[], tgt: readonly string[], onProgress?: (f: number) => void) => Link[] {
  const chars = (side: Alignment['source']) =>
    side.segments.reduce((a, s) => a + contentLength(s.text), 0);
  const srcChars = chars(alignment.source);
  const tgtChars = chars(alignment.target);
  const ratio = srcChars > 0 && tgtChars > 0 ? tgtChars / srcChars : undefined;
  const params = { ...paramsFor(options.level), ...options.params };
  return (src, tgt, onProgress) =>
    alignSegments(src, tgt, { dictionary: options.dictionary, params, ratio, onProgress });
}

/**
 * Re-aligns only the unconfirmed stretches between confirmed links: confirmed links are kept
 * as they are (the same objects), every stretch of other links is replaced by a fresh
 * automatic alignment of exactly the segments it covered. The length ratio is the whole
 * document's, so short stretches stay calibrated. Returns the same alignment when there is
 * nothing to re-align.
 */
export function realignBetweenConfirmed(
  alignment: Alignment,
  options: RealignOptions = {},
): Alignment {
  const links = alignment.links;
  const from = Math.max(0, options.range?.from ?? 0);
  const to = Math.min(links.length, options.range?.to ?? links.length);
  const work = stretches(links, from, to);
  if (work.length === 0) return alignment;
  const srcTexts = alignment.source.segments.map((s) => s.text);
  const tgtTexts = alignment.target.segments.map((s) => s.text);
  const align = alignStretch(alignment, {
    level: options.split ?? 'paragraphs',
    dictionary: options.dictionary,
    params: options.params,
  });
  const total = work.reduce((a, s) => a + s.src.length + s.tgt.length, 0) || 1;
  let done = 0;
  const out: Link[] = [];
  let k = 0;
  for (const stretch of work) {
    out.push(...links.slice(k, stretch.from));
    const size = stretch.src.length + stretch.tgt.length;
    const fresh = align(
      stretch.src.map((i) => srcTexts[i]),
      stretch.tgt.map((j) => tgtTexts[j]),
      (f) => options.onProgress?.((done + f * size) / total),
    );
    for (const link of fresh) {
      out.push({
        ...link,
        src: link.src.map((i) => stretch.src[i]),
        tgt: link.tgt.map((j) => stretch.tgt[j]),
      });
    }
    done += size;
    k = stretch.to;
  }
  out.push(...links.slice(k));
  options.onProgress?.(1);
  return { ...alignment, links: out };
}
