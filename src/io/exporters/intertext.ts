import type { AlignDocument, Segment, Side } from '../../core/model';
import { escapeXml } from '../xml';

export interface NamedFile {
  readonly name: string;
  readonly data: string;
}

const INTERTEXT_ID = /^(\d+):\d+$/;

/**
 * The InterText ids of a side: its own when it came from InterText (`P:S`, unique), so a
 * round trip keeps them; else one paragraph, `1:1` … `1:N`.
 */
export function interTextIds(side: Side): string[] {
  const own = side.segments.map((s) => s.id);
  const keep = own.every((id) => INTERTEXT_ID.test(id)) && new Set(own).size === own.length;
  return keep ? own : side.segments.map((_, i) => `1:${i + 1}`);
}

function textXml(segments: readonly Segment[], ids: readonly string[]): string {
  const head = `<?xml version='1.0' encoding='utf-8'?>\n`;
  if (segments.length === 0) return `${head}<text>\n</text>\n`;
  // Consecutive sentences of one paragraph number share a <p>.
  const out: string[] = [];
  let open: string | null = null;
  segments.forEach((s, i) => {
    const paragraph = INTERTEXT_ID.exec(ids[i])![1];
    if (paragraph !== open) {
      if (open !== null) out.push('  </p>');
      out.push(`  <p id="${paragraph}">`);
      open = paragraph;
    }
    out.push(`    <s id="${ids[i]}">${escapeXml(s.text)}</s>`);
  });
  out.push('  </p>');
  return `${head}<text>\n${out.join('\n')}\n</text>\n`;
}

/**
 * InterText's three files: `BASE_zh.xml` and `BASE_en.xml` (sentences `<s id="P:N">`)
 * and `BASE_zh.BASE_en.xml`, the `linkGrp` with `xtargets="EN_IDS;ZH_IDS"`
 * (toDoc English, fromDoc Chinese). Confirmed links are written as status "man".
 * `base` is a file name without folder: the files name each other by it.
 */
export function exportInterText(doc: AlignDocument, base: string): NamedFile[] {
  const zhName = `${base}_zh.xml`;
  const enName = `${base}_en.xml`;
  const { source, target } = doc.alignment;
  const zhIds = interTextIds(source);
  const enIds = interTextIds(target);
  const ids = (all: readonly string[], indices: readonly number[]) =>
    indices.map((i) => all[i]).join(' ');
  const links = doc.alignment.links.map(
    (l) =>
      `<link type='${l.tgt.length}-${l.src.length}' xtargets='${ids(enIds, l.tgt)};${ids(zhIds, l.src)}' status='${l.status === 'confirmed' ? 'man' : 'auto'}'/>`,
  );
  const group =
    `<?xml version='1.0' encoding='utf-8'?>\n` +
    `<linkGrp toDoc='${escapeXml(enName)}' fromDoc='${escapeXml(zhName)}'>\n${links.map((l) => `${l}\n`).join('')}</linkGrp>\n`;
  return [
    { name: zhName, data: textXml(source.segments, zhIds) },
    { name: enName, data: textXml(target.segments, enIds) },
    { name: `${base}_zh.${base}_en.xml`, data: group },
  ];
}
