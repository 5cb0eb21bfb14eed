import type { Link } from '../core/model';
import {
  checkSegmentCounts,
  DEFAULT_PARAMS,
  type AlignParams,
  type SegmentAlignOptions,
} from './alignParams';
import { findAnchors, type Anchors } from './anchors';
import { anchorBand, diagonalBand, pathBand, type Band } from './bands';
import { makeModel } from './beadCost';
import { boundaryShare, calibratedConfidence, tuneParams } from './calibration';
import { Lexicon, Vocabulary, withExtraKeysAll } from './features';
import { searchesWholeLattice, solveBanded } from './latticeSearch';
import { adoptTuning, tuneJob } from './tuneJob';
import { learnTranslations } from './learnTranslations';
import { prefixSums, readSides, type Problem } from './problem';
import { refineParagraphs } from './paragraphRefine';
import { refineSentences, type RefinedLink } from './sentenceRefine';
import { adoptTextMarks, marksWanted, readTextMarks } from './textMarks';

export {
  DEFAULT_PARAMS,
  PARAGRAPH_PRIORS,
  paramsFor,
  SENTENCE_PRIORS,
  type AlignParams,
  type BeadShape,
  type SegmentAlignOptions,
} from './alignParams';

/** Adds the time since the last call to the named phase, when timings are wanted. */
function phaseClock(
  timings?: Record<string, number>,
  now: () => number = () => performance.now(),
): (phase: string) => void {
  if (!timings) return () => {};
  let last = now();
  return (phase) => {
    const t = now();
    timings[phase] = (timings[phase] ?? 0) + (t - last);
    last = t;
  };
}

/**
 * Anchors to guide the first search, for documents too large to search whole; undefined when
 * there are too few to trust (fewer than one per 100 rows): the length diagonal is used then.
 */
function anchorsFor(p: Problem, diagonal: Band): Anchors | undefined {
  if (searchesWholeLattice(p.n, p.m)) return undefined;
  const centre = Int32Array.from(diagonal.lo, (lo, i) => (lo + diagonal.hi[i]) >> 1);
  const anchors = findAnchors(p, centre, Math.max(100, Math.round(0.05 * p.m)));
  return anchors.x.length >= Math.max(8, p.n / 100) ? anchors : undefined;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}

/**
 * Aligns two lists of segments (Chinese source, English target): a dynamic programme over
 * link shapes scoring length (calibrated per document) and lexical evidence (dictionary,
 * numbers, Latin tokens, punctuation, pinyin names). Two passes: the first path recalibrates
 * the model and narrows the band of the second, which also computes each link's posterior
 * probability as its confidence.
 */
export function alignSegments(
  srcTexts: readonly string[],
  tgtTexts: readonly string[],
  options: SegmentAlignOptions = {},
): Link[] {
  let params: AlignParams = { ...DEFAULT_PARAMS, ...options.params };
  const report = options.onProgress ?? (() => {});
  const n = srcTexts.length;
  const m = tgtTexts.length;
  const tooMany = checkSegmentCounts(n, m);
  if (tooMany) throw new Error(tooMany);
  if (n === 0 || m === 0) {
    report(1);
    return [
      ...srcTexts.map((_, k) => ({ src: [k], tgt: [], status: 'auto' as const, confidence: 1 })),
      ...tgtTexts.map((_, k) => ({ src: [], tgt: [k], status: 'auto' as const, confidence: 1 })),
    ];
  }
  const clock = phaseClock(options.timings, options.clock);
  const vocab = new Vocabulary();
  const helper = options.pairRows;
  const lexicon = new Lexicon(vocab, options.dictionary, undefined, helper?.buffer);
  // Sentence boundaries are only worth checking with word evidence (the dictionary).
  const edges = params.boundaryWeight > 0 && options.dictionary !== undefined;
  const english = options.englishSide?.(tgtTexts, edges);
  // The helper's Chinese chunks come after its English side, then the quote states and mark
  // counts (they need only the texts), which are taken when the first search starts.
  const share = options.dictionary ? options.chineseShare?.(srcTexts, edges) : undefined;
  const wants = marksWanted(params);
  const elsewhere = wants.quotes ? options.textMarks?.(srcTexts, tgtTexts, wants) : undefined;
  const sides = readSides(srcTexts, tgtTexts, lexicon, edges, english, share);
  const { src, tgt } = sides;
  report(0.15);
  clock('features');
  let problem: Problem = {
    n,
    m,
    src,
    tgt,
    srcLen: prefixSums(src),
    tgtLen: prefixSums(tgt),
    vocabSize: vocab.size,
    heads: sides.heads,
    tails: sides.tails,
  };
  const ratio =
    options.ratio ?? (problem.srcLen[n] > 0 ? problem.tgtLen[m] / problem.srcLen[n] : 1);
  // Where the lengths put each row (the boundary share and the anchors start from it).
  const diagonal = diagonalBand(problem, 0);
  if (problem.heads)
    params = { ...params, boundaryBase: params.boundaryBase * boundaryShare(problem, diagonal) };
  const first = makeModel(params, ratio || 1, params.priors);
  clock('calibration');
  const guide = anchorsFor(problem, diagonal);
  clock('anchors');
  if (wants.quotes) {
    // Taken if they are in (a helper without a free core costs no wait), computed otherwise.
    const given =
      elsewhere && (!elsewhere.ready || elsewhere.ready())
        ? adoptTextMarks(elsewhere(), wants, n, m)
        : undefined;
    const { quotes, marks } = given ?? readTextMarks(srcTexts, tgtTexts, wants);
    problem = { ...problem, ...(quotes ? { quotes } : {}), ...(marks ? { marks } : {}) };
  }
  clock('marks');
  const firstSol = solveBanded(
    problem,
    guide ? (w) => anchorBand(problem, guide, w) : (w) => diagonalBand(problem, w),
    guide ? params.anchorBand : params.band,
    first,
    1,
    false,
    (f) => report(0.15 + 0.35 * f),
    undefined,
    helper,
  );
  clock('pass 1');
  // The second search's parameters go to the helper while this thread learns translations
  // from the same path (the longer of the two); taken if they are in by then, computed here
  // otherwise.
  const firstProblem = problem;
  const tuning = helper?.tune?.(tuneJob(problem, firstSol.path, first, params));
  let learned: Map<number, number[]> | undefined;
  if (params.learnThreshold > 0) {
    const found = learnTranslations(problem, firstSol.path, first, params.learnThreshold);
    learned = found;
    if (found.size > 0) {
      const src = withExtraKeysAll(problem.src, found, helper?.buffer);
      problem = { ...problem, src };
    }
  }
  clock('learning');
  const given = tuning?.ready() ? adoptTuning(tuning.result(), params) : undefined;
  const tuned = given ?? tuneParams(firstProblem, firstSol.path, first, params);
  clock('calibration');
  const second = makeModel(tuned, ratio || 1, tuned.priors);
  const sol = solveBanded(
    problem,
    (w) => pathBand(problem, firstSol.path, second, w),
    // The first path is close to the best one: 5 (sentences) rather than 8 gave the same links
    // on the bench's 20,000 paragraphs and 10,000 lines, confidences within 2e-11 (the
    // probability outside is negligible); alignParams.ts has the paragraphs' narrower one.
    params.secondBand,
    second,
    params.temperature,
    true,
    (f) => report(0.5 + 0.5 * f),
    firstSol.pairs,
    helper,
  );
  clock('pass 2');
  const final =
    params.refineCrossing > 0 && options.dictionary
      ? refineParagraphs(
          srcTexts,
          tgtTexts,
          sol.path,
          sol.posterior,
          second.shapes,
          lexicon,
          tuned,
          ratio || 1,
        )
      : sol;
  let links: RefinedLink[] = final.path.map((s, k) => ({
    i: s.i,
    j: s.j,
    di: second.di[s.shape],
    dj: second.dj[s.shape],
    posterior: final.posterior[k],
  }));
  if (params.sentenceCrossing > 0 && options.dictionary)
    links = refineSentences(srcTexts, tgtTexts, links, lexicon, tuned, ratio || 1, learned, {
      src: problem.src,
      tgt: problem.tgt,
      vocabSize: problem.vocabSize,
    });
  clock('refinement');
  report(1);
  return links.map((s) => ({
    src: range(s.i, s.i + s.di),
    tgt: range(s.j, s.j + s.dj),
    status: 'auto' as const,
    confidence: calibratedConfidence(s.posterior, params),
  }));
}
