/**
 * Writing the alignment JSON. Apart from the reader (alignmentFile.ts) so that writing a file,
 * as `duilian align` does, need not load the schema library the reader checks files with.
 */
import type { AlignDocument, DocumentMeta, Link, Side } from '../core/model';
import { CURRENT_VERSION, FILE_FORMAT } from './alignmentVersion';

/**
 * The alignment JSON (format version 2). One segment and one link per line, so files
 * stay readable and diff well. Pure: metadata (times, app version) is written as given.
 */
export function serializeDocument(doc: AlignDocument): string {
  const { source, target, links } = doc.alignment;
  const parts = [
    `  "format": ${JSON.stringify(FILE_FORMAT)}`,
    `  "version": ${CURRENT_VERSION}`,
    `  "level": ${JSON.stringify(doc.level)}`,
    `  "meta": ${indentBlock(JSON.stringify(cleanMeta(doc.meta), null, 2))}`,
    `  "source": ${sideJson(source)}`,
    `  "target": ${sideJson(target)}`,
    `  "links": ${listJson(links.map(linkJson), '"src"', '  ')}`,
  ];
  return `{\n${parts.join(',\n')}\n}\n`;
}

function indentBlock(json: string): string {
  return json.replace(/\n/g, '\n  ');
}

function cleanMeta(meta: DocumentMeta): DocumentMeta {
  return JSON.parse(JSON.stringify(meta ?? {})) as DocumentMeta;
}

function sideJson(side: Side): string {
  const head = [`"lang": ${JSON.stringify(side.lang)}`];
  if (side.fileName !== undefined) head.push(`"fileName": ${JSON.stringify(side.fileName)}`);
  const segments = side.segments.map((s) =>
    s.importedText === undefined
      ? { id: s.id, text: s.text }
      : { id: s.id, text: s.text, importedText: s.importedText },
  );
  head.push(`"segments": ${listJson(segments, '"id"', '    ')}`);
  return `{\n    ${head.join(',\n    ')}\n  }`;
}

function linkJson(link: Link): Record<string, unknown> {
  const out: Record<string, unknown> = {
    src: link.src,
    tgt: link.tgt,
    status: link.status,
    confidence: link.confidence,
  };
  if (link.note !== undefined) out.note = link.note;
  if (link.edited) out.edited = true;
  if (link.dismissed !== undefined && link.dismissed.length > 0) out.dismissed = link.dismissed;
  return out;
}

/**
 * A list of objects, one a line. Stringified in one call (much faster than one call per
 * item on big documents), then broken after each `},{"key"`: that sequence cannot occur
 * inside a JSON string, where every quote is escaped.
 */
function listJson(items: readonly object[], firstKey: string, indent: string): string {
  if (items.length === 0) return '[]';
  const flat = JSON.stringify(items);
  const inner = flat.slice(1, -1).split(`},{${firstKey}:`).join(`},\n${indent}  {${firstKey}:`);
  return `[\n${indent}  ${inner}\n${indent}]`;
}
