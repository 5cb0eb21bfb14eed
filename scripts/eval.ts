/**
 * npm run eval: aligns every corpus in ../shared/corpora and prints strict / lax P/R/F1
 * (as ../shared/tools/score.py computes them) and precision by confidence bucket.
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

function argValue(flag: string): string | undefined {
  const k = process.argv.indexOf(flag);
  return k >= 0 ? process.argv[k + 1] : undefined;
}

const BUCKETS = [0, 0.5, 0.8, 0.95, 1.0001];

function main(): void {
  const writeDir = argValue('--write');
  const only = argValue('--only');
  const overrides: Partial<AlignParams> = JSON.parse(argValue('--params') ?? '{}');
  const dictionary = process.argv.includes('--no-dict') ? undefined : loadNodeDictionary();
  const quiet = process.argv.includes('--quiet');
  const bucketHits = BUCKETS.slice(1).map(() => ({ n: 0, ok: 0 }));
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
      // The confidence table stays on the real corpora (para-syn is built from them).
      if (corpus.name !== 'para-syn')
        links.forEach((l, k) => {
          const b = BUCKETS.findIndex(
            (lo, x) => l.confidence >= lo && l.confidence < BUCKETS[x + 1],
          );
          const ok = goldKeys.has(`${pred[k][0].join(',')}:${pred[k][1].join(',')}`);
          bucketHits[b].n++;
          if (ok) bucketHits[b].ok++;
        });
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
    console.log('precision of links by confidence (all corpora but para-syn):');
    bucketHits.forEach((h, x) => {
      const label = `[${BUCKETS[x].toFixed(2)}, ${Math.min(1, BUCKETS[x + 1]).toFixed(2)}${x === BUCKETS.length - 2 ? ']' : ')'}`;
      console.log(
        `  ${label.padEnd(13)} links ${String(h.n).padStart(5)}  exact ${h.n ? (h.ok / h.n).toFixed(3) : '-'}`,
      );
    });
    console.log(`time ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

main();
