import type { AlignDocument, Link, Side } from '../../core/model';

export interface ExportOptions {
  /** Only links a person has confirmed. */
  readonly confirmedOnly?: boolean;
  /**
   * Keep 1-0 and 0-1 links. Off by default: CAT tools and spreadsheets expect pairs, and
   * read a one-language unit as a source with no translation.
   */
  readonly includeUnpaired?: boolean;
  /**
   * TSV and CSV: put `'` before a cell a spreadsheet would run as a formula (default on).
   * Off gives the text exactly, for scripts that read the file.
   */
  readonly guardFormulas?: boolean;
  /** What a segment is, for the TMX header; by default from the document's level. */
  readonly segtype?: 'paragraph' | 'sentence';
}

/** One exported pair: the link and the joined text of each side. */
export interface ExportRow {
  /** 1-based position of the link in the whole alignment. */
  readonly number: number;
  readonly link: Link;
  readonly zh: string;
  readonly en: string;
}

/** Chinese runs join with nothing, other languages with a space. */
export function joinSegments(side: Side, indices: readonly number[]): string {
  return indices.map((i) => side.segments[i].text).join(side.lang === 'zh' ? '' : ' ');
}

export function isUnpaired(link: Link): boolean {
  return link.src.length === 0 || link.tgt.length === 0;
}

/** The links an export holds: pairs only unless asked for unpaired ones. */
export function selectLinks(doc: AlignDocument, options: ExportOptions = {}): ExportRow[] {
  const { source, target, links } = doc.alignment;
  const rows: ExportRow[] = [];
  links.forEach((link, i) => {
    if (options.confirmedOnly && link.status !== 'confirmed') return;
    if (isUnpaired(link) && !options.includeUnpaired) return;
    rows.push({
      number: i + 1,
      link,
      zh: joinSegments(source, link.src),
      en: joinSegments(target, link.tgt),
    });
  });
  return rows;
}

/** Three decimals: the aligner's confidence is not more precise than that. */
export function roundConfidence(confidence: number): number {
  return Math.round(confidence * 1000) / 1000;
}

/** Tabs and line breaks become spaces, so one link stays one line. */
export function oneLine(text: string): string {
  return text.replace(/\r\n|[\t\n\r]/g, ' ');
}

/**
 * A spreadsheet would run a cell starting with = + - @ (or tab / CR) as a formula:
 * an apostrophe in front keeps it text (OWASP "CSV injection").
 */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** The formula guard when the options ask for it (the default). */
export function guardCell(cell: string, options: ExportOptions = {}): string {
  return options.guardFormulas === false ? cell : neutralizeFormula(cell);
}
