/**
 * Hints about the open document that do not block it: texts that may not be translations of
 * each other (most rows look wrong), and texts cut at their blank lines whose lines look like
 * the paragraphs (an offer to cut them by lines). The rules are pure functions of the checks
 * and of the texts; the slice holds what the UI needs to show and dismiss them.
 */
import { useStore } from 'zustand';
import type { TextInput } from '../align/alignTexts';
import { detectParagraphConvention } from '../align/paragraphs';
import { normalizeText } from '../align/normalize';
import { forEachFlags, type LinkChecks } from '../checks';
import type { Alignment } from '../core/model';
import { defineSlice } from './rootStore';

// ---------------------------------------------------------------- mismatched texts

/**
 * From this share of rows flagged `low-confidence` or `unpaired`, the texts may not be a
 * translation of each other. Measured with `duilian check` on ../shared/corpora (the same
 * aligner and checks as the app): the real pairs reach at most 58.6% (mac-dev 002 by lines;
 * para-dev by paragraphs at most 6.6%, by sentences 54.4%; aca 1.2%, mag 5.2%); mismatched
 * pairs (each para-dev chapter's Chinese with every other chapter's English by paragraphs, the
 * same for mac-dev by lines, 60 pairs; five para-dev pairs by sentences; aca, mag and mac-dev
 * across corpora) reach at least 85.4%. 75% lies between the two with room on both sides.
 */
export const MISMATCH_SHARE = 0.75;
/** Fewer rows than this say too little (a pasted pair of short texts). */
export const MISMATCH_MIN_ROWS = 8;

export interface Mismatch {
  /** Rows flagged low-confidence or unpaired. */
  readonly flagged: number;
  readonly total: number;
}

/**
 * Whether the checks say the texts may not be translations of each other: null while the
 * cheap checks of some link are still to be done, and when the rows look like a translation.
 */
export function mismatchOf(checks: LinkChecks | null): Mismatch | null {
  if (!checks || checks.unchecked > 0) return null;
  const total = checks.alignment.links.length;
  if (total < MISMATCH_MIN_ROWS) return null;
  let flagged = 0;
  forEachFlags(checks.chunks, (flags) => {
    if (flags.some((f) => f.kind === 'low-confidence' || f.kind === 'unpaired')) flagged++;
  });
  return flagged >= MISMATCH_SHARE * total ? { flagged, total } : null;
}

// ---------------------------------------------------------------- lines as paragraphs

/** A line that ends a sentence: its stop, then perhaps closing quotation marks or brackets. */
const SENTENCE_END = /[。！？!?.…；;：:][”’"')）」』》\]]*$/u;
/** Blocks (between blank lines) hold at least this many lines on average... */
export const LINES_PER_BLOCK = 8;
/** ...and at least this share of their lines end a sentence (hard-wrapped lines do not). */
export const LINES_ENDING_SENTENCES = 0.7;

export interface LinesHint {
  /** Paragraphs (blocks between blank lines) the text was cut into. */
  readonly paragraphs: number;
  /** Its non-empty lines. */
  readonly lines: number;
}

/**
 * A text cut into paragraphs at its blank lines whose lines look like paragraphs themselves:
 * blocks of many lines (chapters, not paragraphs: a paragraph of one sentence a line has a few),
 * most of them ending a sentence (a hard-wrapped text's lines end mid-sentence). Null when the
 * blank lines are the paragraphs' ends, or the text is not cut at blank lines.
 */
export function linesLookLikeParagraphs(text: string): LinesHint | null {
  if (detectParagraphConvention(text) !== 'blank-lines') return null;
  let paragraphs = 0;
  let lines = 0;
  let ended = 0;
  let inBlock = false;
  for (const raw of normalizeText(text).split('\n')) {
    const line = raw.trim();
    if (line === '') {
      inBlock = false;
      continue;
    }
    if (!inBlock) paragraphs++;
    inBlock = true;
    lines++;
    if (SENTENCE_END.test(line)) ended++;
  }
  if (paragraphs === 0 || lines < LINES_PER_BLOCK * paragraphs) return null;
  if (ended < LINES_ENDING_SENTENCES * lines) return null;
  return { paragraphs, lines };
}

/** A text whose paragraphs are its lines already: cutting it by lines changes nothing. */
function linePerParagraph(text: string): boolean {
  return detectParagraphConvention(text) === 'lines';
}

/**
 * Whether to offer cutting two texts by lines: one of them looks like one paragraph a line cut
 * at a few blank lines, and the other does too, or has its paragraphs one a line already.
 */
export function offerLines(zh: string, en: string): LinesHint | null {
  const a = linesLookLikeParagraphs(zh);
  const b = linesLookLikeParagraphs(en);
  if (a && (b || linePerParagraph(en))) return a;
  if (b && linePerParagraph(zh)) return b;
  return null;
}

// ---------------------------------------------------------------- the slice

export interface HintsState {
  /** The texts of the open document, when they may be better cut by lines. */
  readonly lines: {
    readonly docId: string;
    readonly zh: TextInput;
    readonly en: TextInput;
    readonly paragraphs: number;
    readonly lines: number;
  } | null;
  /**
   * The document whose mismatch notice the user dismissed: its id (fileStore.docId, the same
   * while it is edited), or its Chinese segments when it has none (the bundled sample).
   */
  readonly mismatchDismissed: string | Alignment['source']['segments'] | null;
}

export const initialHintsState: HintsState = { lines: null, mismatchDismissed: null };

export const hintsStore = defineSlice('hints', initialHintsState);

export function useHints<T>(select: (s: HintsState) => T): T {
  return useStore(hintsStore, select);
}

/** What identifies the open document for a dismissal. */
function documentKey(docId: string | null, alignment: Alignment) {
  return docId ?? alignment.source.segments;
}

/** Remembers that the user dismissed the mismatch notice for this document. */
export function dismissMismatch(docId: string | null, alignment: Alignment): void {
  hintsStore.setState({ mismatchDismissed: documentKey(docId, alignment) });
}

/** Was the mismatch notice dismissed for this document? */
export function mismatchDismissedFor(
  state: HintsState,
  docId: string | null,
  alignment: Alignment,
): boolean {
  return state.mismatchDismissed === documentKey(docId, alignment);
}

export function dismissLinesHint(): void {
  hintsStore.setState({ lines: null });
}
