/**
 * A larger paragraph-level dev set, built in memory from sentence-level gold alignments (mac-dev,
 * aca, mag), the way ../shared/corpora/para-dev was built from mac-dev: consecutive gold links are
 * grouped into paragraph pairs, then each side merges some neighbouring paragraphs on its own, as
 * translators do (giving 1-2, 2-1, 2-2, ... links, and 1-0 / 0-1 where a gold null stands alone).
 * Nothing is written to disk: the corpora stay in ../shared/corpora.
 */
import type { Bead } from './alignScore';

export interface ParagraphDoc {
  readonly zh: string[];
  readonly en: string[];
  /** Links between paragraph indices, Chinese first. */
  readonly gold: Bead[];
}

export interface ParagraphDevOptions {
  /** Seed of the pseudo-random grouping (the same seed gives the same document). */
  readonly seed: number;
  /** Most gold sentence links a paragraph pair starts from (1..maxLinks, uniform). */
  readonly maxLinks?: number;
  /** Chance that a side joins a paragraph with the next one on its own. */
  readonly mergeChance?: number;
}

/** mulberry32: a small seeded generator, so the dev set is the same at every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Paragraph document from sentences and their gold links (Chinese first). A paragraph boundary is
 * only placed where the gold links before it cover exactly the first sentences of both sides, so
 * reordered (non-monotone) gold links stay inside one paragraph pair.
 */
export function paragraphDoc(
  zhLines: readonly string[],
  enLines: readonly string[],
  gold: readonly Bead[],
  options: ParagraphDevOptions,
): ParagraphDoc {
  const rand = random(options.seed);
  const maxLinks = options.maxLinks ?? 5;
  const mergeChance = options.mergeChance ?? 0.1;
  const B = gold.length;
  // cut[k]: a boundary may follow gold link k.
  const cut: boolean[] = new Array<boolean>(B).fill(false);
  const sufMin = [new Array<number>(B + 1).fill(Infinity), new Array<number>(B + 1).fill(Infinity)];
  for (let k = B - 1; k >= 0; k--)
    for (const s of [0, 1]) sufMin[s][k] = Math.min(sufMin[s][k + 1], ...gold[k][s]);
  const preMax = [-1, -1];
  for (let k = 0; k < B; k++) {
    for (const s of [0, 1]) preMax[s] = Math.max(preMax[s], ...gold[k][s]);
    cut[k] = k === B - 1 || (preMax[0] < sufMin[0][k + 1] && preMax[1] < sufMin[1][k + 1]);
  }
  // Chunks: runs of gold links, each becoming one paragraph on each side (unless merged).
  const chunks: { zh: number[]; en: number[] }[] = [];
  let current = { zh: [] as number[], en: [] as number[] };
  let size = 0;
  let target = 1 + Math.floor(rand() * maxLinks);
  for (let k = 0; k < B; k++) {
    current.zh.push(...gold[k][0]);
    current.en.push(...gold[k][1]);
    size++;
    if (k === B - 1 || (cut[k] && size >= target)) {
      chunks.push(current);
      current = { zh: [], en: [] };
      size = 0;
      target = 1 + Math.floor(rand() * maxLinks);
    }
  }
  // Each side breaks after a chunk unless it merges with the next on its own.
  const zhBreak = chunks.map((_, c) => c === chunks.length - 1 || rand() >= mergeChance);
  const enBreak = chunks.map((_, c) => c === chunks.length - 1 || rand() >= mergeChance);
  const paragraphs = (lines: readonly string[], side: 'zh' | 'en', brk: boolean[], sep: string) => {
    const texts: string[] = [];
    const ofChunk: number[] = []; // paragraph index holding each chunk's text, or -1
    let run: number[] = [];
    let from = 0;
    chunks.forEach((ch, c) => {
      run.push(...ch[side].sort((a, b) => a - b));
      if (!brk[c]) return;
      const idx = run.length > 0 ? texts.length : -1;
      if (run.length > 0) texts.push(run.map((i) => lines[i]).join(sep));
      for (let x = from; x <= c; x++) ofChunk[x] = idx;
      run = [];
      from = c + 1;
    });
    return { texts, ofChunk };
  };
  const zh = paragraphs(zhLines, 'zh', zhBreak, '');
  const en = paragraphs(enLines, 'en', enBreak, ' ');
  const links: Bead[] = [];
  let zs = new Set<number>();
  let es = new Set<number>();
  chunks.forEach((_, c) => {
    if (zh.ofChunk[c] >= 0) zs.add(zh.ofChunk[c]);
    if (en.ofChunk[c] >= 0) es.add(en.ofChunk[c]);
    if (zhBreak[c] && enBreak[c]) {
      if (zs.size + es.size > 0) links.push([[...zs], [...es]]);
      zs = new Set();
      es = new Set();
    }
  });
  return { zh: zh.texts, en: en.texts, gold: links };
}
