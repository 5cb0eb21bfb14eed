// @vitest-environment node
// Regression floors on the evaluation corpora (read from ../shared/corpora, never copied).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignSegments } from '../../src/align/aligner';
import { paramsFor } from '../../src/align/alignTexts';
import { loadNodeDictionary } from '../../src/align/nodeDictionary';
import { segmentText, type SplitMode } from '../../src/align/segment';
import {
  addCounts,
  emptyCounts,
  parseAlignFile,
  scoresOf,
  type Bead,
} from '../../scripts/alignScore';

const CORPORA = resolve(import.meta.dirname, '../../../shared/corpora');

function score(
  name: string,
  split: SplitMode,
  docs: { zh: string; en: string; gold: string; swapped: boolean }[],
) {
  const dictionary = loadNodeDictionary();
  const counts = emptyCounts();
  for (const d of docs) {
    const zh = segmentText(readFileSync(d.zh, 'utf8'), 'zh', split);
    const en = segmentText(readFileSync(d.en, 'utf8'), 'en', split);
    const links = alignSegments(zh, en, { dictionary, params: { ...paramsFor(split) } });
    const pred: Bead[] = links.map((l) => (d.swapped ? [l.tgt, l.src] : [l.src, l.tgt]));
    addCounts(counts, parseAlignFile(readFileSync(d.gold, 'utf8')), pred);
  }
  void name;
  return scoresOf(counts);
}

function sentenceDocs(name: string, swapped: boolean) {
  const dir = join(CORPORA, name);
  return readdirSync(join(dir, 'gold')).map((f) => {
    const id = f.replace(/\.align$/, '');
    return {
      zh: join(dir, swapped ? 'tgt' : 'src', id),
      en: join(dir, swapped ? 'src' : 'tgt', id),
      gold: join(dir, 'gold', f),
      swapped,
    };
  });
}

describe('alignment quality on ../shared/corpora', () => {
  it('para-dev, paragraph level', () => {
    const dir = join(CORPORA, 'para-dev');
    const docs = readdirSync(dir)
      .filter((f) => f.endsWith('.gold.align'))
      .map((f) => {
        const n = f.replace(/\.gold\.align$/, '');
        return {
          zh: join(dir, `${n}.zh.txt`),
          en: join(dir, `${n}.en.txt`),
          gold: join(dir, f),
          swapped: false,
        };
      });
    expect(score('para-dev', 'paragraphs', docs).strictF1).toBeGreaterThanOrEqual(0.995);
  });

  it('mac-dev, sentence level (lines)', () => {
    expect(
      score('mac-dev', 'lines', sentenceDocs('mac-dev', false)).strictF1,
    ).toBeGreaterThanOrEqual(0.9);
  });

  it('aca and mag, English originals (sides swapped for scoring)', () => {
    expect(score('aca', 'lines', sentenceDocs('aca', true)).strictF1).toBeGreaterThanOrEqual(0.98);
    expect(score('mag', 'lines', sentenceDocs('mag', true)).strictF1).toBeGreaterThanOrEqual(0.98);
  });
});

describe('search bands on a long paragraph document (para-dev, repeated)', () => {
  it('the paragraph level narrower bands find the same links and confidences as the wider ones', () => {
    const dir = join(CORPORA, 'para-dev');
    const zh: string[] = [];
    const en: string[] = [];
    const names = readdirSync(dir).filter((f) => f.endsWith('.zh.txt'));
    for (let k = 0; zh.length < 1200; k++) {
      const f = names[k % names.length];
      zh.push(...segmentText(readFileSync(join(dir, f), 'utf8'), 'zh', 'paragraphs'));
      en.push(
        ...segmentText(
          readFileSync(join(dir, f.replace('.zh.', '.en.')), 'utf8'),
          'en',
          'paragraphs',
        ),
      );
    }
    const dictionary = loadNodeDictionary();
    const params = paramsFor('paragraphs');
    expect(params.anchorBand).toBeLessThan(6);
    expect(params.secondBand).toBeLessThan(5);
    const narrow = alignSegments(zh, en, { dictionary, params });
    const wide = alignSegments(zh, en, {
      dictionary,
      params: { ...params, anchorBand: 6, secondBand: 5 },
    });
    expect(narrow).toEqual(wide);
  });
});
