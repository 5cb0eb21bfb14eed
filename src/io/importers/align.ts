import type { Link } from '../../core/model';
import { makeSide } from '../../core/model';
import { fileError } from '../errors';
import { orderLinks } from './linkOrder';
import { orderMessages, orderWarnings, type ImportResult, type TextFile } from './common';

/** One segment per line; the newline ending the last line does not start another. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * The segments a `.align` file counts: each non-empty line, trimmed, as `--split lines`
 * cuts a text and as Bertalign reads its input. Counting blank lines would shift every
 * index after the first blank line (texts with a blank line between paragraphs).
 */
export function segmentLines(text: string): string[] {
  return splitLines(text.replace(/^\uFEFF/, ''))
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

const LINK_LINE = /^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]\s*$/;

function indices(list: string): number[] {
  return list.trim() === '' ? [] : list.split(',').map((n) => Number(n.trim()));
}

/**
 * A `.align` file (`[0,1]:[2]`, Chinese left) with its two pre-segmented text files,
 * one segment per non-empty line. Links are taken as confirmed: such files are usually gold.
 */
export function importAlign(align: TextFile, source: TextFile, target: TextFile): ImportResult {
  const zh = segmentLines(source.text);
  const en = segmentLines(target.text);
  const raw: Link[] = [];
  splitLines(align.text).forEach((line, i) => {
    if (line.trim() === '') return;
    const m = LINK_LINE.exec(line);
    if (!m || m[1].includes(',,') || m[2].includes(',,')) {
      const shown = line.length > 40 ? `${line.slice(0, 37)}…` : line;
      throw fileError('io.alignBadLine', { name: align.name, line: i + 1, text: shown });
    }
    const link: Link = {
      src: indices(m[1]),
      tgt: indices(m[2]),
      status: 'confirmed',
      confidence: 1,
    };
    for (const [list, lines, file] of [
      [link.src, zh, source.name],
      [link.tgt, en, target.name],
    ] as const) {
      for (const index of list) {
        if (!Number.isInteger(index) || index >= lines.length) {
          throw fileError('io.alignOutside', {
            name: align.name,
            line: i + 1,
            index,
            count: lines.length,
            file,
          });
        }
      }
    }
    raw.push(link);
  });
  if (raw.length === 0) throw fileError('io.alignNoLinks', { name: align.name });
  const { links, merged, filled } = orderLinks(raw, zh.length, en.length, align.name);
  return {
    doc: {
      meta: { provenance: `imported from ${align.name}` },
      level: 'lines',
      alignment: {
        source: makeSide('zh', zh, source.name),
        target: makeSide('en', en, target.name),
        links,
      },
    },
    warnings: orderWarnings(align.name, merged, filled),
    said: orderMessages(align.name, merged, filled),
  };
}
