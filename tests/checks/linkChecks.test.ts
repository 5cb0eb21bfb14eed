import { describe, expect, it } from 'vitest';
import { checkLinks, documentRatio, updateChecks } from '../../src/checks';
import { loadNodeDictionary } from '../../src/align/nodeDictionary';
import { makeSide, type Alignment } from '../../src/core/model';
import { dismissFlags, editSegmentText, isOpError, restoreFlags } from '../../src/core/operations';
import { alignmentOfPairs, BAD_PAIRS, GOOD_PAIRS } from './fixtures';

function ok(r: Alignment | { error: string }): Alignment {
  if (isOpError(r)) throw new Error(r.error);
  return r;
}

const kinds = (flags: readonly { kind: string }[]) => flags.map((f) => f.kind);

describe('checkLinks', () => {
  it('gives good pairs no flags and each bad pair its kind, in link order', () => {
    const a = alignmentOfPairs([...GOOD_PAIRS, ...BAD_PAIRS.map(([z, e]) => [z, e] as const)]);
    const { flags } = checkLinks(a);
    expect(flags).toHaveLength(a.links.length);
    GOOD_PAIRS.forEach((_, i) => expect(flags[i], GOOD_PAIRS[i][1]).toEqual([]));
    BAD_PAIRS.forEach(([, en, kind], k) =>
      expect(kinds(flags[GOOD_PAIRS.length + k]), en).toContain(kind),
    );
  });

  it('flags unpaired segments and low confidence, and says which side', () => {
    const a: Alignment = {
      source: makeSide('zh', ['第一段。', '第二段。']),
      target: makeSide('en', ['The first paragraph.', 'An added paragraph.']),
      links: [
        { src: [0], tgt: [0], status: 'auto', confidence: 0.3 },
        { src: [1], tgt: [], status: 'auto', confidence: 0.99 },
        { src: [], tgt: [1], status: 'confirmed', confidence: 0.2 },
      ],
    };
    const { flags } = checkLinks(a, { level: 'paragraphs' });
    expect(flags[0]).toEqual([
      {
        kind: 'low-confidence',
        message: 'The aligner is unsure of this pairing (confidence 0.30).',
      },
    ]);
    expect(flags[1]).toEqual([
      { kind: 'unpaired', message: 'This Chinese paragraph has no English counterpart.' },
    ]);
    // A confirmed link is not doubted any more; it is still one-sided.
    expect(flags[2]).toEqual([
      { kind: 'unpaired', message: 'This English paragraph has no Chinese counterpart.' },
    ]);
  });

  it('leaves out dismissed kinds, and brings them back on restore', () => {
    const a = alignmentOfPairs([GOOD_PAIRS[0], [BAD_PAIRS[0][0], BAD_PAIRS[0][1]]]);
    expect(kinds(checkLinks(a).flags[1])).toEqual(['numbers']);
    const dismissed = ok(dismissFlags(a, 1, ['numbers']));
    expect(dismissed.links[1].dismissed).toEqual(['numbers']);
    expect(checkLinks(dismissed).flags[1]).toEqual([]);
    expect(dismissed.links[0]).toBe(a.links[0]);
    const restored = ok(restoreFlags(dismissed, 1));
    expect(restored.links[1].dismissed).toBeUndefined();
    expect(kinds(checkLinks(restored).flags[1])).toEqual(['numbers']);
  });
});

describe('updateChecks', () => {
  it('recomputes only the edited link and keeps the other arrays', () => {
    const a = alignmentOfPairs([...GOOD_PAIRS]);
    const before = checkLinks(a);
    const b = ok(editSegmentText(a, 'tgt', 0, 'In 1992 they moved to Shanghai.'));
    const after = updateChecks(before, a, b);
    expect(kinds(after.flags[0])).toEqual(['numbers']);
    for (let i = 1; i < a.links.length; i++) expect(after.flags[i]).toBe(before.flags[i]);
    expect(after.flags).toEqual(checkLinks(b).flags);
  });
});

describe('omission', () => {
  it('reports a Chinese sentence the translation left out, against the document ratio', () => {
    const zh =
      '他推开门走进院子。院子里停着一辆旧自行车，车把上挂着一个布袋，布袋里装着几本旧书和一把雨伞。他在台阶上坐下，点了一支烟。';
    const en =
      'He pushed the gate open and walked into the yard. He sat down on the step and lit a cigarette.';
    const a = alignmentOfPairs([...GOOD_PAIRS, [zh, en]]);
    const { flags } = checkLinks(a, { dictionary: loadNodeDictionary(), ratio: documentRatio(a) });
    const omission = flags[GOOD_PAIRS.length].find((f) => f.kind === 'omission');
    expect(omission?.message).toMatch(
      /^A Chinese sentence has no English counterpart: “院子里停着/,
    );
    expect(omission?.zh).toEqual([
      '院子里停着一辆旧自行车，车把上挂着一个布袋，布袋里装着几本旧书和一把雨伞。',
    ]);
  });

  it('reports an English far shorter than the document usually is', () => {
    const long =
      '这一年的冬天来得特别早，村子里的老人都说这是几十年没有见过的大雪，河面结了厚厚的冰。';
    // Longer pairs: two good ones joined, so the document has a ratio distribution to judge by.
    const joined = GOOD_PAIRS.flatMap((a) =>
      GOOD_PAIRS.slice(0, 2).map((b) => [a[0] + b[0], `${a[1]} ${b[1]}`] as const),
    );
    const pairs = [...joined, [long, 'Winter came.'] as const];
    const { flags } = checkLinks(alignmentOfPairs(pairs), { sentenceOmissions: false });
    expect(flags[pairs.length - 1].map((f) => f.message)).toEqual([
      expect.stringMatching(/^The English is much shorter than usual for this much Chinese/),
    ]);
  });
});
