import { chineseUnits, englishUnits, type Lexicon, type SegmentUnits } from './features';
import type { PairMatrix } from './pairMatcher';
import type { QuoteStates } from './quoteState';
import { splitChineseSentences, splitEnglishSentences } from './sentences';

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
}

/** Pair evidence inside a band: whole segments, and their first and last sentences. */
export interface Pairs {
  readonly main: PairMatrix;
  readonly head?: PairMatrix;
  readonly tail?: PairMatrix;
}

export interface Step {
  /** Start cell (prefix lengths) of the bead. */
  readonly i: number;
  readonly j: number;
  readonly shape: number;
}

/** Units of the first and the last sentence of every segment (the whole segment when it has one). */
export function sentenceEdges(
  srcTexts: readonly string[],
  tgtTexts: readonly string[],
  lexicon: Lexicon,
  whole: { readonly src: readonly SegmentUnits[]; readonly tgt: readonly SegmentUnits[] },
): Pick<Problem, 'heads' | 'tails'> {
  const edgesOf = (
    texts: readonly string[],
    split: (t: string) => string[],
    units: (t: string) => SegmentUnits,
    segments: readonly SegmentUnits[],
  ) => {
    const heads: SegmentUnits[] = [];
    const tails: SegmentUnits[] = [];
    for (let k = 0; k < texts.length; k++) {
      const t = texts[k];
      const s = split(t);
      if (s.length <= 1) {
        // A one-sentence segment is its own first and last sentence: reuse its units.
        const u = segments[k];
        heads.push(u);
        tails.push(u);
      } else {
        heads.push(units(s[0]));
        tails.push(units(s[s.length - 1]));
      }
    }
    return { heads, tails };
  };
  const zh = edgesOf(srcTexts, splitChineseSentences, (t) => chineseUnits(t, lexicon), whole.src);
  const en = edgesOf(tgtTexts, splitEnglishSentences, (t) => englishUnits(t, lexicon), whole.tgt);
  return { heads: { src: zh.heads, tgt: en.heads }, tails: { src: zh.tails, tgt: en.tails } };
}

export function prefixSums(values: readonly SegmentUnits[]): Float64Array {
  const out = new Float64Array(values.length + 1);
  for (let k = 0; k < values.length; k++) out[k + 1] = out[k] + values[k].length;
  return out;
}
