// @vitest-environment node
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { makeSide, type AlignDocument } from '../../src/core/model';
import { parseDocument } from '../../src/io/alignmentFile';
import { EXPORT_FORMATS, exportDocument, exportDocumentAsync } from '../../src/io/export';
import { neutralizeFormula } from '../../src/io/exporters/common';
import { pythonCsvRows, pythonCsvRowsEach, pythonXlsxCells } from './readers';
import { simpleDocument, trickyDocument } from './fixtures';

const text = (doc: AlignDocument, format: Parameters<typeof exportDocument>[1], options = {}) =>
  exportDocument(doc, format, options).data as string;

/** Chinese and English of the links an export should hold. */
function expectedPairs(doc: AlignDocument, includeUnpaired: boolean): string[][] {
  const { source, target, links } = doc.alignment;
  return links
    .filter((l) => includeUnpaired || (l.src.length > 0 && l.tgt.length > 0))
    .map((l) => [
      l.src.map((i) => source.segments[i].text).join(''),
      l.tgt.map((i) => target.segments[i].text).join(' '),
    ]);
}

/** Cells that break naive readers: a leading quote, tabs, CR, LF, CRLF, formulas, spaces. */
function awkwardDocument(): AlignDocument {
  return simpleDocument(
    [
      '"引号"开头',
      '制表\t符',
      '换行\n和\r\n回车\r',
      '=HYPERLINK("http://x","点")',
      '  空格  ',
      '-5°',
    ],
    ['"Quoted" start', 'tab\there', 'line\nbreak and\r\nCRLF\r', '@user', '+86 10 1234', ' "'],
  );
}

describe('TSV dialect (excel-tab: tab, " quoting, CRLF, UTF-8 BOM, header)', () => {
  it('is read back row for row and cell for cell by Python csv and by papaparse', () => {
    for (const doc of [trickyDocument(), awkwardDocument()]) {
      const tsv = text(doc, 'tsv', { includeUnpaired: true });
      expect(tsv.startsWith('\uFEFFChinese\tEnglish\r\n')).toBe(true);
      const expected = [
        ['Chinese', 'English'],
        ...expectedPairs(doc, true).map((r) => r.map(neutralizeFormula)),
      ];
      expect(pythonCsvRows(tsv, 'excel-tab')).toEqual(expected);
      const parsed = Papa.parse<string[]>(tsv.slice(1), {
        delimiter: '\t',
        quoteChar: '"',
        newline: '\r\n',
        skipEmptyLines: true,
      });
      expect(parsed.errors).toEqual([]);
      expect(parsed.data).toEqual(expected);
    }
  });

  it('guards formula-looking cells by default and gives the exact text when asked', () => {
    const doc = awkwardDocument();
    const guarded = pythonCsvRows(text(doc, 'tsv'), 'excel-tab');
    expect(guarded[4]).toEqual(['\'=HYPERLINK("http://x","点")', "'@user"]);
    expect(guarded[5][1]).toBe("'+86 10 1234");
    expect(guarded[6][0]).toBe("'-5°");
    const exact = pythonCsvRows(text(doc, 'tsv', { guardFormulas: false }), 'excel-tab');
    expect(exact.slice(1)).toEqual(expectedPairs(doc, false));
  });

  it('keeps any text exact, row for row (random texts, Python csv as the reader)', () => {
    const cell = fc.string({
      unit: fc.oneof(
        fc.constantFrom('\t', '\n', '\r', '"', "'", '=', '+', '-', '@', ' ', ',', '中', 'a'),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
      ),
      maxLength: 12,
    });
    // Random documents, all read by one Python process (one per document was slow on a busy machine).
    const docs = fc.sample(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 40 }), 30);
    const tsvs = docs.map((pairs) =>
      text(
        simpleDocument(
          pairs.map((p) => p[0]),
          pairs.map((p) => p[1]),
        ),
        'tsv',
        { guardFormulas: false },
      ),
    );
    const read = pythonCsvRowsEach(tsvs, 'excel-tab');
    docs.forEach((pairs, i) => expect(read[i]).toEqual([['Chinese', 'English'], ...pairs]));
  });
});

describe('CSV (excel: comma, every field quoted, CRLF, UTF-8 BOM, header)', () => {
  it('is read back cell for cell by Python csv and papaparse, confidence to 3 decimals', () => {
    const doc = awkwardDocument();
    const links = doc.alignment.links.map((l, i) =>
      i === 0 ? { ...l, confidence: 0.123456789, note: 'a "note", with\ttab' } : l,
    );
    const noted = { ...doc, alignment: { ...doc.alignment, links } };
    const csv = text(noted, 'csv');
    expect(csv.startsWith('\uFEFF"Chinese","English","Status","Confidence","Note"\r\n')).toBe(true);
    const expected = [
      ['Chinese', 'English', 'Status', 'Confidence', 'Note'],
      ...expectedPairs(noted, false).map(([zh, en], i) =>
        [zh, en, 'auto', i === 0 ? '0.123' : '0.9', i === 0 ? 'a "note", with\ttab' : ''].map(
          neutralizeFormula,
        ),
      ),
    ];
    expect(pythonCsvRows(csv, 'excel')).toEqual(expected);
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true });
    expect(parsed.data).toEqual(expected);
  });

  it('guards cells a spreadsheet would run as formulas, unless told not to', () => {
    const doc = simpleDocument(
      ['-减号', '\t制表符', '\r回车', '普通'],
      ['=1+1', '@x', '+y', 'a - b'],
    );
    const cells = (options: object) =>
      pythonCsvRows(text(doc, 'csv', options), 'excel')
        .slice(1)
        .map((r) => [r[0], r[1]]);
    expect(cells({})).toEqual([
      ["'-减号", "'=1+1"],
      ["'\t制表符", "'@x"],
      ["'\r回车", "'+y"],
      ['普通', 'a - b'],
    ]);
    expect(cells({ guardFormulas: false })).toEqual(expectedPairs(doc, false));
  });
});

describe('pairs only by default', () => {
  it('leaves 1-0 and 0-1 links out of pair formats unless asked', () => {
    const doc = trickyDocument();
    const tus = (options: object) => (text(doc, 'tmx', options).match(/<tu /g) ?? []).length;
    expect(tus({})).toBe(3);
    expect(tus({ includeUnpaired: true })).toBe(6);
    expect(tus({ confirmedOnly: true })).toBe(2);
    expect(text(doc, 'tsv').trim().split('\r\n')).toHaveLength(4);
    const moses = exportDocument(doc, 'moses');
    expect(moses.files!.map((f) => (f.data as string).split('\n').length)).toEqual([4, 4]);
  });

  it('keeps the whole alignment in .align (scorers count null beads) and JSON', () => {
    expect(text(trickyDocument(), 'align')).toBe(
      '[0]:[0]\n[1]:[1,2]\n[2,3]:[3]\n[]:[4]\n[4]:[]\n[]:[5]\n',
    );
    expect(parseDocument(text(trickyDocument(), 'json', { confirmedOnly: true }))).toEqual(
      trickyDocument(),
    );
  });

  it('writes TMX confidence to three decimals', () => {
    const doc = simpleDocument(['一'], ['one']);
    const odd = {
      ...doc,
      alignment: {
        ...doc.alignment,
        links: [{ ...doc.alignment.links[0], confidence: 0.8765432109876543 }],
      },
    };
    expect(text(odd, 'tmx')).toContain('<prop type="x-duilian-confidence">0.877</prop>');
  });
});

describe('XLSX', () => {
  it('holds text cells exactly (no apostrophe), a numeric confidence, read by an XLSX reader', async () => {
    const doc = awkwardDocument();
    const result = await exportDocumentAsync(doc, 'xlsx', { includeUnpaired: true });
    expect(result.extension).toBe('xlsx');
    const cells = pythonXlsxCells(result.data as Uint8Array);
    expect(cells[0].map((c) => c.value)).toEqual([
      'Chinese',
      'English',
      'Status',
      'Confidence',
      'Note',
    ]);
    const body = cells.slice(1);
    // Exact, but line breaks are LF in a cell (XML turns CR and CRLF into LF).
    const lf = (s: string) => s.replace(/\r\n?/g, '\n');
    expect(body.map((r) => [r[0].value, r[1].value])).toEqual(
      expectedPairs(doc, true).map((r) => r.map(lf)),
    );
    // Text cells cannot run formulas: "=HYPERLINK(…)" stays text, not a formula, with no prefix.
    for (const row of body) {
      expect([row[0].type, row[1].type].every((t) => t === 's' || t === 'inlineStr')).toBe(true);
      expect(row[3]).toEqual({ type: 'n', value: '0.9' });
    }
  });

  it('is only built asynchronously', () => {
    expect(() => exportDocument(trickyDocument(), 'xlsx')).toThrow(/exportDocumentAsync/);
  });
});

describe('all formats', () => {
  it('refuse an unknown format by name', () => {
    expect(() => exportDocument(trickyDocument(), 'rtf' as never)).toThrow(
      `unknown export format "rtf" (expected ${EXPORT_FORMATS.join(', ')})`,
    );
  });

  it('write an empty alignment as a readable file with nothing in it', async () => {
    const empty: AlignDocument = {
      meta: {},
      level: 'paragraphs',
      alignment: { source: makeSide('zh', []), target: makeSide('en', []), links: [] },
    };
    expect(text(empty, 'tsv')).toBe('\uFEFFChinese\tEnglish\r\n');
    expect(pythonCsvRows(text(empty, 'csv'), 'excel')).toHaveLength(1);
    expect(text(empty, 'tmx')).not.toContain('<tu');
    expect(text(empty, 'align')).toBe('');
    expect(parseDocument(text(empty, 'json'))).toEqual(empty);
    const xlsx = await exportDocumentAsync(empty, 'xlsx');
    expect(pythonXlsxCells(xlsx.data as Uint8Array)).toHaveLength(1);
  });
});
