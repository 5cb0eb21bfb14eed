import type { AlignDocument } from '../../core/model';
import { oneLine, selectLinks, type ExportOptions } from './common';

export interface MosesFiles {
  readonly zh: string;
  readonly en: string;
}

/** Two line-aligned plain-text files: line n of one translates line n of the other. */
export function exportMoses(doc: AlignDocument, options?: ExportOptions): MosesFiles {
  const rows = selectLinks(doc, options);
  return {
    zh: rows.map((r) => `${oneLine(r.zh)}\n`).join(''),
    en: rows.map((r) => `${oneLine(r.en)}\n`).join(''),
  };
}
