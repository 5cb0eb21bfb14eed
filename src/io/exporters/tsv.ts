import type { AlignDocument } from '../../core/model';
import { guardCell, selectLinks, type ExportOptions } from './common';

export const TSV_HEADER = ['Chinese', 'English'] as const;

/**
 * One field of the TSV dialect (Python's `excel-tab`, RFC 4180 with a tab): a field holding
 * a tab, a line break or a quote is quoted, its quotes doubled; others are written as they are.
 */
export function tsvField(cell: string): string {
  return /[\t\r\n"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * Two columns, Chinese then English, under a header row; UTF-8 with BOM, CRLF rows. Text is
 * exact (quoted where needed, see tsvField) but for the formula guard, which is on by default.
 */
export function exportTsv(doc: AlignDocument, options?: ExportOptions): string {
  const rows = selectLinks(doc, options).map((row) => [row.zh, row.en]);
  const lines = [[...TSV_HEADER], ...rows].map((cells) =>
    cells.map((cell) => tsvField(guardCell(cell, options))).join('\t'),
  );
  return `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`;
}
