// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findViolation } from '../../src/core/invariants';
import { makeSide, type Link } from '../../src/core/model';
import { alignSegments, SENTENCE_PRIORS } from '../../src/align/aligner';
import { alignTexts } from '../../src/align/alignTexts';
import { tinyDictionary } from './fixtures';

const ZH = {
  cat: '猫在花园里睡觉。',
  dog: '狗追红色的球。',
  car: '红色汽车停在门口。',
  school: '孩子们去学校。',
  teacher: '老师读书。',
  rain: '下雨了，天空是灰色的。',
  bridge: '河上有一座桥。',
  animals: '老虎和狮子在森林里的河边喝水，大象在远处看着。',
};
const EN = {
  cat: 'The cat sleeps in the garden.',
  dog: 'The dog chases the red ball.',
  car: 'The red car is parked at the door.',
  school: 'The children go to school.',
  teacher: 'The teacher reads a book.',
  rain: 'It is raining, and the sky is grey.',
  bridge: 'There is a bridge over the river.',
  animals: 'Tigers and lions drink water by the river in the forest, while an elephant watches.',
};

function align(zh: readonly string[], en: readonly string[]): Link[] {
  const links = alignSegments(zh, en, {
    dictionary: tinyDictionary,
    params: { priors: SENTENCE_PRIORS },
  });
  const violation = findViolation({
    source: makeSide('zh', zh),
    target: makeSide('en', en),
    links,
  });
  expect(violation).toBeNull();
  return links;
}

const shape = (links: readonly Link[]) => links.map((l) => `${l.src.join(',')}:${l.tgt.join(',')}`);

describe('alignSegments', () => {
  it('pairs translations 1-1', () => {
    const keys = ['cat', 'dog', 'car', 'school'] as const;
    const links = align(
      keys.map((k) => ZH[k]),
      keys.map((k) => EN[k]),
    );
    expect(shape(links)).toEqual(['0:0', '1:1', '2:2', '3:3']);
  });

  it('leaves an untranslated Chinese sentence unpaired (1-0)', () => {
    const links = align(
      [ZH.cat, ZH.dog, ZH.animals, ZH.car, ZH.school],
      [EN.cat, EN.dog, EN.car, EN.school],
    );
    expect(shape(links)).toEqual(['0:0', '1:1', '2:', '3:2', '4:3']);
  });

  it('leaves an added English sentence unpaired (0-1)', () => {
    // A translator's addition with facts of its own (numbers the original does not have).
    const added =
      'In 1887, 45 tigers and 12 lions drank water by the river in the forest, while an elephant watched.';
    const links = align(
      [ZH.cat, ZH.dog, ZH.car, ZH.school],
      [EN.cat, EN.dog, added, EN.car, EN.school],
    );
    expect(shape(links)).toEqual(['0:0', '1:1', ':2', '2:3', '3:4']);
  });

  it('joins two Chinese sentences translated as one (2-1)', () => {
    const links = align(
      [ZH.cat, ZH.dog, ZH.car, ZH.school, ZH.teacher],
      [EN.cat, EN.dog, `${EN.car.slice(0, -1)}, and the children go to school.`, EN.teacher],
    );
    expect(shape(links)).toEqual(['0:0', '1:1', '2,3:2', '4:3']);
  });

  it('splits one long Chinese sentence translated as three (1-3)', () => {
    const long = '狗追红色的球，红色汽车停在门口，孩子们去学校。';
    const links = align(
      [ZH.cat, long, ZH.teacher],
      [EN.cat, EN.dog, EN.car, EN.school, EN.teacher],
    );
    expect(shape(links)).toEqual(['0:0', '1:1,2,3', '2:4']);
  });

  it('gives every link a confidence in [0, 1], lower where the evidence is ambiguous', () => {
    const clear = align([ZH.cat, ZH.dog, ZH.car], [EN.cat, EN.dog, EN.car]);
    for (const l of clear) {
      expect(l.confidence).toBeGreaterThanOrEqual(0);
      expect(l.confidence).toBeLessThanOrEqual(1);
      expect(l.status).toBe('auto');
    }
    // Two sentences on one side against one unrelated sentence on the other: no good answer.
    const murky = align([ZH.bridge, ZH.rain], [EN.teacher]);
    const minClear = Math.min(...clear.map((l) => l.confidence));
    const minMurky = Math.min(...murky.map((l) => l.confidence));
    expect(minMurky).toBeLessThan(minClear);
  });

  it('handles empty sides', () => {
    expect(shape(align([], [EN.cat, EN.dog]))).toEqual([':0', ':1']);
    expect(shape(align([ZH.cat], []))).toEqual(['0:']);
    expect(align([], [])).toEqual([]);
  });

  it('uses numbers alone when nothing else tells segments apart', () => {
    // Same lengths, no dictionary: only the numbers say which Chinese sentence is left out.
    const zh = ['这一段写到1990。', '这一段写到2011。', '这一段写到1877。'];
    const en = ['This part is about 2011.', 'This part is about 1877.'];
    const links = alignSegments(zh, en, { params: { priors: SENTENCE_PRIORS } });
    expect(shape(links)).toEqual(['0:', '1:0', '2:1']);
  });

  it('aligns a one-paragraph-per-line file with a blank-line separated one', () => {
    const zh = `${ZH.cat}\n${ZH.dog}\r\n${ZH.car}\n`;
    const en = `\uFEFF${EN.cat}\n\n${EN.dog.replace('chases', 'chases\n')}\n\n\n${EN.car}`;
    const doc = alignTexts({ text: en }, { text: zh }, {}, { dictionary: tinyDictionary });
    expect(doc.alignment.source.lang).toBe('zh');
    expect(doc.alignment.target.segments).toHaveLength(3);
    expect(shape(doc.alignment.links as Link[])).toEqual(['0:0', '1:1', '2:2']);
  });

  it('reports progress from 0 to 1', () => {
    const seen: number[] = [];
    alignSegments([ZH.cat, ZH.dog], [EN.cat, EN.dog], {
      dictionary: tinyDictionary,
      onProgress: (f) => seen.push(f),
    });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen[seen.length - 1]).toBe(1);
    for (let k = 1; k < seen.length; k++) expect(seen[k]).toBeGreaterThanOrEqual(seen[k - 1]);
  });
});
