// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, SENTENCE_PRIORS } from '../../src/align/alignParams';
import { beadCost, makeModel } from '../../src/align/beadCost';
import { PairMatrix } from '../../src/align/pairMatcher';
import type { Problem, Step } from '../../src/align/problem';
import {
  chineseQuoteStates,
  englishQuoteRole,
  englishQuoteStates,
  quoteMismatchCost,
  quoteStates,
} from '../../src/align/quoteState';
import { chineseUnits, englishUnits, Lexicon, Vocabulary } from '../../src/align/features';
import { prefixSums } from '../../src/align/problem';

describe('quote state at the end of each segment', () => {
  it('follows Chinese quotation marks across sentences, nested ones included', () => {
    expect([
      ...chineseQuoteStates([
        '他笑道：“今天不打了，明天再来。',
        '不过你不是我对手。”',
        '她说：「他问『你去吗』，我没答。',
        '就走了。」',
      ]),
    ]).toEqual([1, 0, 1, 0]);
  });

  it('judges straight English quotes by their neighbours, apostrophes aside', () => {
    expect([
      ...englishQuoteStates([
        "'No more for today!",
        "Tomorrow, if you like. But you'll never beat me!'",
        'He pulled out three taels\' worth: "Tomorrow we fight for money!',
        'Bring yours!" he said.',
        "He'd heard the storytellers' tales.",
      ]),
    ]).toEqual([1, 0, 1, 0, 0]);
    const s = "'Better my arse!' he said. Don't.";
    expect(englishQuoteRole(s, 0)).toBe('open');
    expect(englishQuoteRole(s, s.indexOf("!'") + 1)).toBe('close');
    expect(englishQuoteRole(s, s.indexOf("n't") + 1)).toBeNull();
    expect(englishQuoteRole('“Yes,” she said.', 0)).toBe('open');
    expect(englishQuoteRole('“Yes,” she said.', 5)).toBe('close');
  });

  it('judges every quote mark as the character-class definition does (ASCII answered from codes)', () => {
    // The definition, one regular expression per neighbour class, as a reference.
    const letterOrDigit = (c: string) => /[\p{L}\p{N}]/u.test(c);
    const space = (c: string) => c === '' || /\s/u.test(c);
    const opensAfter = (c: string) => space(c) || /[([{\u2014\u2013\-"'“‘:]/u.test(c);
    const closesBefore = (c: string) => space(c) || /[.,;:!?)\]}\u2014\u2013\-…"'”’]/u.test(c);
    const reference = (text: string, p: number): 'open' | 'close' | null => {
      const c = text[p];
      if (c === '“' || c === '‘') return 'open';
      if (c === '”') return 'close';
      const prev = p > 0 ? text[p - 1] : '';
      const next = p + 1 < text.length ? text[p + 1] : '';
      if (letterOrDigit(prev) && letterOrDigit(next)) return null;
      const single = c === "'" || c === '’';
      if (single && prev === 's' && space(next) && /^\s+\p{Ll}/u.test(text.slice(p + 1)))
        return null;
      const canOpen = opensAfter(prev) && !space(next);
      const canClose = !space(prev) && closesBefore(next);
      if (canOpen && !canClose) return 'open';
      if (canClose && !canOpen) return 'close';
      return null;
    };
    // Random texts over quotes, letters (ASCII and not), digits, spaces and punctuation.
    const pool = [...'"\'“”‘’ aZs9éΩ中\t\n.,;:!?()[]{}-—–…@_#\u00a0\u3000'];
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % pool.length;
    let marks = 0;
    for (let t = 0; t < 6000; t++) {
      const text = Array.from({ length: 1 + (t % 9) }, () => pool[next()]).join('');
      for (let p = 0; p < text.length; p++) {
        if (!/["'“”‘’]/.test(text[p])) continue;
        marks++;
        expect(englishQuoteRole(text, p)).toBe(reference(text, p));
      }
    }
    expect(marks).toBeGreaterThan(4000);
  });

  it('a stray closing mark does not leave the text inside a quotation', () => {
    expect([...chineseQuoteStates(['好。”', '走吧。'])]).toEqual([0, 0]);
    expect([...englishQuoteStates(['Fine!" ', 'Go.'])]).toEqual([0, 0]);
  });
});

describe('the quote-state cost', () => {
  const params = { ...DEFAULT_PARAMS, priors: SENTENCE_PRIORS };
  const zh = ['他说：“好。', '走吧。”', '她点头。', '门开了。'];
  const en = ["He said, 'Fine.", "Let's go.'", 'She nodded.', 'The door opened.'];

  function problem(): Problem {
    const lexicon = new Lexicon(new Vocabulary());
    const src = zh.map((t) => chineseUnits(t, lexicon));
    const tgt = en.map((t) => englishUnits(t, lexicon));
    return {
      n: zh.length,
      m: en.length,
      src,
      tgt,
      srcLen: prefixSums(src),
      tgtLen: prefixSums(tgt),
      vocabSize: lexicon.vocab.size,
      quotes: quoteStates(zh, en),
    };
  }

  it('makes a link that ends inside a quotation on one side only cost more', () => {
    const p = problem();
    const model = makeModel({ ...params, quoteCost: 2 }, 1, SENTENCE_PRIORS);
    const off = makeModel({ ...params, quoteCost: 0 }, 1, SENTENCE_PRIORS);
    const pairs = {
      main: new PairMatrix(p.src, p.tgt, p.vocabSize, new Int32Array(4), new Int32Array(4).fill(3)),
    };
    const oneOne = model.shapes.findIndex(([a, b]) => a === 1 && b === 1);
    // zh 0 ends inside the quotation, en 0 too: no extra cost. zh 0 against en 1 (outside): +2.
    expect(beadCost(p, pairs, model, 0, 0, oneOne)).toBeCloseTo(
      beadCost(p, pairs, off, 0, 0, oneOne),
    );
    expect(beadCost(p, pairs, model, 0, 1, oneOne) - beadCost(p, pairs, off, 0, 1, oneOne)).toBe(2);
  });

  it('is estimated per document: high where linked ends agree far above chance, 0 without quotes', () => {
    const shapes = [[1, 1]] as const;
    const path: Step[] = Array.from({ length: 40 }, (_, k) => ({ i: k, j: k, shape: 0 }));
    const alternating = Uint8Array.from({ length: 40 }, (_, k) => (k % 5 < 2 ? 1 : 0));
    const high = quoteMismatchCost(
      { src: alternating, tgt: alternating },
      path,
      { shapes },
      { chanceOffset: 3, quoteWeight: 1 },
    );
    expect(high).toBeGreaterThan(1.5);
    const none = quoteMismatchCost(
      { src: new Uint8Array(40), tgt: alternating },
      path,
      { shapes },
      { chanceOffset: 3, quoteWeight: 1 },
    );
    expect(none).toBeLessThan(0.05);
  });
});
