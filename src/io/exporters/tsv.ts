import type { AlignDocument } from '../../core/model';
import { oneLine, selectLinks, type ExportOptions } from './common';

/** Two columns, Chinese then English, one link a line; the text is otherwise exact. */
export function exportTsv(doc: AlignDocument, options?: ExportOptions): string {
  return selectLinks(doc, options)
    .map((row) => `${oneLine(row.zh)}\t${oneLine(row.en)}\n`)
    .join('');
}
