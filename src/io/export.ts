import type { AlignDocument } from '../core/model';

export type ExportFormat = 'json' | 'align' | 'tsv';

export interface ExportResult {
  readonly data: string | Uint8Array;
  readonly extension: string;
  readonly mime: string;
}

function joinText(doc: AlignDocument, side: 'source' | 'target', indices: readonly number[]): string {
  return indices.map((i) => doc.alignment[side].segments[i].text).join(' ');
}

/** Serializes a document in one of the export formats. (Minimal first version.) */
export function exportDocument(doc: AlignDocument, format: ExportFormat): ExportResult {
  switch (format) {
    case 'json':
      return { data: JSON.stringify(doc, null, 2), extension: 'json', mime: 'application/json' };
    case 'align':
      return {
        data: doc.alignment.links.map((l) => `[${l.src.join(',')}]:[${l.tgt.join(',')}]\n`).join(''),
        extension: 'align',
        mime: 'text/plain',
      };
    case 'tsv':
      return {
        data: doc.alignment.links
          .map((l) => `${joinText(doc, 'source', l.src)}\t${joinText(doc, 'target', l.tgt)}\n`)
          .join(''),
        extension: 'tsv',
        mime: 'text/tab-separated-values',
      };
  }
}
