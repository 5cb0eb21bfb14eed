/** The aligner's parameters: link-shape priors per segment level and the model's settings. */
import type { ChineseShareReader } from './chineseShare';
import type { EnglishSideReader } from './englishSide';
import type { PairRowsHelper } from './pairRows';
import type { TextMarksReader } from './textMarks';
import type { Dictionary } from './dictionary';
import type { SplitMode } from './segment';

export type BeadShape = readonly [number, number];

/** Bead shapes searched, with prior probabilities fitted on the dev corpora (per level). */
export const PARAGRAPH_PRIORS: Readonly<Record<string, number>> = {
  '1-1': 0.82,
  '2-1': 0.085,
  '1-2': 0.045,
  '2-2': 0.01,
  '3-1': 0.01,
  '1-3': 0.008,
  '1-4': 0.003,
  '4-1': 0.003,
  '2-3': 0.002,
  '3-2': 0.002,
  '1-0': 0.02,
  '0-1': 0.02,
};
export const SENTENCE_PRIORS: Readonly<Record<string, number>> = {
  '1-1': 0.74,
  '1-2': 0.12,
  '2-1': 0.04,
  '1-3': 0.03,
  '2-2': 0.01,
  '1-4': 0.012,
  '4-1': 0.002,
  '3-1': 0.003,
  '2-3': 0.006,
  '3-2': 0.003,
  '1-0': 0.005,
  '0-1': 0.003,
};

/** Aligner settings fitted on the dev corpora for a segment level (link-type priors and more). */
export function paramsFor(split: SplitMode): Partial<AlignParams> {
  return split === 'paragraphs'
    ? {
        priors: PARAGRAPH_PRIORS,
        boundaryWeight: 15,
        boundaryBase: 0.25,
        refineCrossing: 3e-5,
        refineBelow: 0.99,
        // Paragraph paths stay close to the anchor line and the first path: these narrower
        // bands (±6 and ±5 before) give the same links and confidences bit for bit on the
        // bench's 2,000 and 20,000 paragraphs and on 3,149 paragraphs built from the
        // sentence-level gold, and the same links with confidences within 1.5e-11 on 3,621
        // built with more merges (the probability outside the band is negligible); none
        // widened. Pass 1 has 44% fewer cells, pass 2 31% fewer. Sentences need the wider
        // ones: their paths stray further (narrower bands widen again, or change confidences).
        // The second band at ±2 rather than ±3 (2026-12-03): bit for bit the same on the
        // bench's 2,000 and 20,000 paragraphs, on para-dev three times over (1,473 paragraphs)
        // and on two documents built from the sentence gold (3,077 and 2,757 paragraphs); on
        // one built with many merges (2,056, mergeChance 0.4) the same links, confidences within
        // 6.7e-7. Pass 2 has 22% fewer cells at 20,000 paragraphs. The first band at ±2 widens
        // again (two searches): not taken.
        anchorBand: 3,
        secondBand: 2,
      }
    : {
        priors: SENTENCE_PRIORS,
        learnThreshold: 0.6,
        sentenceCrossing: 3e-5,
        sentenceBelow: 0.995,
        sentenceShift: 0.7,
        ...SENTENCE_CONFIDENCE,
      };
}

/**
 * Sentence-level posteriors are too low in the middle and slightly too high at the top (0.6 was
 * right 75% of the time on mac-dev, 0.999 99.6%): confidence = sigmoid(0.78 logit(p) + 0.55),
 * fitted by maximum likelihood on mac-dev's links. ECE mac-dev 0.039 -> 0.011, mag 0.019 ->
 * 0.012, aca 0.005 -> 0.006 (npm run eval). Paragraph posteriors are already within 0.012.
 */
const SENTENCE_CONFIDENCE = { confidenceSlope: 0.78, confidenceShift: 0.55 };

export interface AlignParams {
  /** Link-type probabilities; the keys are the shapes searched. */
  readonly priors: Readonly<Record<string, number>>;
  /** Standard deviation of the log length ratio, before calibration. */
  readonly sigma: number;
  readonly lengthWeight: number;
  readonly lexicalWeight: number;
  /**
   * Units are not independent, so a bead's log-likelihood ratio is damped by its size:
   * divided by (total unit weight)^lexicalDamping.
   */
  readonly lexicalDamping: number;
  /** Chance matches are measured between a paired segment and the one this far from its partner. */
  readonly chanceOffset: number;
  /**
   * Weight of the boundary feature (first sentences match, last sentences match), for
   * paragraphs; 0 turns it off. Each boundary's matched share above boundaryBase × (the
   * document's mean share for paired segments) gains.
   */
  readonly boundaryWeight: number;
  readonly boundaryBase: number;
  /**
   * Dice coefficient from which word pairs co-occurring in the first path's 1-1 links are taken
   * as translations for the second pass; 0 turns learning off.
   */
  readonly learnThreshold: number;
  /** Beads with less unit weight than this are not damped. */
  readonly dampingFloor: number;
  /** Cost of each unmatched strong unit (number, Latin token); each matched one gains as much. */
  readonly strongWeight: number;
  /**
   * Cost of a 1-0 / 0-1 link at the very start or end of a side (titles, bylines, page trailers),
   * replacing the null prior there.
   */
  readonly edgeNullCost: number;
  /** Added to a 1-0 / 0-1 link's cost per unit of its segment: long passages are rarely left out. */
  readonly nullUnitCost: number;
  /** Chance-match rate per unit of weight on the other side, and the true-pair match rate. */
  readonly lambda: number;
  readonly pi: number;
  /** Scales costs into log-probabilities for the posterior (confidence). */
  readonly temperature: number;
  /**
   * A link's confidence is sigmoid(confidenceSlope * logit(posterior) + confidenceShift): the
   * posterior recalibrated per level against measured accuracy (calibration.ts).
   */
  readonly confidenceSlope: number;
  readonly confidenceShift: number;
  /** Initial half-width of the search band, in segments. */
  readonly band: number;
  /**
   * Half-width of the first search's band around the line through anchors, for documents with
   * enough anchors (aligner.ts); it widens if the path reaches its edge.
   */
  readonly anchorBand: number;
  /** Least half-width of the second search's band around the first path. */
  readonly secondBand: number;
  /** Pseudo-count pulling re-estimated priors toward the fitted ones. */
  readonly priorStrength: number;
  /** Smoothing of lengths (target characters) in the length model. */
  readonly lengthSmoothing: number;
  /**
   * Quote state (quoteState.ts): a link whose last segments end one inside and one outside a
   * quotation pays quoteCost in the first pass; the second pass pays quoteWeight × the
   * log-likelihood ratio measured on the first path. quoteWeight 0 turns the feature off.
   */
  readonly quoteWeight: number;
  readonly quoteCost: number;
  /** Mark counts (markCounts.ts): weight of the measured costs (0 = off), and the costs per kind. */
  readonly markWeight: number;
  readonly markCosts: readonly number[];
  /**
   * Paragraph refinement (paragraphRefine.ts): neighbouring 1-1 links, one of them less
   * confident than refineBelow, become a 2-2 link when their sentences pass through the
   * paragraph breaks with a posterior below refineCrossing. 0 turns it off.
   */
  readonly refineCrossing: number;
  readonly refineBelow: number;
  /**
   * Sentence refinement (sentenceRefine.ts): neighbouring sentence links, both less confident
   * than sentenceBelow, become one link when their clauses pass through the point where both
   * breaks meet with a posterior below sentenceCrossing. 0 turns it off.
   */
  readonly sentenceCrossing: number;
  readonly sentenceBelow: number;
  /**
   * The same check moves the break between the two links to another segment break when the
   * clauses pass through it with a posterior above sentenceShift. 0 turns it off.
   */
  readonly sentenceShift: number;
}

export const DEFAULT_PARAMS: AlignParams = {
  priors: PARAGRAPH_PRIORS,
  sigma: 0.35,
  lengthWeight: 1,
  lexicalWeight: 0.7,
  lexicalDamping: 0.25,
  dampingFloor: 1,
  learnThreshold: 0.7,
  boundaryWeight: 0,
  boundaryBase: 0.2,
  chanceOffset: 3,
  strongWeight: 0.8,
  edgeNullCost: 1.5,
  nullUnitCost: 0.1,
  lambda: 0.003,
  pi: 0.35,
  temperature: 1,
  confidenceSlope: 1,
  confidenceShift: 0,
  band: 16,
  anchorBand: 6,
  secondBand: 5,
  priorStrength: 60,
  lengthSmoothing: 12,
  quoteWeight: 1,
  quoteCost: 0,
  markWeight: 1,
  markCosts: [],
  refineCrossing: 0,
  refineBelow: 1,
  sentenceCrossing: 0,
  sentenceBelow: 1,
  sentenceShift: 0,
};

export interface SegmentAlignOptions {
  readonly dictionary?: Dictionary;
  /** English characters per Chinese character; estimated from the texts when absent. */
  readonly ratio?: number;
  readonly params?: Partial<AlignParams>;
  /** Called with a fraction in [0, 1] as the work advances. */
  readonly onProgress?: (fraction: number) => void;
  /** Filled with milliseconds per phase (features, pass 1, calibration, ...), for the bench. */
  readonly timings?: Record<string, number>;
  /** The clock of `timings`, in milliseconds (default performance.now; the bench passes CPU time). */
  readonly clock?: () => number;
  /**
   * Reads the English side's units elsewhere while this thread reads the Chinese side (the CLI
   * passes a worker thread for large inputs): the same result, sooner on two cores.
   */
  readonly englishSide?: EnglishSideReader;
  /**
   * Reads chunks of the Chinese side elsewhere (the CLI's worker thread, after the English side)
   * while this thread reads the others: the same units and key ids (chineseShare.ts). Only with
   * a dictionary.
   */
  readonly chineseShare?: ChineseShareReader;
  /**
   * Computes the quote states and mark counts elsewhere (the CLI's worker thread, after the
   * English units and its Chinese chunks) while this thread reads the Chinese side and finds the
   * anchors: the same numbers (textMarks.ts). Taken if they are in when the first search starts,
   * computed here otherwise.
   */
  readonly textMarks?: TextMarksReader;
  /**
   * Computes the last rows of each search's pair evidence elsewhere (the CLI's worker thread)
   * while this thread computes the first ones: the same values (pairRows.ts).
   */
  readonly pairRows?: PairRowsHelper;
}

/**
 * Most segments a side the aligner takes. Memory grows linearly with the segment count and the
 * search band is capped (latticeSearch.ts): a 100,000-line pair peaks at 910 MB (`npm run
 * bench`); the stated budget is 1.5 GB (docs/aligner.md). Larger corpora are aligned in parts.
 */
export const MAX_SEGMENTS_PER_SIDE = 200_000;

/** The refusal for a side over the limit, or null. */
export function checkSegmentCounts(zh: number, en: number): string | null {
  const over =
    zh > MAX_SEGMENTS_PER_SIDE
      ? ['Chinese', zh]
      : en > MAX_SEGMENTS_PER_SIDE
        ? ['English', en]
        : null;
  if (!over) return null;
  return (
    `the ${over[0]} text has ${over[1].toLocaleString('en-US')} segments; the aligner takes at most ` +
    `${MAX_SEGMENTS_PER_SIDE.toLocaleString('en-US')} a side: split the pair into parts (e.g. by chapter)`
  );
}
