/**
 * Parameter sweeps for the aligner (development aid): `tsx scripts/tune.ts '{"lexicalWeight":[0.5,1]}'`
 * prints strict F1 per corpus for every combination, plus whether the bundled sample aligns as expected.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { alignSegments, type AlignParams } from '../src/align/aligner';
import { paramsFor } from '../src/align/alignTexts';
import { loadNodeDictionary } from '../src/align/nodeDictionary';
import { segmentText, type SplitMode } from '../src/align/segment';
import { addCounts, emptyCounts, parseAlignFile, scoresOf, type Bead } from './alignScore';

const C = resolve(import.meta.dirname, '../../shared/corpora');
const ROOT = resolve(import.meta.dirname, '..');
const dictionary = loadNodeDictionary();

interface Job {
  corpus: string;
  split: SplitMode;
  zh: string[];
  en: string[];
  gold: Bead[];
  swapped: boolean;
}

function jobs(): Job[] {
  const out: Job[] = [];
  const para = join(C, 'para-dev');
  for (const f of readdirSync(para).filter((x) => x.endsWith('.gold.align'))) {
    const n = f.replace('.gold.align', '');
    out.push({
      corpus: 'para-dev',
      split: 'paragraphs',
      zh: segmentText(readFileSync(join(para, `${n}.zh.txt`), 'utf8'), 'zh', 'paragraphs'),
      en: segmentText(readFileSync(join(para, `${n}.en.txt`), 'utf8'), 'en', 'paragraphs'),
      gold: parseAlignFile(readFileSync(join(para, f), 'utf8')),
      swapped: false,
    });
  }
  for (const [name, swapped] of [
    ['mac-dev', false],
    ['aca', true],
    ['mag', true],
  ] as const) {
    for (const id of readdirSync(join(C, name, 'gold')).map((x) => x.replace('.align', ''))) {
      out.push({
        corpus: name,
        split: 'lines',
        zh: segmentText(
          readFileSync(join(C, name, swapped ? 'tgt' : 'src', id), 'utf8'),
          'zh',
          'lines',
        ),
        en: segmentText(
          readFileSync(join(C, name, swapped ? 'src' : 'tgt', id), 'utf8'),
          'en',
          'lines',
        ),
        gold: parseAlignFile(readFileSync(join(C, name, 'gold', `${id}.align`), 'utf8')),
        swapped,
      });
    }
  }
  return out;
}

function sampleOk(params: Partial<AlignParams>): string {
  const zh = segmentText(readFileSync(join(ROOT, 'data/huanqiu-2011-04-28/zh.txt'), 'utf8'), 'zh');
  const en = segmentText(readFileSync(join(ROOT, 'data/huanqiu-2011-04-28/en.txt'), 'utf8'), 'en');
  const links = alignSegments(zh, en, {
    dictionary,
    params: { ...paramsFor('paragraphs'), ...params },
  });
  return links.map((l) => `${l.src.join(',')}:${l.tgt.join(',')}`).join(' ');
}

const grid: Record<string, number[]> = JSON.parse(process.argv[2] ?? '{}');
const keys = Object.keys(grid);
const combos: Record<string, number>[] = [{}];
for (const k of keys) {
  const next: Record<string, number>[] = [];
  for (const c of combos) for (const v of grid[k]) next.push({ ...c, [k]: v });
  combos.splice(0, combos.length, ...next);
}
const only = process.env.ONLY;
const all = jobs().filter((j) => !only || j.corpus === only);
for (const combo of combos) {
  const per = new Map<string, ReturnType<typeof emptyCounts>>();
  for (const job of all) {
    const links = alignSegments(job.zh, job.en, {
      dictionary,
      params: { ...paramsFor(job.split), ...combo },
    });
    const pred: Bead[] = links.map((l) => (job.swapped ? [l.tgt, l.src] : [l.src, l.tgt]));
    addCounts(
      per.get(job.corpus) ?? per.set(job.corpus, emptyCounts()).get(job.corpus)!,
      job.gold,
      pred,
    );
  }
  const f = [...per].map(([k, c]) => `${k} ${scoresOf(c).strictF1.toFixed(3)}`).join('  ');
  console.log(`${JSON.stringify(combo)}  ${f}  sample ${sampleOk(combo)}`);
}
