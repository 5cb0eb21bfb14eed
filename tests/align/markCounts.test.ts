// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, SENTENCE_PRIORS } from '../../src/align/alignParams';
import { beadCost, makeModel } from '../../src/align/beadCost';
import { chineseUnits, englishUnits, Lexicon, Vocabulary } from '../../src/align/features';
import { countMismatchCost, KINDS, markCost, markCounts } from '../../src/align/markCounts';
import { PairMatrix } from '../../src/align/pairMatcher';
import { prefixSums, type Problem, type Step } from '../../src/align/problem';
import { quoteStates } from '../../src/align/quoteState';

/** Count of kind k over segments [from, to). */
const count = (prefix: Int32Array, from: number, to: number) => prefix[to] - prefix[from];

describe('mark counts', () => {
  it('counts questions, exclamations and the quotations started on each side', () => {
    const zh = ['你去吗？他问。', '去！去！', '她说：“好。”又说：“走吧。”'];
    const en = ['"Are you going?" he asked.', "'Yes!' 'Yes!'", 'She said, "Fine."'];
    const c = markCounts(zh, en, quoteStates(zh, en));
    const [q, x, quote] = [0, 1, 2];
    expect(count(c.src[q], 0, 1)).toBe(1);
    expect(count(c.tgt[q], 0, 1)).toBe(1);
    expect(count(c.src[x], 1, 2)).toBe(2);
    expect(count(c.tgt[x], 1, 2)).toBe(2);
    expect(count(c.src[quote], 2, 3)).toBe(2);
    expect(count(c.tgt[quote], 2, 3)).toBe(1);
    // A run of marks counts once: ？！ is one question and one exclamation, ?! likewise.
    const run = markCounts(['真的？！'], ['Really?!']);
    expect([count(run.src[q], 0, 1), count(run.src[x], 0, 1)]).toEqual([1, 1]);
    expect([count(run.tgt[q], 0, 1), count(run.tgt[x], 0, 1)]).toEqual([1, 1]);
  });

  it('a link pays each kind whose counts differ on its two sides', () => {
    const c = markCounts(['你去吗？', '好。', '谁？'], ['Going?', 'Fine.', 'Who?']);
    const costs = Float64Array.from([1.5, 0.7]);
    expect(markCost(c, costs, 0, 1, 0, 1)).toBe(0);
    expect(markCost(c, costs, 0, 1, 1, 1)).toBe(1.5);
    expect(markCost(c, costs, 0, 2, 0, 1)).toBe(0);
    expect(markCost(c, costs, 0, 3, 0, 2)).toBe(1.5);
  });

  it('the cost of a kind is measured per document, and is 0 where it tells nothing', () => {
    const path: Step[] = Array.from({ length: 40 }, (_, k) => ({ i: k, j: k, shape: 0 }));
    const shapes = [[1, 1]] as const;
    const prefix = (has: (k: number) => boolean) => {
      const out = new Int32Array(41);
      for (let k = 0; k < 40; k++) out[k + 1] = out[k] + (has(k) ? 1 : 0);
      return out;
    };
    const questions = prefix((k) => k % 4 === 1);
    const kept = countMismatchCost(questions, questions, path, { shapes }, { chanceOffset: 3 }, 1);
    expect(kept).toBeGreaterThan(1);
    // The translation turned every question into a statement: no cost at all.
    const none = prefix(() => false);
    expect(countMismatchCost(questions, none, path, { shapes }, { chanceOffset: 3 }, 1)).toBe(0);
  });

  it('is part of a link cost in the search', () => {
    const zh = ['你去吗？', '好。'];
    const en = ['Are you going?', 'Fine.'];
    const lexicon = new Lexicon(new Vocabulary());
    const src = zh.map((t) => chineseUnits(t, lexicon));
    const tgt = en.map((t) => englishUnits(t, lexicon));
    const p: Problem = {
      n: 2,
      m: 2,
      src,
      tgt,
      srcLen: prefixSums(src),
      tgtLen: prefixSums(tgt),
      vocabSize: lexicon.vocab.size,
      marks: markCounts(zh, en),
    };
    const params = { ...DEFAULT_PARAMS, priors: SENTENCE_PRIORS };
    const on = makeModel({ ...params, markCosts: [2, 2] }, 1, SENTENCE_PRIORS);
    const off = makeModel({ ...params, markCosts: [0, 0] }, 1, SENTENCE_PRIORS);
    const pairs = {
      main: new PairMatrix(src, tgt, p.vocabSize, new Int32Array(2), Int32Array.from([1, 1])),
    };
    const oneOne = on.shapes.findIndex(([a, b]) => a === 1 && b === 1);
    expect(beadCost(p, pairs, on, 0, 0, oneOne)).toBeCloseTo(beadCost(p, pairs, off, 0, 0, oneOne));
    expect(beadCost(p, pairs, on, 0, 1, oneOne) - beadCost(p, pairs, off, 0, 1, oneOne)).toBe(2);
  });
});

describe('mark runs counted in one scan', () => {
  it('counts each kind as its own pattern does, on random texts', () => {
    const perKind = (texts: string[], re: RegExp) => {
      const out = [0];
      for (const t of texts) out.push(out[out.length - 1] + (t.match(re)?.length ?? 0));
      return out;
    };
    const pool = [...'?？!！ a中。.？!'];
    let seed = 11;
    const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % pool.length;
    const texts = Array.from({ length: 400 }, (_, t) =>
      Array.from({ length: t % 12 }, () => pool[next()]).join(''),
    );
    const counts = markCounts(texts, texts);
    KINDS.forEach((kind, k) => {
      expect(Array.from(counts.src[k])).toEqual(perKind(texts, kind.zh));
      expect(Array.from(counts.tgt[k])).toEqual(perKind(texts, kind.en));
    });
    expect(counts.src[0][400]).toBeGreaterThan(100);
  });
});
