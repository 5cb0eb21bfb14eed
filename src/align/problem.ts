import type { Lexicon, SegmentUnits } from './features';
import type { EdgeShares, PairMatrix } from './pairMatcher';
import type { QuoteStates } from './quoteState';
import type { MarkCounts } from './markCounts';
import { adoptEnglishSide, type EnglishSide } from './englishSide';
import { englishSentenceRangesOfAll } from './sentences';
import { readChineseShared, type ChineseShare } from './chineseShare';

/** One document's features, ready for the search: units and cumulative lengths per side. */
export interface Problem {
  readonly n: number;
  readonly m: number;
  readonly src: readonly SegmentUnits[];
  readonly tgt: readonly SegmentUnits[];
  readonly srcLen: Float64Array;
  readonly tgtLen: Float64Array;
  readonly vocabSize: number;
  /** First and last sentence of each segment, when the boundary feature is on. */
  readonly heads?: { readonly src: readonly SegmentUnits[]; readonly tgt: readonly SegmentUnits[] };
  readonly tails?: { readonly src: readonly SegmentUnits[]; readonly tgt: readonly SegmentUnits[] };
  /** Quote state at the end of each segment, when the quote feature is on. */
  readonly quotes?: QuoteStates;
  /** Question, exclamation and quotation counts per link, when the mark feature is on. */
  readonly marks?: MarkCounts;
}

/** Pair evidence inside a band: whole segments, and their first and last sentences. */
export interface Pairs {
  readonly main: PairMatrix;
  /** First- and last-sentence shares, when the boundary feature is on. */
  readonly edges?: EdgeShares;
}

export interface Step {
  /** Start cell (prefix lengths) of the bead. */
  readonly i: number;
  readonly j: number;
  readonly shape: number;
}

/**
 * Reads both sides into units; with `edges`, also the units of each segment's first and last
 * sentence (from the same pass: a one-sentence segment shares its units). `english`, when given,
 * waits for the English side read elsewhere while this thread read the Chinese one (see
 * englishSide.ts: the same units and key ids); when it gives nothing, the side is read here.
 * `share`, when given, reads part of the Chinese side elsewhere (chineseShare.ts: the same).
 */
export function readSides(
  srcTexts: readonly string[],
  tgtTexts: readonly string[],
  lexicon: Lexicon,
  edges: boolean,
  english?: () => EnglishSide | undefined,
  share?: ChineseShare,
): Pick<Problem, 'src' | 'tgt' | 'heads' | 'tails'> {
  const src: SegmentUnits[] = [];
  const heads = { src: [] as SegmentUnits[], tgt: [] as SegmentUnits[] };
  const tails = { src: [] as SegmentUnits[], tgt: [] as SegmentUnits[] };
  if (share && lexicon.chineseWords)
    for (const f of readChineseShared(srcTexts, lexicon, edges, share)) {
      src.push(f.units);
      heads.src.push(f.head);
      tails.src.push(f.tail);
    }
  else
    for (const t of srcTexts) {
      const f = lexicon.chinese(t, edges);
      src.push(f.units);
      heads.src.push(f.head);
      tails.src.push(f.tail);
    }
  const side = english?.();
  if (side) {
    const read = adoptEnglishSide(side, lexicon.vocab);
    if (!edges) return { src, tgt: read.units };
    const tgt = read.units;
    return {
      src,
      tgt,
      heads: { src: heads.src, tgt: read.heads },
      tails: { src: tails.src, tgt: read.tails },
    };
  }
  const tgt: SegmentUnits[] = [];
  // Sentences of all English segments at once: far fewer calls to Intl.Segmenter.
  const cuts = edges ? englishSentenceRangesOfAll(tgtTexts) : undefined;
  for (let k = 0; k < tgtTexts.length; k++) {
    const f = lexicon.english(tgtTexts[k], edges, cuts, k);
    tgt.push(f.units);
    heads.tgt.push(f.head);
    tails.tgt.push(f.tail);
  }
  return edges ? { src, tgt, heads, tails } : { src, tgt };
}

export function prefixSums(values: readonly SegmentUnits[]): Float64Array {
  const out = new Float64Array(values.length + 1);
  for (let k = 0; k < values.length; k++) out[k + 1] = out[k] + values[k].length;
  return out;
}
