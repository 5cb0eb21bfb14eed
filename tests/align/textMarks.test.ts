// @vitest-environment node
// The quote states and mark counts computed elsewhere (as the CLI's worker thread does) and
// adopted give the same numbers and the same alignment as computing them in the aligner. Real
// documents from ../shared/corpora (never copied).
import { describe, expect, it } from 'vitest';
import { alignSegments } from '../../src/align/aligner';
import { paramsFor } from '../../src/align/alignTexts';
import { markCounts } from '../../src/align/markCounts';
import { loadNodeDictionary } from '../../src/align/nodeDictionary';
import { quoteStates } from '../../src/align/quoteState';
import {
  adoptTextMarks,
  marksWanted,
  readTextMarks,
  textMarksTransferables,
  type TextMarks,
  type TextMarksReader,
} from '../../src/align/textMarks';
import { macDevLines } from './corpusTexts';

/** Through a structured clone with its buffers transferred, as a thread's message. */
function sent(t: TextMarks): TextMarks {
  return structuredClone(t, { transfer: textMarksTransferables(t) });
}

describe('text marks computed elsewhere', { timeout: 120_000 }, () => {
  const { zh, en } = macDevLines();

  it('are the quote states and mark counts the aligner computes, after a thread boundary', () => {
    const both = { quotes: true, marks: true };
    const quotes = quoteStates(zh, en);
    const marks = markCounts(zh, en, quotes);
    const got = adoptTextMarks(sent(readTextMarks(zh, en, both)), both, zh.length, en.length);
    expect(got?.quotes).toEqual(quotes);
    expect(got?.marks).toEqual(marks);
    // Something happens in this text: quotations open on both sides, questions are asked.
    expect(quotes.srcOpens[zh.length]).toBeGreaterThan(100);
    expect(marks.tgt[0][en.length]).toBeGreaterThan(100);
    // Only the quote states when the marks are off.
    const only = readTextMarks(zh, en, { quotes: true, marks: false });
    expect(only.marks).toBeUndefined();
    expect(only.quotes).toEqual(quotes);
  });

  it('that do not answer what was asked, or do not fit the texts, are not used', () => {
    const both = { quotes: true, marks: true };
    const t = readTextMarks(zh, en, both);
    expect(adoptTextMarks(t, { quotes: true, marks: false }, zh.length, en.length)).toBeUndefined();
    expect(adoptTextMarks(t, both, zh.length + 1, en.length)).toBeUndefined();
    expect(adoptTextMarks(t, both, zh.length, en.length - 1)).toBeUndefined();
    expect(adoptTextMarks(undefined, both, zh.length, en.length)).toBeUndefined();
  });

  it('give the same alignment as the aligner computing them, and a failed reader too', () => {
    const dictionary = loadNodeDictionary();
    const params = paramsFor('lines');
    expect(marksWanted({ ...params, quoteWeight: 0, markWeight: 0 }).quotes).toBe(false);
    const asked: boolean[] = [];
    const elsewhere: TextMarksReader = (src, tgt, want) => {
      asked.push(want.marks);
      const t = sent(readTextMarks(src, tgt, want));
      return () => t;
    };
    const one = alignSegments(zh, en, { dictionary, params });
    const apart = alignSegments(zh, en, { dictionary, params, textMarks: elsewhere });
    expect(asked).toEqual([true]);
    expect(apart).toEqual(one);
    const failed = alignSegments(zh, en, { dictionary, params, textMarks: () => () => undefined });
    expect(failed).toEqual(one);
    // Marks not in when the first search starts are computed by the aligner, never waited for.
    let waited = false;
    const late: TextMarksReader = () =>
      Object.assign(
        () => {
          waited = true;
          return undefined;
        },
        { ready: () => false },
      );
    expect(alignSegments(zh, en, { dictionary, params, textMarks: late })).toEqual(one);
    expect(waited).toBe(false);
  });
});
