/**
 * The quote states (quoteState.ts) and mark counts (markCounts.ts) of a document: they need only
 * the texts, not the units, so they can be computed elsewhere (the CLI's worker thread computes
 * them after the English side's units, while this thread still reads the Chinese side) and
 * handed to the aligner, which then adopts them. Computed here or there, the same numbers.
 *
 * Plain data only (typed arrays), so it can cross a thread boundary; this module knows nothing
 * of threads (the pure align layer runs in browsers too).
 */
import { markCounts, makeMarkCounts, type MarkCounts } from './markCounts';
import { makeQuoteStates, quoteStates, type QuoteStates } from './quoteState';

/** Which of the two the aligner's parameters ask for. */
export interface MarkWants {
  readonly quotes: boolean;
  readonly marks: boolean;
}

export interface TextMarks {
  readonly quotes?: QuoteStates;
  readonly marks?: MarkCounts;
}

/**
 * A function that starts computing a document's text marks elsewhere and returns a function that
 * waits for them (synchronously) and gives them, or undefined when that failed (the aligner then
 * computes them itself). The CLI's worker thread is one (src/cli/featureThread.ts).
 */
export type TextMarksReader = (
  srcTexts: readonly string[],
  tgtTexts: readonly string[],
  want: MarkWants,
) => TextMarksAnswer;

/** Waits for the marks; `ready`, when given, tells whether they are in (then nothing waits). */
export interface TextMarksAnswer {
  (): TextMarks | undefined;
  readonly ready?: () => boolean;
}

/** What the aligner asks for: quote states when either feature is on, mark counts for marks. */
export function marksWanted(params: { quoteWeight: number; markWeight: number }): MarkWants {
  return {
    quotes: params.quoteWeight > 0 || params.markWeight > 0,
    marks: params.markWeight > 0,
  };
}

/** Computes what `want` asks for (the mark counts include the quotations started). */
export function readTextMarks(
  srcTexts: readonly string[],
  tgtTexts: readonly string[],
  want: MarkWants,
): TextMarks {
  const quotes = want.quotes ? quoteStates(srcTexts, tgtTexts) : undefined;
  const marks = want.marks ? markCounts(srcTexts, tgtTexts, quotes) : undefined;
  return { ...(quotes ? { quotes } : {}), ...(marks ? { marks } : {}) };
}

/** The typed arrays' buffers, each once, to transfer rather than copy. */
export function textMarksTransferables(t: TextMarks): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  const add = (a: { buffer: ArrayBufferLike }) => out.add(a.buffer as ArrayBuffer);
  if (t.quotes) [t.quotes.src, t.quotes.tgt, t.quotes.srcOpens, t.quotes.tgtOpens].forEach(add);
  if (t.marks) {
    [...t.marks.src, ...t.marks.tgt].forEach(add);
    add(t.marks.srcPacked);
    add(t.marks.tgtPacked);
  }
  return [...out];
}

/**
 * Text marks received from elsewhere, as objects made by the same functions as here (a thread's
 * message gives objects of other shapes, and the bead costs read them in the search's inner
 * loop); undefined when they do not answer `want` or do not fit the texts' lengths.
 */
export function adoptTextMarks(
  t: TextMarks | undefined,
  want: MarkWants,
  n: number,
  m: number,
): TextMarks | undefined {
  if (!t || !!t.quotes !== want.quotes || !!t.marks !== want.marks) return undefined;
  const q = t.quotes;
  if (q && (q.src.length !== n || q.tgt.length !== m)) return undefined;
  const quotes = q ? makeQuoteStates(q.src, q.tgt, q.srcOpens, q.tgtOpens) : undefined;
  const c = t.marks;
  if (c && (c.srcPacked.length !== n + 1 || c.tgtPacked.length !== m + 1)) return undefined;
  const marks = c ? makeMarkCounts([...c.src], [...c.tgt], c.srcPacked, c.tgtPacked) : undefined;
  return { ...(quotes ? { quotes } : {}), ...(marks ? { marks } : {}) };
}
