import type { AlignDocument, Side } from '../../core/model';
import { escapeXml } from '../xml';

export interface NamedFile {
  readonly name: string;
  readonly data: string;
}

function textXml(side: Side): string {
  const head = `<?xml version='1.0' encoding='utf-8'?>\n`;
  if (side.segments.length === 0) return `${head}<text>\n</text>\n`;
  const lines = side.segments.map((s, i) => `    <s id="1:${i + 1}">${escapeXml(s.text)}</s>`);
  return `${head}<text>\n  <p id="1">\n${lines.join('\n')}\n  </p>\n</text>\n`;
}

const ids = (indices: readonly number[]) => indices.map((i) => `1:${i + 1}`).join(' ');

/**
 * InterText's three files: `BASE_zh.xml` and `BASE_en.xml` (sentences `<s id="1:N">`)
 * and `BASE_zh.BASE_en.xml`, the `linkGrp` with `xtargets="EN_IDS;ZH_IDS"`
 * (toDoc English, fromDoc Chinese). Confirmed links are written as status "man".
 */
export function exportInterText(doc: AlignDocument, base: string): NamedFile[] {
  const zhName = `${base}_zh.xml`;
  const enName = `${base}_en.xml`;
  const links = doc.alignment.links.map(
    (l) =>
      `<link type='${l.tgt.length}-${l.src.length}' xtargets='${ids(l.tgt)};${ids(l.src)}' status='${l.status === 'confirmed' ? 'man' : 'auto'}'/>`,
  );
  const group =
    `<?xml version='1.0' encoding='utf-8'?>\n` +
    `<linkGrp toDoc='${escapeXml(enName)}' fromDoc='${escapeXml(zhName)}'>\n${links.map((l) => `${l}\n`).join('')}</linkGrp>\n`;
  return [
    { name: zhName, data: textXml(doc.alignment.source) },
    { name: enName, data: textXml(doc.alignment.target) },
    { name: `${base}_zh.${base}_en.xml`, data: group },
  ];
}
