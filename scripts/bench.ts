/**
 * npm run bench: time to align N paragraphs a side, N = 2,000 and 20,000, and the growth factor.
 * Inputs are built at run time by repeating the para-dev texts from ../shared/corpora
 * (nothing is committed); without the corpora, a synthetic bilingual text is used.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { alignSegments } from '../src/align/aligner';
import { paramsFor } from '../src/align/alignTexts';
import { loadNodeDictionary } from '../src/align/nodeDictionary';
import { splitParagraphs } from '../src/align/paragraphs';

const PARA = resolve(import.meta.dirname, '../../shared/corpora/para-dev');

interface Pair {
  readonly zh: readonly string[];
  readonly en: readonly string[];
}

/** Parallel documents (each a zh and an en paragraph list that translate each other). */
function corpusDocuments(): Pair[] {
  if (existsSync(PARA)) {
    return readdirSync(PARA)
      .filter((x) => x.endsWith('.zh.txt'))
      .sort()
      .map((f) => ({
        zh: splitParagraphs(readFileSync(join(PARA, f), 'utf8')),
        en: splitParagraphs(readFileSync(join(PARA, f.replace('.zh.', '.en.')), 'utf8')),
      }));
  }
  const zh: string[] = [];
  const en: string[] = [];
  for (let k = 0; k < 500; k++) {
    const n = 2 + (k % 7);
    zh.push(`第${k}段。${'我们在北京讨论人权和经济问题。'.repeat(n)}`);
    en.push(
      `Paragraph ${k}. ${'We discussed human rights and economic questions in Beijing. '.repeat(n)}`,
    );
  }
  return [{ zh, en }];
}

/** Whole documents one after another until the Chinese side has about n paragraphs. */
function repeatTo(docs: readonly Pair[], n: number): { zh: string[]; en: string[] } {
  const zh: string[] = [];
  const en: string[] = [];
  for (let k = 0; zh.length < n; k++) {
    const d = docs[k % docs.length];
    zh.push(...d.zh);
    en.push(...d.en);
  }
  return { zh, en };
}

/** Wall-clock and CPU seconds (CPU time is what to compare on a shared, busy machine). */
function timeAlign(zh: readonly string[], en: readonly string[]): { wall: number; cpu: number } {
  const dictionary = loadNodeDictionary();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  alignSegments(zh, en, { dictionary, params: { ...paramsFor('paragraphs') } });
  const c = process.cpuUsage(c0);
  return { wall: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6 };
}

const t0 = performance.now();
loadNodeDictionary();
const dictSeconds = (performance.now() - t0) / 1000;
const base = corpusDocuments();
console.log(`dictionary load (once per process): ${dictSeconds.toFixed(2)} s`);
const results: Record<number, { wall: number; cpu: number }> = {};
for (const n of [2000, 20000]) {
  const { zh, en } = repeatTo(base, n);
  results[n] = timeAlign(zh, en);
  const rss = process.memoryUsage().rss / 1e6;
  console.log(
    `${String(n).padStart(6)} paragraphs a side (${zh.length} zh, ${en.length} en): ` +
      `${results[n].wall.toFixed(2)} s wall, ${results[n].cpu.toFixed(2)} s CPU (rss ${rss.toFixed(0)} MB)`,
  );
}
console.log(
  `growth for 10x input: ${(results[20000].wall / results[2000].wall).toFixed(1)}x wall, ` +
    `${(results[20000].cpu / results[2000].cpu).toFixed(1)}x CPU`,
);
