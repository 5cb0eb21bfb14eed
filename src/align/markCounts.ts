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
const KINDS: readonly { readonly zh: RegExp; readonly en: RegExp }[] = [
  { zh: /[？?]+/g, en: /\?+/g },
  { zh: /[！!]+/g, en: /!+/g },
];

function prefixCounts(texts: readonly string[], re: RegExp): Int32Array {
  const out = new Int32Array(texts.length + 1);
  for (let k = 0; k < texts.length; k++) {
    let c = 0;
    re.lastIndex = 0;
    while (re.exec(texts[k])) c++;
    out[k + 1] = out[k] + c;
  }
  return out;
}

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
  const src = KINDS.map((k) => prefixCounts(srcTexts, k.zh));
  const tgt = KINDS.map((k) => prefixCounts(tgtTexts, k.en));
  if (quotes) {
    src.push(quotes.srcOpens);
    tgt.push(quotes.tgtOpens);
  }
  return { src, tgt, srcPacked: packed(src), tgtPacked: packed(tgt) };
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
