// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findViolation } from '../../src/core/invariants';
import type { AlignDocument } from '../../src/core/model';
import { FileFormatError } from '../../src/io/errors';
import { exportDocument } from '../../src/io/export';
import { joinSegments } from '../../src/io/exporters/common';
import { openAccept } from '../../src/io/formats';
import { importTable } from '../../src/io/importers/table';
import { planFiles, readPlan } from '../../src/io/planner';
import { trickyDocument } from './fixtures';

/** A table as another program writes it: Python's csv.writer, in the given dialect. */
function pythonTable(rows: string[][], dialect: 'excel' | 'excel-tab', bom = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'duilian-table-'));
  const file = join(dir, 'out');
  const script = `
import csv, json, sys
rows = json.loads(sys.argv[2])
with open(sys.argv[1], 'w', newline='', encoding=${JSON.stringify(bom ? 'utf-8-sig' : 'utf-8')}) as f:
    csv.writer(f, dialect=${JSON.stringify(dialect)}).writerows(rows)
`;
  execFileSync('python3', ['-c', script, file, JSON.stringify(rows)]);
  return readFileSync(file, 'utf8');
}

const texts = (doc: AlignDocument, side: 'source' | 'target') =>
  doc.alignment[side].segments.map((s) => s.text);
const shapes = (doc: AlignDocument) =>
  doc.alignment.links.map((l) => `${l.src.length}-${l.tgt.length}`);

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FileFormatError);
    return (error as Error).message;
  }
  throw new Error('expected the table to be refused');
}

describe('TSV / CSV of pairs', () => {
  it('reads a spreadsheet’s CSV by its header, whatever the column order, with quotes and line breaks', () => {
    const text = pythonTable(
      [
        ['id', 'English', 'Chinese'],
        ['1', 'He said, "yes".', '他说：“是的。”'],
        ['2', 'Two lines\nin one cell', '两行\n在一个单元格'],
        ['3', '', '只有中文。'],
        ['4', '', ''],
        ['5', 'Only English.', ''],
      ],
      'excel',
    );
    const { doc } = importTable({ name: 'pairs.csv', text });
    expect(texts(doc, 'source')).toEqual(['他说：“是的。”', '两行\n在一个单元格', '只有中文。']);
    expect(texts(doc, 'target')).toEqual([
      'He said, "yes".',
      'Two lines\nin one cell',
      'Only English.',
    ]);
    expect(shapes(doc)).toEqual(['1-1', '1-1', '1-0', '0-1']);
    expect(findViolation(doc.alignment)).toBeNull();
  });

  it('reads a TSV without a header, English first, telling the languages apart by their text', () => {
    const text = pythonTable(
      [
        ['The first sentence.', '第一句。'],
        ['A "quoted"\tcell', '第二句，带引号。'],
      ],
      'excel-tab',
      false,
    );
    const { doc } = importTable({ name: 'memory.tsv', text });
    expect(texts(doc, 'source')).toEqual(['第一句。', '第二句，带引号。']);
    expect(texts(doc, 'target')).toEqual(['The first sentence.', 'A "quoted"\tcell']);
  });

  it('reads back what duilian’s TSV and CSV exports hold: texts, and from CSV status, confidence, note', () => {
    const original = trickyDocument();
    const rows = original.alignment.links.map((l) => ({
      zh: joinSegments(original.alignment.source, l.src),
      en: joinSegments(original.alignment.target, l.tgt),
    }));
    for (const format of ['tsv', 'csv'] as const) {
      const data = exportDocument(original, format, { includeUnpaired: true }).data as string;
      const { doc } = importTable({ name: `export.${format}`, text: data });
      expect(
        doc.alignment.links.map((l) => ({
          zh: l.src.map((i) => doc.alignment.source.segments[i].text).join(''),
          en: l.tgt.map((i) => doc.alignment.target.segments[i].text).join(''),
        })),
      ).toEqual(rows);
      if (format === 'csv') {
        expect(doc.alignment.links.map((l) => [l.status, l.confidence, l.note])).toEqual(
          original.alignment.links.map((l) => [l.status, l.confidence, l.note]),
        );
      }
    }
  });

  it('is opened by the planner from its name, and offered in the Open dialog', () => {
    const text = '\uFEFFChinese\tEnglish\r\n第一句。\tFirst.\r\n';
    const plan = planFiles([{ name: 'pairs.tsv', text }]);
    expect(plan.kind).toBe('table');
    if (plan.kind !== 'table') return;
    expect(readPlan(plan, () => []).doc.alignment.links).toHaveLength(1);
    expect(openAccept().split(',')).toEqual(expect.arrayContaining(['.tsv', '.csv']));
  });

  it('refuses, in one sentence, a table it cannot read as pairs', () => {
    expect(errorOf(() => importTable({ name: 'one.csv', text: 'only\none column\n' }))).toBe(
      'one.csv has fewer than two columns: a table of pairs needs a Chinese and an English column',
    );
    expect(errorOf(() => importTable({ name: 'same.tsv', text: 'one\ttwo\nthree\tfour\n' }))).toBe(
      'same.tsv has no header naming its Chinese and English columns, and its first two columns are not one Chinese and one English',
    );
    expect(
      errorOf(() => importTable({ name: 'open.csv', text: 'Chinese,English\n"第一句。,First.\n' })),
    ).toBe('open.csv, row 2: a quoted cell is not closed (a " is missing)');
    expect(errorOf(() => importTable({ name: 'head.csv', text: 'Chinese,English\n,\n' }))).toBe(
      'head.csv holds no pairs: every row is empty under the header',
    );
  });
});
