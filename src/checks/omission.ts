/**
 * The omission check, two ways: (a) the sentences inside one pair are aligned with the real
 * aligner, and a sentence left without a counterpart is reported; (b) the pair's length ratio
 * lies far outside the document's own distribution (a histogram of log ratios, kept up to date
 * cheaply as links change).
 */
import { alignSegments, paramsFor } from '../align/aligner';
import type { Dictionary } from '../align/dictionary';
import { contentLength } from '../align/features';
import { splitChineseSentences, splitEnglishSentences } from '../align/sentences';

/**
 * A null sentence shorter than this (content characters; Chinese / English) is not reported.
 * English sentences with no Chinese are common in literary translation (explanations, split
 * dialogue), so only long ones are reported.
 */
export const MIN_OMITTED_ZH = 8;
export const MIN_OMITTED_EN = 60;
/** Pairs with more sentences than this on a side are left to the ratio check (cost grows fast). */
const MAX_SENTENCES = 40;

export interface OmissionFinding {
  readonly message: string;
  readonly zh: readonly string[];
  readonly en: readonly string[];
}

function shorten(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Sentences of one side with no counterpart on the other, by a sentence alignment of the pair. */
export function sentenceOmissions(
  zhText: string,
  enText: string,
  dictionary?: Dictionary,
  ratio?: number,
): OmissionFinding | null {
  const zh = splitChineseSentences(zhText);
  const en = splitEnglishSentences(enText);
  if (zh.length + en.length < 3 || zh.length === 0 || en.length === 0) return null;
  if (zh.length > MAX_SENTENCES || en.length > MAX_SENTENCES) return null;
  const links = alignSegments(zh, en, {
    dictionary,
    params: paramsFor('sentences'),
    ...(ratio ? { ratio } : {}),
  });
  const zhLost: string[] = [];
  const enLost: string[] = [];
  for (const l of links) {
    if (l.tgt.length === 0) {
      for (const i of l.src) if (contentLength(zh[i]) >= MIN_OMITTED_ZH) zhLost.push(zh[i]);
    } else if (l.src.length === 0) {
      for (const j of l.tgt) if (contentLength(en[j]) >= MIN_OMITTED_EN) enLost.push(en[j]);
    }
  }
  if (zhLost.length === 0 && enLost.length === 0) return null;
  const parts: string[] = [];
  if (zhLost.length > 0) {
    parts.push(
      zhLost.length === 1
        ? `A Chinese sentence has no English counterpart: “${shorten(zhLost[0])}”`
        : `${zhLost.length} Chinese sentences have no English counterpart, from “${shorten(zhLost[0])}”`,
    );
  }
  if (enLost.length > 0) {
    parts.push(
      enLost.length === 1
        ? `An English sentence has no Chinese counterpart: “${shorten(enLost[0])}”`
        : `${enLost.length} English sentences have no Chinese counterpart, from “${shorten(enLost[0])}”`,
    );
  }
  return { message: `${parts.join('; ')}.`, zh: zhLost, en: enLost };
}

// ---------------------------------------------------------------- length ratio

/** Log ratios (English / Chinese content characters) are counted in bins of this width. */
const BIN_WIDTH = 0.02;
const BIN_MIN = -4;
export const RATIO_BINS = 400;
/** Pairs shorter than this on the Chinese side have too noisy a ratio to judge. */
export const MIN_RATIO_ZH = 12;
/**
 * Flag a pair whose log ratio is this many robust standard deviations below (English short:
 * something left out) or above (English long: something added) the document's median.
 */
export const RATIO_Z_SHORT = 2;
export const RATIO_Z_LONG = 3.5;

/** The histogram bin of a pair's log length ratio, or -1 when the pair is not counted. */
export function ratioBin(zhLen: number, enLen: number): number {
  if (zhLen < MIN_RATIO_ZH || enLen === 0) return -1;
  const x = Math.log(enLen / zhLen);
  return Math.max(0, Math.min(RATIO_BINS - 1, Math.floor((x - BIN_MIN) / BIN_WIDTH)));
}

export interface RatioBand {
  /** Median log ratio and a robust standard deviation (1.4826 × median absolute deviation). */
  readonly median: number;
  readonly sigma: number;
  readonly count: number;
}

function binCenter(b: number): number {
  return BIN_MIN + (b + 0.5) * BIN_WIDTH;
}

/** Median and robust spread of the document's ratios, from the histogram in O(bins). */
export function ratioBand(histogram: Int32Array, count: number): RatioBand | null {
  if (count < 8) return null;
  let seen = 0;
  let mid = 0;
  for (let b = 0; b < RATIO_BINS; b++) {
    seen += histogram[b];
    if (seen * 2 >= count) {
      mid = b;
      break;
    }
  }
  // Median absolute deviation: widen around the median bin until half the pairs are inside.
  let inside = histogram[mid];
  let r = 0;
  while (inside * 2 < count && r < RATIO_BINS) {
    r++;
    if (mid - r >= 0) inside += histogram[mid - r];
    if (mid + r < RATIO_BINS) inside += histogram[mid + r];
  }
  const mad = Math.max(r, 1) * BIN_WIDTH;
  return { median: binCenter(mid), sigma: 1.4826 * mad, count };
}

/**
 * How far outside the document's own distribution a pair's ratio lies, in robust standard
 * deviations (negative: the English is short), widened for short pairs whose ratio is noisier.
 */
export function ratioScore(zhLen: number, enLen: number, band: RatioBand): number {
  const x = Math.log(Math.max(enLen, 1) / zhLen);
  const widen = Math.sqrt(1 + 40 / zhLen);
  return (x - band.median) / (band.sigma * widen);
}

export function ratioMessage(zhLen: number, enLen: number, band: RatioBand): string {
  const share = Math.round((100 * (enLen / zhLen)) / Math.exp(band.median));
  return share < 100
    ? `The English is much shorter than usual for this much Chinese (about ${share}% of the usual length): something may be left out.`
    : `The English is much longer than usual for this much Chinese (about ${share}% of the usual length): something may be added.`;
}
