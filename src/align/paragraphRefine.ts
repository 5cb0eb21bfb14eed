/**
 * Paragraph refinement from sentence evidence. Two neighbouring 1-1 paragraph links are joined
 * into one 2-2 link when the translator moved the paragraph break: the sentences of the two
 * paragraph pairs are aligned together, and if (almost) no sentence alignment passes through the
 * point where both paragraph breaks meet, a sentence crosses the break and the pair is one link.
 * Only strong crossing evidence merges (the posterior of passing through the break below
 * `refineCrossing`): a loose rule makes false 2-2 links on texts it was not tuned on.
 */
import { SENTENCE_PRIORS, type AlignParams } from './alignParams';
import { BeadCosts, makeModel, type Model } from './beadCost';
import { chineseUnits, englishUnits, type Lexicon, type SegmentUnits } from './features';
import { PairMatrix, UnitMatcher } from './pairMatcher';
import { prefixSums, type Problem, type Step } from './problem';
import { splitChineseSentences, splitEnglishSentences } from './sentences';
import { quoteStates } from './quoteState';
import { markCounts } from './markCounts';

const LOG_ZERO = -1e300;

/**
 * One matcher per lexicon for the blocks' pair evidence: a matcher holds two arrays as long as
 * the vocabulary, and the blocks are many and small. Made anew (with room to grow) when the
 * vocabulary has outgrown it.
 */
const matchers = new WeakMap<Lexicon, UnitMatcher>();

export function blockMatcher(lexicon: Lexicon): UnitMatcher {
  const size = lexicon.vocab.size;
  let matcher = matchers.get(lexicon);
  if (!matcher || matcher.vocabSize < size) {
    matcher = new UnitMatcher(Math.ceil(size * 1.25) + 64);
    matchers.set(lexicon, matcher);
  }
  return matcher;
}

function logAdd(a: number, b: number): number {
  if (a === LOG_ZERO) return b;
  if (b === LOG_ZERO) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

/**
 * Probability that the sentence alignment of two paragraph pairs passes through the cell where
 * the first pair ends (a Chinese and b English sentences in): forward–backward over the full
 * lattice of the block, with the sentence-level link priors, quote state and mark counts (their
 * costs are the document's, measured at paragraph level).
 */
export function breakPosterior(
  zh: readonly string[],
  en: readonly string[],
  a: number,
  b: number,
  lexicon: Lexicon,
  model: Model,
  /** The sentences' units when the caller has them (a paragraph is in two neighbouring blocks). */
  units?: { readonly src: readonly SegmentUnits[]; readonly tgt: readonly SegmentUnits[] },
): number {
  return throughPosteriors(zh, en, lexicon, model, units)(a, b);
}

/**
 * The same for every cell at once: a function giving the probability that the alignment of the
 * block passes through the cell (a, b).
 */
export function throughPosteriors(
  zh: readonly string[],
  en: readonly string[],
  lexicon: Lexicon,
  model: Model,
  units?: { readonly src: readonly SegmentUnits[]; readonly tgt: readonly SegmentUnits[] },
): (a: number, b: number) => number {
  const src = units?.src ?? zh.map((t) => chineseUnits(t, lexicon));
  const tgt = units?.tgt ?? en.map((t) => englishUnits(t, lexicon));
  const n = src.length;
  const m = tgt.length;
  const quotes = quoteStates(zh, en);
  const p: Problem = {
    n,
    m,
    src,
    tgt,
    srcLen: prefixSums(src),
    tgtLen: prefixSums(tgt),
    vocabSize: lexicon.vocab.size,
    quotes,
    marks: markCounts(zh, en, quotes),
  };

  const pairs = {
    main: new PairMatrix(
      src,
      tgt,
      p.vocabSize,
      new Int32Array(n),
      new Int32Array(n).fill(m - 1),
      undefined,
      blockMatcher(lexicon),
    ),
  };
  const beads = new BeadCosts(p, pairs, model);
  const W = m + 1;
  const S = model.shapes.length;
  const costs = new Float64Array((n + 1) * W * S).fill(Infinity);
  const alpha = new Float64Array((n + 1) * W).fill(LOG_ZERO);
  const beta = new Float64Array((n + 1) * W).fill(LOG_ZERO);
  alpha[0] = 0;
  const { di: dis, dj: djs } = model;
  for (let i = 0; i <= n; i++)
    for (let j = 0; j <= m; j++) {
      let acc = alpha[i * W + j];
      for (let s = 0; s < S; s++) {
        const di = dis[s];
        const dj = djs[s];
        if (i < di || j < dj) continue;
        const prev = alpha[(i - di) * W + j - dj];
        if (prev === LOG_ZERO) continue;
        const c = beads.cost(i - di, j - dj, s);
        costs[(i * W + j) * S + s] = c;
        acc = logAdd(acc, prev - c);
      }
      alpha[i * W + j] = acc;
    }
  beta[n * W + m] = 0;
  for (let i = n; i >= 0; i--)
    for (let j = m; j >= 0; j--) {
      let acc = beta[i * W + j];
      for (let s = 0; s < S; s++) {
        const di = dis[s];
        const dj = djs[s];
        if (i + di > n || j + dj > m) continue;
        const next = beta[(i + di) * W + j + dj];
        const c = costs[((i + di) * W + j + dj) * S + s];
        if (next === LOG_ZERO || c === Infinity) continue;
        acc = logAdd(acc, next - c);
      }
      beta[i * W + j] = acc;
    }
  const z = alpha[n * W + m];
  return (a, b) => Math.min(1, Math.exp(alpha[a * W + b] + beta[a * W + b] - z));
}

/**
 * Joins neighbouring 1-1 links into 2-2 links where a sentence crosses the paragraph breaks.
 * Returns the path and posteriors unchanged when nothing is joined.
 */
export function refineParagraphs(
  srcTexts: readonly string[],
  tgtTexts: readonly string[],
  path: readonly Step[],
  posterior: readonly number[],
  shapes: readonly (readonly [number, number])[],
  lexicon: Lexicon,
  params: AlignParams,
  ratio: number,
): { path: Step[]; posterior: number[] } {
  const twoTwo = shapes.findIndex(([a, b]) => a === 2 && b === 2);
  if (twoTwo < 0 || params.refineCrossing <= 0)
    return { path: [...path], posterior: [...posterior] };
  // The sentences are aligned with the sentence-level priors and this document's other settings.
  const model = makeModel(
    { ...params, priors: SENTENCE_PRIORS, boundaryWeight: 0 },
    ratio,
    SENTENCE_PRIORS,
  );
  const is11 = (s: Step) => shapes[s.shape][0] === 1 && shapes[s.shape][1] === 1;
  // Sentences and their units per paragraph, kept for the next block (which shares a paragraph).
  type Sentences = { texts: string[]; units: SegmentUnits[] };
  let last: { zh: Sentences; en: Sentences; i: number; j: number } | undefined;
  const zhOf = (i: number): Sentences => {
    if (last?.i === i) return last.zh;
    const texts = splitChineseSentences(srcTexts[i]);
    return { texts, units: texts.map((t) => chineseUnits(t, lexicon)) };
  };
  const enOf = (j: number): Sentences => {
    if (last?.j === j) return last.en;
    const texts = splitEnglishSentences(tgtTexts[j]);
    return { texts, units: texts.map((t) => englishUnits(t, lexicon)) };
  };
  const outPath: Step[] = [];
  const outPost: number[] = [];
  for (let k = 0; k < path.length; k++) {
    const s = path[k];
    const t = path[k + 1];
    // Only links the search was not sure of are checked (a few percent): the check aligns sentences.
    if (t && is11(s) && is11(t) && Math.max(posterior[k], posterior[k + 1]) < params.refineBelow) {
      const zhA = zhOf(s.i);
      const enA = enOf(s.j);
      const zhB = zhOf(t.i);
      const enB = enOf(t.j);
      last = { zh: zhB, en: enB, i: t.i, j: t.j };
      const through = breakPosterior(
        [...zhA.texts, ...zhB.texts],
        [...enA.texts, ...enB.texts],
        zhA.texts.length,
        enA.texts.length,
        lexicon,
        model,
        { src: [...zhA.units, ...zhB.units], tgt: [...enA.units, ...enB.units] },
      );
      if (through < params.refineCrossing) {
        outPath.push({ i: s.i, j: s.j, shape: twoTwo });
        outPost.push(1 - through);
        k++;
        continue;
      }
    }
    outPath.push(s);
    outPost.push(posterior[k]);
  }
  return { path: outPath, posterior: outPost };
}
