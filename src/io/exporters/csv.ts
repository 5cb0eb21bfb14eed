import Papa from 'papaparse';
import type { AlignDocument } from '../../core/model';
import { guardCell, roundConfidence, selectLinks, type ExportOptions } from './common';

export const TABLE_HEADER = ['Chinese', 'English', 'Status', 'Confidence', 'Note'] as const;

/** The rows of a spreadsheet export, as text (formulas not yet guarded). */
export function tableRows(doc: AlignDocument, options?: ExportOptions): string[][] {
  return selectLinks(doc, options).map((row) => [
    row.zh,
    row.en,
    row.link.status,
    String(roundConfidence(row.link.confidence)),
    row.link.note ?? '',
  ]);
}

/** UTF-8 CSV with a BOM (so Excel reads Chinese), every field quoted, CRLF rows. */
export function exportCsv(doc: AlignDocument, options?: ExportOptions): string {
  const rows = tableRows(doc, options).map((r) => r.map((cell) => guardCell(cell, options)));
  const csv = Papa.unparse([[...TABLE_HEADER], ...rows], { quotes: true, newline: '\r\n' });
  return `\uFEFF${csv}\r\n`;
}
