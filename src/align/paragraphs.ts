import { normalizeText } from './normalize';

/** A paragraph starts with an indent: full-width spaces, or a tab / two or more spaces. */
const INDENT = /^(?:\u3000+|\t| {2,})/;

function joinLines(lines: readonly string[]): string {
  // Chinese lines are joined without a space; English (or mixed) with one.
  return lines.reduce((acc, line) => {
    if (acc === '') return line;
    const cjkJoin =
      /[\u3000-\u9fff\uff00-\uffef]$/.test(acc) && /^[\u3000-\u9fff\uff00-\uffef]/.test(line);
    return cjkJoin ? acc + line : `${acc} ${line}`;
  }, '');
}

export type ParagraphConvention = 'blank-lines' | 'indent' | 'lines';

/** A line of spaces, tabs or full-width spaces only: where blocks of lines part. */
const BLANK = /^[ \t\u3000]*$/;

/**
 * Guesses how a text marks its paragraphs:
 * - blank lines, when blocks of several lines exist between blank lines (hard-wrapped text);
 * - indentation, when most lines start with an indent but some do not (wrapped, indented text);
 * - otherwise one paragraph per non-empty line.
 */
export function detectParagraphConvention(text: string): ParagraphConvention {
  return conventionOf(normalizeText(text).split('\n'));
}

/**
 * detectParagraphConvention over a normalised text's lines, in one pass: two non-empty lines are
 * in different blocks when a blank line (spaces, tabs, full-width spaces) lies between them.
 */
function conventionOf(lines: readonly string[]): ParagraphConvention {
  let nonEmpty = 0;
  let indented = 0;
  let blocks = 0;
  let inBlock = 0;
  let longBlock = false;
  for (const line of lines) {
    if (line.trim() !== '') {
      nonEmpty++;
      inBlock++;
      if (INDENT.test(line)) indented++;
    } else if (inBlock > 0 && BLANK.test(line)) {
      blocks++;
      if (inBlock > 1) longBlock = true;
      inBlock = 0;
    }
  }
  if (inBlock > 0) {
    blocks++;
    if (inBlock > 1) longBlock = true;
  }
  if (blocks > 1 && longBlock) return 'blank-lines';
  if (indented >= nonEmpty * 0.5 && indented < nonEmpty) return 'indent';
  return 'lines';
}

/** Cuts a text into trimmed, non-empty paragraphs, whichever convention it uses. */
export function splitParagraphs(text: string): string[] {
  const normalized = normalizeText(text);
  // detectParagraphConvention(normalized) normalises again: only a second byte-order mark differs.
  const lines = normalized.split('\n');
  const convention = conventionOf(
    normalized.charCodeAt(0) === 0xfeff ? normalizeText(normalized).split('\n') : lines,
  );
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) paragraphs.push(joinLines(current));
    current = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      if (convention !== 'indent') flush();
      continue;
    }
    if (convention === 'lines' || (convention === 'indent' && INDENT.test(raw))) flush();
    current.push(line);
  }
  flush();
  return paragraphs;
}
