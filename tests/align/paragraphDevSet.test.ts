// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Bead } from '../../scripts/alignScore';
import { paragraphDoc } from '../../scripts/paragraphDevSet';

const zh = Array.from({ length: 40 }, (_, k) => `句${k}。`);
const en = Array.from({ length: 44 }, (_, k) => `S${k}.`);
/** 1-1 links, a 1-2, a null on each side, and a reordered pair (zh 21 and 22 swap places). */
function gold(): Bead[] {
  const out: Bead[] = [];
  let e = 0;
  for (let z = 0; z < 40; z++) {
    if (z === 5) out.push([[z], [e++, e++]]);
    else if (z === 9) out.push([[z], []]);
    else if (z === 21)
      out.push([
        [21, 23],
        [e++, e++],
      ]);
    else if (z === 22) out.push([[22], []]);
    else if (z === 23) continue;
    else out.push([[z], [e++]]);
  }
  while (e < 44) out.push([[], [e++]]);
  return out;
}

describe('the paragraph dev set built from sentence gold', () => {
  it('keeps every sentence, in order, and pairs paragraphs that hold matching sentences', () => {
    for (const seed of [1, 2, 3, 4]) {
      const doc = paragraphDoc(zh, en, gold(), { seed, mergeChance: 0.3 });
      expect(doc.zh.join('')).toBe(zh.join(''));
      expect(doc.en.join(' ')).toBe(en.join(' '));
      // Links cover every paragraph once, in order.
      expect(doc.gold.flatMap((b) => b[0])).toEqual(doc.zh.map((_, k) => k));
      expect(doc.gold.flatMap((b) => b[1])).toEqual(doc.en.map((_, k) => k));
      // Each gold sentence link lies inside one paragraph link: its sentences' paragraphs pair up.
      const paraOf = (texts: string[], s: string) => texts.findIndex((t) => t.includes(s));
      for (const [zs, es] of gold()) {
        const link = doc.gold.find(
          (b) =>
            zs.every((z) => b[0].includes(paraOf(doc.zh, `句${z}。`))) &&
            es.every((y) => b[1].includes(paraOf(doc.en, `S${y}.`))),
        );
        expect(link).toBeDefined();
      }
    }
  });

  it('merges paragraphs on one side into n-m links, and is the same for the same seed', () => {
    const a = paragraphDoc(zh, en, gold(), { seed: 7, mergeChance: 0.4 });
    expect(paragraphDoc(zh, en, gold(), { seed: 7, mergeChance: 0.4 })).toEqual(a);
    expect(a.gold.some((b) => b[0].length !== b[1].length)).toBe(true);
    const none = paragraphDoc(zh, en, gold(), { seed: 7, mergeChance: 0 });
    expect(none.gold.length).toBeGreaterThan(a.gold.length);
  });
});
