import type { AlignDocument, SplitMode } from '../../core/model';
import { APP_VERSION } from '../appVersion';
import { escapeXml } from '../xml';
import { roundConfidence, selectLinks, type ExportOptions } from './common';

export const TMX_ZH = 'zh-CN';
export const TMX_EN = 'en';

/** `2026-11-29T10:00:00.000Z` -> `20261129T100000Z`, the TMX date form; undefined if unreadable. */
function tmxDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  return new Date(time).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
}

/** TMX has no "line": a line of a pre-segmented corpus is a sentence there. */
export function segtypeOf(level: SplitMode): 'paragraph' | 'sentence' {
  return level === 'paragraphs' ? 'paragraph' : 'sentence';
}

/**
 * TMX 1.4b: one <tu> per link, a <tuv> per non-empty side (so 1-0 / 0-1 links have
 * one), status and confidence as x-duilian props, the note as <note>.
 */
export function exportTmx(doc: AlignDocument, options: ExportOptions = {}): string {
  const date = tmxDate(doc.meta.modifiedAt ?? doc.meta.createdAt);
  const header = [
    'creationtool="duilian"',
    `creationtoolversion="${escapeXml(APP_VERSION)}"`,
    `segtype="${options.segtype ?? segtypeOf(doc.level)}"`,
    'o-tmf="duilian"',
    'adminlang="en"',
    `srclang="${TMX_ZH}"`,
    'datatype="plaintext"',
    ...(date ? [`creationdate="${date}"`] : []),
  ];
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header ${header.join(' ')}/>`,
    '  <body>',
  ];
  for (const row of selectLinks(doc, options)) {
    out.push(`    <tu tuid="${row.number}">`);
    out.push(`      <prop type="x-duilian-status">${row.link.status}</prop>`);
    out.push(
      `      <prop type="x-duilian-confidence">${roundConfidence(row.link.confidence)}</prop>`,
    );
    if (row.link.note !== undefined) out.push(`      <note>${escapeXml(row.link.note)}</note>`);
    if (row.link.src.length > 0)
      out.push(`      <tuv xml:lang="${TMX_ZH}"><seg>${escapeXml(row.zh)}</seg></tuv>`);
    if (row.link.tgt.length > 0)
      out.push(`      <tuv xml:lang="${TMX_EN}"><seg>${escapeXml(row.en)}</seg></tuv>`);
    out.push('    </tu>');
  }
  out.push('  </body>', '</tmx>', '');
  return out.join('\n');
}
