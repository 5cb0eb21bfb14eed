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

/**
 * Guesses how a text marks its paragraphs:
 * - blank lines, when blocks of several lines exist between blank lines (hard-wrapped text);
 * - indentation, when most lines start with an indent but some do not (wrapped, indented text);
 * - otherwise one paragraph per non-empty line.
 */
export function detectParagraphConvention(text: string): ParagraphConvention {
  const lines = normalizeText(text).split('\n');
  const nonEmpty = lines.filter((l) => l.trim() !== '');
  const blocks = normalizeText(text)
    .split(/\n[ \t\u3000]*\n/)
    .map((b) => b.split('\n').filter((l) => l.trim() !== '').length)
    .filter((n) => n > 0);
  if (blocks.length > 1 && blocks.some((n) => n > 1)) return 'blank-lines';
  const indented = nonEmpty.filter((l) => INDENT.test(l)).length;
  if (indented >= nonEmpty.length * 0.5 && indented < nonEmpty.length) return 'indent';
  return 'lines';
}

/** Cuts a text into trimmed, non-empty paragraphs, whichever convention it uses. */
export function splitParagraphs(text: string): string[] {
  const normalized = normalizeText(text);
  const convention = detectParagraphConvention(normalized);
  const lines = normalized.split('\n');
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
