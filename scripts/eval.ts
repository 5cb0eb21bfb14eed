/**
 * npm run eval: aligns every corpus in ../shared/corpora and prints strict / lax P/R/F1
 * (as ../shared/tools/score.py computes them), and how reliable the confidences are: per level,
 * links by confidence band with their strict accuracy, and the expected calibration error (ECE).
 * para-syn is a larger paragraph-level set built in memory from the sentence-level gold of mac-dev,
 * aca and mag (scripts/paragraphDevSet.ts), for checking paragraph-level changes beyond para-dev.
 * Options: --write DIR (predicted .align files, e.g. for score.py), --only NAME,
 * --params JSON (aligner parameter overrides, for tuning), --no-dict.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Link } from '../src/core/model';
import { alignSegments, type AlignParams } from '../src/align/aligner';
import { loadNodeDictionary } from '../src/align/nodeDictionary';
import { segmentText, type SplitMode } from '../src/align/segment';
import {
  addCounts,
  emptyCounts,
  formatScores,
  parseAlignFile,
  scoresOf,
  type Bead,
} from './alignScore';
import { paramsFor } from '../src/align/alignTexts';
import { paragraphDoc } from './paragraphDevSet';
import { Reliability } from './reliability';

const CORPORA = resolve(import.meta.dirname, '../../shared/corpora');

interface Doc {
  readonly name: string;
  /** The segments of both sides and the gold links (read from the corpus, or built in memory). */
  readonly load: () => { zh: string[]; en: string[]; gold: Bead[] };
  /** Gold has English on the left (aca, mag): swap the predicted sides when scoring. */
  readonly swapped: boolean;
}

interface Corpus {
  readonly name: string;
  readonly split: SplitMode;
  readonly docs: Doc[];
}

function fileDoc(
  name: string,
  zh: string,
  en: string,
  gold: string,
  split: SplitMode,
  swapped: boolean,
): Doc {
  return {
    name,
    swapped,
    load: () => ({
      zh: segmentText(readFileSync(zh, 'utf8'), 'zh', split),
      en: segmentText(readFileSync(en, 'utf8'), 'en', split),
      gold: parseAlignFile(readFileSync(gold, 'utf8')),
    }),
  };
}

/** Seeds of the paragraph documents built from each sentence-level document (para-syn). */
const PARA_SYN_SEEDS = [1, 2, 3];

function corpora(): Corpus[] {
  const out: Corpus[] = [];
  const para = join(CORPORA, 'para-dev');
  if (existsSync(para)) {
    const names = readdirSync(para)
      .filter((f) => f.endsWith('.gold.align'))
      .map((f) => f.replace(/\.gold\.align$/, ''));
    out.push({
      name: 'para-dev',
      split: 'paragraphs',
      docs: names.map((n) =>
        fileDoc(
          n,
          join(para, `${n}.zh.txt`),
          join(para, `${n}.en.txt`),
          join(para, `${n}.gold.align`),
          'paragraphs',
          false,
        ),
      ),
    });
  }
  const sentenceCorpora: Corpus[] = [];
  for (const [name, swapped] of [
    ['mac-dev', false],
    ['aca', true],
    ['mag', true],
  ] as const) {
    const dir = join(CORPORA, name);
    if (!existsSync(dir)) continue;
    const ids = readdirSync(join(dir, 'gold')).map((f) => f.replace(/\.align$/, ''));
    sentenceCorpora.push({
      name,
      split: 'lines',
      docs: ids.map((id) =>
        fileDoc(
          id,
          join(dir, swapped ? 'tgt' : 'src', id),
          join(dir, swapped ? 'src' : 'tgt', id),
          join(dir, 'gold', `${id}.align`),
          'lines',
          swapped,
        ),
      ),
    });
  }
  // para-syn: paragraph documents built in memory from the sentence-level gold (scripts/paragraphDevSet.ts).
  if (sentenceCorpora.length > 0) {
    out.push({
      name: 'para-syn',
      split: 'paragraphs',
      docs: sentenceCorpora.flatMap((c) =>
        c.docs.flatMap((d) =>
          PARA_SYN_SEEDS.map((seed) => ({
            name: `${c.name}-${d.name}-${seed}`,
            swapped: false,
            load: () => {
              const s = d.load();
              const gold: Bead[] = d.swapped ? s.gold.map((b) => [b[1], b[0]]) : s.gold;
              return paragraphDoc(s.zh, s.en, gold, { seed: seed * 1000 + Number(d.name) });
            },
          })),
        ),
      ),
    });
  }
  return [...out, ...sentenceCorpora];
}

/**
 * Reliability tables per level: paragraphs (para-dev, and para-syn built from the sentence
 * gold) and sentences (mac-dev, aca and mag, segmented by lines), with the ECE of each corpus.
 */
function printReliability(byCorpus: ReadonlyMap<string, Reliability>): void {
  const levels: [string, string[]][] = [
    ['paragraphs, para-dev', ['para-dev']],
    ['paragraphs, para-syn', ['para-syn']],
    ['sentences (lines), mac-dev + aca + mag', ['mac-dev', 'aca', 'mag']],
  ];
  for (const [title, names] of levels) {
    const parts = names.map((n) => byCorpus.get(n)).filter((r) => r !== undefined);
    if (parts.length === 0) continue;
    const pooled = parts.reduce((a, r) => a.merge(r), new Reliability());
    console.log(
      `reliability, ${title}: ${pooled.links} links, strict accuracy ${pooled.accuracy.toFixed(3)}, ` +
        `ECE ${pooled.ece.toFixed(3)}`,
    );
    for (const line of pooled.table()) console.log(line);
  }
  console.log(
    'ECE per corpus: ' + [...byCorpus].map(([name, r]) => `${name} ${r.ece.toFixed(3)}`).join(', '),
  );
}

function argValue(flag: string): string | undefined {
  const k = process.argv.indexOf(flag);
  return k >= 0 ? process.argv[k + 1] : undefined;
}

function main(): void {
  const writeDir = argValue('--write');
  const only = argValue('--only');
  const overrides: Partial<AlignParams> = JSON.parse(argValue('--params') ?? '{}');
  const dictionary = process.argv.includes('--no-dict') ? undefined : loadNodeDictionary();
  const quiet = process.argv.includes('--quiet');
  const reliability = new Map<string, Reliability>();
  const started = Date.now();
  for (const corpus of corpora()) {
    if (only && corpus.name !== only) continue;
    const counts = emptyCounts();
    for (const doc of corpus.docs) {
      const { zh, en, gold } = doc.load();
      const links: Link[] = alignSegments(zh, en, {
        dictionary,
        params: { ...paramsFor(corpus.split), ...overrides },
      });
      const pred: Bead[] = links.map((l) => (doc.swapped ? [l.tgt, l.src] : [l.src, l.tgt]));
      addCounts(counts, gold, pred);
      const goldKeys = new Set(gold.map((b) => `${b[0].join(',')}:${b[1].join(',')}`));
      let rel = reliability.get(corpus.name);
      if (!rel) reliability.set(corpus.name, (rel = new Reliability()));
      links.forEach((l, k) =>
        rel.add(l.confidence, goldKeys.has(`${pred[k][0].join(',')}:${pred[k][1].join(',')}`)),
      );
      if (process.argv.includes('--errors')) {
        const predKeys = new Set(pred.map((b) => `${b[0].join(',')}:${b[1].join(',')}`));
        const wrong = pred.filter((b) => !goldKeys.has(`${b[0].join(',')}:${b[1].join(',')}`));
        const missed = gold.filter((b) => !predKeys.has(`${b[0].join(',')}:${b[1].join(',')}`));
        const fmt = (b: Bead) => `[${b[0].join(',')}]:[${b[1].join(',')}]`;
        console.log(
          `  ${corpus.name}/${doc.name} wrong: ${wrong.map(fmt).join(' ')}  | gold: ${missed.map(fmt).join(' ')}`,
        );
      }
      if (writeDir) {
        mkdirSync(join(writeDir, corpus.name), { recursive: true });
        writeFileSync(
          join(writeDir, corpus.name, `${doc.name}.align`),
          pred.map((b) => `[${b[0].join(',')}]:[${b[1].join(',')}]\n`).join(''),
        );
      }
      if (!quiet && process.argv.includes('--per-doc')) {
        console.log(
          `  ${corpus.name}/${doc.name}: ${formatScores(scoresOf(addCounts(emptyCounts(), gold, pred)))}`,
        );
      }
    }
    console.log(`${corpus.name.padEnd(8)} (${corpus.split}) ${formatScores(scoresOf(counts))}`);
  }
  if (!quiet) {
    printReliability(reliability);
    console.log(`time ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

main();
