import type { SheetData } from 'write-excel-file/universal';
import type { AlignDocument } from '../../core/model';
import { stripNonXmlChars } from '../xml';
import type { ExportOptions } from './common';
import { TABLE_HEADER, tableRows } from './csv';

/** Excel refuses longer cell texts. */
const EXCEL_MAX_CELL = 32767;

/**
 * Exact but for what a cell cannot hold: characters XML forbids, and CR (XML readers turn
 * CR and CRLF into LF; a line break in a cell is LF), and text past Excel's limit.
 */
export function cellText(text: string): string {
  return stripNonXmlChars(text).replace(/\r\n?/g, '\n').slice(0, EXCEL_MAX_CELL);
}

/**
 * One sheet, same columns as the CSV, header row frozen. Cells hold the text exactly: text
 * cells cannot run formulas, so nothing is prefixed.
 * Uses write-excel-file's universal build (a Blob), so it runs in browsers and in Node.
 */
export async function exportXlsx(doc: AlignDocument, options?: ExportOptions): Promise<Uint8Array> {
  const header = TABLE_HEADER.map((value) => ({ value, fontWeight: 'bold' as const }));
  const rows = tableRows(doc, options).map(([zh, en, status, confidence, note]) => [
    { value: cellText(zh), wrap: true },
    { value: cellText(en), wrap: true },
    { value: status },
    { value: Number(confidence), type: Number },
    { value: cellText(note), wrap: true },
  ]);
  const data: SheetData = [header, ...rows];
  // Loaded on first use: the app's bundle need not carry the XLSX writer.
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const blob = await writeXlsxFile(data, {
    sheet: 'Alignment',
    columns: [{ width: 60 }, { width: 60 }, { width: 11 }, { width: 11 }, { width: 30 }],
    stickyRowsCount: 1,
  }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
