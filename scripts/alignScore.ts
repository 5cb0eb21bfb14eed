/** Scoring of predicted against gold links, as ../shared/tools/score.py computes it. */

export type Bead = readonly [readonly number[], readonly number[]];

export function parseAlignFile(text: string): Bead[] {
  const out: Bead[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || !line.includes(':')) continue;
    const k = line.indexOf(':');
    const nums = (s: string) => (s.match(/\d+/g) ?? []).map(Number);
    out.push([nums(line.slice(0, k)), nums(line.slice(k + 1))]);
  }
  return out;
}

export interface Counts {
  tp: number;
  pred: number;
  gold: number;
  laxPredHit: number;
  laxGoldHit: number;
  laxPred: number;
  laxGold: number;
}

export function emptyCounts(): Counts {
  return { tp: 0, pred: 0, gold: 0, laxPredHit: 0, laxGoldHit: 0, laxPred: 0, laxGold: 0 };
}

const key = (b: Bead) => `${b[0].join(',')}:${b[1].join(',')}`;

function overlaps(a: Bead, b: Bead): boolean {
  return a[0].some((x) => b[0].includes(x)) && a[1].some((y) => b[1].includes(y));
}

function laxHits(from: readonly Bead[], against: readonly Bead[]): number {
  const bySrc = new Map<number, Bead[]>();
  for (const b of against) for (const i of b[0]) bySrc.set(i, [...(bySrc.get(i) ?? []), b]);
  return from.filter((b) => b[0].some((i) => (bySrc.get(i) ?? []).some((g) => overlaps(b, g))))
    .length;
}

/** Adds one document's counts (strict: exact beads, nulls included; lax: overlapping non-null beads). */
export function addCounts(acc: Counts, gold: readonly Bead[], pred: readonly Bead[]): Counts {
  const goldKeys = new Set(gold.map(key));
  const gn = gold.filter((b) => b[0].length > 0 && b[1].length > 0);
  const pn = pred.filter((b) => b[0].length > 0 && b[1].length > 0);
  acc.tp += pred.filter((b) => goldKeys.has(key(b))).length;
  acc.pred += pred.length;
  acc.gold += gold.length;
  acc.laxPredHit += laxHits(pn, gn);
  acc.laxGoldHit += laxHits(gn, pn);
  acc.laxPred += pn.length;
  acc.laxGold += gn.length;
  return acc;
}

export interface Scores {
  strictP: number;
  strictR: number;
  strictF1: number;
  laxP: number;
  laxR: number;
  laxF1: number;
  gold: number;
  pred: number;
}

const f1 = (p: number, r: number) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

export function scoresOf(c: Counts): Scores {
  const strictP = c.pred ? c.tp / c.pred : 0;
  const strictR = c.gold ? c.tp / c.gold : 0;
  const laxP = c.laxPred ? c.laxPredHit / c.laxPred : 0;
  const laxR = c.laxGold ? c.laxGoldHit / c.laxGold : 0;
  return {
    strictP,
    strictR,
    strictF1: f1(strictP, strictR),
    laxP,
    laxR,
    laxF1: f1(laxP, laxR),
    gold: c.gold,
    pred: c.pred,
  };
}

export function formatScores(s: Scores): string {
  const f = (x: number) => x.toFixed(3);
  return `strict P ${f(s.strictP)} R ${f(s.strictR)} F1 ${f(s.strictF1)} | lax P ${f(s.laxP)} R ${f(s.laxR)} F1 ${f(s.laxF1)} | gold ${s.gold} pred ${s.pred}`;
}
