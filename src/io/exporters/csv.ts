import Papa from 'papaparse';
import type { AlignDocument } from '../../core/model';
import { neutralizeFormula, selectLinks, type ExportOptions } from './common';

export const TABLE_HEADER = ['Chinese', 'English', 'Status', 'Confidence', 'Note'] as const;

/** The rows of a spreadsheet export, formulas neutralised. */
export function tableRows(doc: AlignDocument, options?: ExportOptions): string[][] {
  return selectLinks(doc, options).map((row) =>
    [row.zh, row.en, row.link.status, String(row.link.confidence), row.link.note ?? ''].map(
      neutralizeFormula,
    ),
  );
}

/** UTF-8 CSV with a BOM (so Excel reads Chinese), every field quoted, CRLF rows. */
export function exportCsv(doc: AlignDocument, options?: ExportOptions): string {
  const csv = Papa.unparse([[...TABLE_HEADER], ...tableRows(doc, options)], {
    quotes: true,
    newline: '\r\n',
  });
  return `\uFEFF${csv}\r\n`;
}
