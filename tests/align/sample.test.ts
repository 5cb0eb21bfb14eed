// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findViolation } from '../../src/core/invariants';
import { alignTexts } from '../../src/align/alignTexts';
import { loadNodeDictionary } from '../../src/align/nodeDictionary';

const DIR = resolve(import.meta.dirname, '../../data/huanqiu-2011-04-28');

describe('the bundled sample (Huanqiu editorial)', () => {
  // English file first on purpose: the Chinese must still end up on the left.
  const doc = alignTexts(
    { text: readFileSync(resolve(DIR, 'en.txt'), 'utf8'), fileName: 'en.txt' },
    { text: readFileSync(resolve(DIR, 'zh.txt'), 'utf8'), fileName: 'zh.txt' },
    {},
    { dictionary: loadNodeDictionary() },
  );
  const { source, target, links } = doc.alignment;
  const zhIndex = (prefix: string) => source.segments.findIndex((s) => s.text.startsWith(prefix));
  const enIndex = (prefix: string) => target.segments.findIndex((s) => s.text.startsWith(prefix));
  const linkOfSource = (i: number) => links.find((l) => l.src.includes(i));
  const linkOfTarget = (j: number) => links.find((l) => l.tgt.includes(j));

  it('is a valid alignment with the Chinese on the left', () => {
    expect(source.lang).toBe('zh');
    expect(findViolation(doc.alignment)).toBeNull();
  });

  it('pairs the two titles', () => {
    const l = linkOfSource(0);
    expect(l?.src).toEqual([0]);
    expect(l?.tgt).toEqual([0]);
  });

  it('leaves the Chinese source line unpaired', () => {
    const i = zhIndex('来源：');
    expect(i).toBeGreaterThan(0);
    expect(linkOfSource(i)).toMatchObject({ src: [i], tgt: [] });
  });

  it('pairs the ten body paragraphs one to one, in order', () => {
    const firstZh = zhIndex('来源：') + 1;
    const lastEn = enIndex('Huanqiu,') - 1;
    const bodyZh = source.segments.length - firstZh;
    expect(bodyZh).toBe(10);
    expect(lastEn).toBe(10);
    for (let k = 0; k < bodyZh; k++) {
      expect(linkOfSource(firstZh + k)).toMatchObject({ src: [firstZh + k], tgt: [1 + k] });
    }
  });

  it('leaves the English page trailer lines unpaired', () => {
    const first = enIndex('Huanqiu,');
    expect(target.segments.slice(first).map((s) => s.text.split(' ')[0])).toEqual(
      expect.arrayContaining(['Translated', 'Edited', 'Sharing', 'Leave']),
    );
    for (let j = first; j < target.segments.length; j++) {
      expect(linkOfTarget(j)).toMatchObject({ src: [], tgt: [j] });
    }
  });

  it('is more confident about the body pairs than about the unpaired lines', () => {
    const body = links.filter((l) => l.src.length === 1 && l.tgt.length === 1);
    expect(Math.min(...body.map((l) => l.confidence))).toBeGreaterThan(0.5);
  });
});
