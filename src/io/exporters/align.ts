import type { AlignDocument } from '../../core/model';

/**
 * The Vecalign/Bertalign gold format: `[0,1]:[2]`, 0-based, Chinese left. It describes the
 * whole alignment (null beads included, as scorers count them), so no option narrows it.
 */
export function exportAlign(doc: AlignDocument): string {
  return doc.alignment.links
    .map((link) => `[${link.src.join(',')}]:[${link.tgt.join(',')}]\n`)
    .join('');
}
