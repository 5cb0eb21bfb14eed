/**
 * Mark counts: how many questions, exclamations (and, from quoteState.ts, quotations) a link
 * holds on each side. A translator keeps most questions as questions, so a link with two on
 * one side and one on the other has likely cut at the wrong place. Each kind's cost is measured
 * per document (how often linked segments agree against random partners), so a translation that
 * turns exclamations into full stops just switches that kind off.
 */
import type { AlignParams } from './alignParams';
import type { Model } from './beadCost';
import type { Step } from './problem';
import type { QuoteStates } from './quoteState';

/** Per kind, prefix sums of the count per segment. */
export interface MarkCounts {
  readonly src: readonly Int32Array[];
  readonly tgt: readonly Int32Array[];
  /** The kinds' prefix sums packed into one number per segment (see packed()). */
  readonly srcPacked: Float64Array;
  readonly tgtPacked: Float64Array;
}

/** Chinese and English marks of each kind; a run of them counts once (？！ → 1 each kind). */
export const KINDS: readonly { readonly zh: RegExp; readonly en: RegExp }[] = [
  { zh: /[？?]+/g, en: /\?+/g },
  { zh: /[！!]+/g, en: /!+/g },
];

/**
 * Per kind, prefix sums of how many runs of its marks each text holds (what KINDS' patterns
 * find), all kinds in one scan of each text: `any` matches a run of any one
 * kind (the kinds' patterns joined by |, each a run of its own marks, none of which another
 * kind has), and `kindOf` tells the kind from a run's first code unit.
 */
export function prefixCountsOfKinds(
  texts: readonly string[],
  any: RegExp,
  kinds: number,
  kindOf: (c: number) => number,
): Int32Array[] {
  const out = Array.from({ length: kinds }, () => new Int32Array(texts.length + 1));
  const counts = new Int32Array(kinds);
  for (let k = 0; k < texts.length; k++) {
    counts.fill(0);
    const text = texts[k];
    any.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = any.exec(text)) !== null) counts[kindOf(text.charCodeAt(m.index))]++;
    for (let q = 0; q < kinds; q++) out[q][k + 1] = out[q][k] + counts[q];
  }
  return out;
}

/** A run of question marks or of exclamation marks (KINDS' patterns in one), on each side. */
const ZH_RUNS = /[？?]+|[！!]+/g;
const EN_RUNS = /\?+|!+/g;
const kindOfMark = (c: number) => (c === 0xff1f || c === 0x3f ? 0 : 1);

/**
 * All kinds' prefix sums in one number per segment (kind k in base-65536 digit k), so that most
 * links, whose counts agree on every kind, cost one comparison. Exact while a link holds fewer
 * than 65,536 marks of a kind and the sums stay below 2^53.
 */
function packed(prefixes: readonly Int32Array[]): Float64Array {
  const out = new Float64Array(prefixes[0].length);
  prefixes.forEach((p, k) => {
    const scale = 65536 ** k;
    for (let x = 0; x < p.length; x++) out[x] += p[x] * scale;
  });
  return out;
}

/** Counts of questions and exclamations, plus the quotations started (quoteState.ts) if given. */
export function markCounts(
  srcTexts: readonly string[],
  tgtTexts: readonly string[],
  quotes?: Pick<QuoteStates, 'srcOpens' | 'tgtOpens'>,
): MarkCounts {
  const src = prefixCountsOfKinds(srcTexts, ZH_RUNS, KINDS.length, kindOfMark);
  const tgt = prefixCountsOfKinds(tgtTexts, EN_RUNS, KINDS.length, kindOfMark);
  if (quotes) {
    src.push(quotes.srcOpens);
    tgt.push(quotes.tgtOpens);
  }
  return makeMarkCounts(src, tgt, packed(src), packed(tgt));
}

/** A MarkCounts object: every maker of one makes it here, so that they all have one shape. */
export function makeMarkCounts(
  src: Int32Array[],
  tgt: Int32Array[],
  srcPacked: Float64Array,
  tgtPacked: Float64Array,
): MarkCounts {
  return { src, tgt, srcPacked, tgtPacked };
}

/**
 * The cost a link pays, per kind, when its two sides hold different counts: the log-likelihood
 * ratio of a disagreement between random partners (chanceOffset apart) and between the first
 * path's linked segments, times `weight`; 0 where the kind tells nothing in this document.
 */
export function countMismatchCost(
  src: Int32Array,
  tgt: Int32Array,
  path: readonly Step[],
  model: Pick<Model, 'shapes'>,
  params: Pick<AlignParams, 'chanceOffset'>,
  weight: number,
): number {
  let agree = 0;
  let links = 0;
  let randAgree = 0;
  let rand = 0;
  let marked = 0;
  const m = tgt.length - 1;
  for (const s of path) {
    const [di, dj] = model.shapes[s.shape];
    if (di === 0 || dj === 0) continue;
    const a = src[s.i + di] - src[s.i];
    const b = tgt[s.j + dj] - tgt[s.j];
    links++;
    if (a > 0 || b > 0) marked++;
    if (a === b) agree++;
    for (const off of [-params.chanceOffset, params.chanceOffset]) {
      const r = s.j + off;
      if (r < 0 || r + dj > m) continue;
      rand++;
      if (a === tgt[r + dj] - tgt[r]) randAgree++;
    }
  }
  if (links < 8 || rand === 0 || marked < 3) return 0;
  // Add-one smoothing keeps the ratio finite when every link agrees.
  const pLink = (agree + 1) / (links + 2);
  const pRand = (randAgree + 1) / (rand + 2);
  if (pLink <= pRand) return 0;
  return weight * Math.log((1 - pRand) / (1 - pLink));
}

/** Sum of the kinds' costs for a link (i..i+di, j..j+dj). */
export function markCost(
  c: MarkCounts,
  costs: Float64Array,
  i: number,
  di: number,
  j: number,
  dj: number,
): number {
  const a = c.srcPacked;
  const b = c.tgtPacked;
  if (a[i + di] - a[i] === b[j + dj] - b[j]) return 0;
  let cost = 0;
  for (let k = 0; k < costs.length; k++) {
    if (costs[k] === 0) continue;
    const s = c.src[k];
    const t = c.tgt[k];
    if (s[i + di] - s[i] !== t[j + dj] - t[j]) cost += costs[k];
  }
  return cost;
}
