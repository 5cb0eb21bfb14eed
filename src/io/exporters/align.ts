import type { AlignDocument } from '../../core/model';
import { selectLinks, type ExportOptions } from './common';

/** The Vecalign/Bertalign gold format: `[0,1]:[2]`, 0-based, Chinese left. */
export function exportAlign(doc: AlignDocument, options?: ExportOptions): string {
  return selectLinks(doc, options)
    .map(({ link }) => `[${link.src.join(',')}]:[${link.tgt.join(',')}]\n`)
    .join('');
}
