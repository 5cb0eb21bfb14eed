// @vitest-environment node
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { makeSide, type AlignDocument } from '../../src/core/model';
import { parseDocument } from '../../src/io/alignmentFile';
import { exportDocument, exportDocumentAsync, exportMoses } from '../../src/io/export';
import { importTmx } from '../../src/io/importers/tmx';
import { stripNonXmlChars } from '../../src/io/xml';
import { simpleDocument, trickyDocument } from './fixtures';
import { readZip } from './zip';

const text = (doc: AlignDocument, format: Parameters<typeof exportDocument>[1], options = {}) =>
  exportDocument(doc, format, options).data as string;

describe('TSV', () => {
  it('writes Chinese and English columns, one link a line, text exact but tabs and newlines', () => {
    const lines = text(trickyDocument(), 'tsv').split('\n');
    expect(lines[0]).toBe('他说：“<b>你好</b> & 再见”\tHe said: "<b>hello</b> & goodbye"');
    // 1-2 link: English segments joined with a space; tab and newline inside became spaces.
    expect(lines[1]).toBe('引号 \' 和 " 都在\tQuotes \' and " both Tab here and newline');
    // 2-1 link: Chinese segments joined with nothing; emoji and control characters kept.
    expect(lines[2]).toBe('第三段第四段，带表情 😀\tEmoji 😀 and a bell \u0007 char');
    // No formula neutralisation in TSV.
    expect(lines[3]).toBe('\t+1 starts with plus');
    expect(lines[4]).toBe('=SUM(A1:A2) 开头是等号\t');
    expect(lines).toHaveLength(7);
  });

  it('applies confirmed-only and no-unpaired', () => {
    expect(text(trickyDocument(), 'tsv', { confirmedOnly: true }).split('\n')).toHaveLength(4);
    expect(text(trickyDocument(), 'tsv', { includeUnpaired: false }).split('\n')).toHaveLength(4);
    expect(text(trickyDocument(), 'tsv', { confirmedOnly: true, includeUnpaired: false })).toBe(
      '他说：“<b>你好</b> & 再见”\tHe said: "<b>hello</b> & goodbye"\n第三段第四段，带表情 😀\tEmoji 😀 and a bell \u0007 char\n',
    );
  });
});

describe('.align', () => {
  it('writes Vecalign links, Chinese left, empty lists for null sides', () => {
    expect(text(trickyDocument(), 'align')).toBe(
      '[0]:[0]\n[1]:[1,2]\n[2,3]:[3]\n[]:[4]\n[4]:[]\n[]:[5]\n',
    );
  });
});

describe('CSV', () => {
  it('starts with a BOM and a header, quotes every field, keeps the text', () => {
    const csv = text(trickyDocument(), 'csv');
    expect(csv.startsWith('\uFEFF"Chinese","English","Status","Confidence","Note"\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[1]).toEqual([
      '他说：“<b>你好</b> & 再见”',
      'He said: "<b>hello</b> & goodbye"',
      'confirmed',
      '1',
      'checked <ok> & "fine"',
    ]);
    expect(rows[2][1]).toBe('Quotes \' and " both Tab\there and\nnewline');
    expect(rows).toHaveLength(7);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const rows = Papa.parse<string[]>(text(trickyDocument(), 'csv').slice(1), {
      skipEmptyLines: true,
    }).data;
    expect(rows[4][1]).toBe("'+1 starts with plus");
    expect(rows[5][0]).toBe("'=SUM(A1:A2) 开头是等号");
    expect(rows[6][1]).toBe("'@mention and -minus");
    const doc = simpleDocument(
      ['-减号', '\t制表符', '\r回车', '普通'],
      ['=1+1', '@x', '+y', 'plain - text'],
    );
    const cells = Papa.parse<string[]>(text(doc, 'csv').slice(1), {
      skipEmptyLines: true,
    }).data.slice(1);
    expect(cells.map((r) => [r[0], r[1]])).toEqual([
      ["'-减号", "'=1+1"],
      ["'\t制表符", "'@x"],
      ["'\r回车", "'+y"],
      ['普通', 'plain - text'],
    ]);
  });
});

describe('XLSX', () => {
  it('builds a workbook in Node with the same neutralised cells', async () => {
    const result = await exportDocumentAsync(trickyDocument(), 'xlsx');
    expect(result.extension).toBe('xlsx');
    expect(result.data).toBeInstanceOf(Uint8Array);
    const zip = readZip(result.data as Uint8Array);
    const strings = zip.get('xl/sharedStrings.xml')!;
    for (const cell of [
      'Chinese',
      'English',
      "'+1 starts with plus",
      "'=SUM(A1:A2) 开头是等号",
      "'@mention and -minus",
    ]) {
      expect(strings).toContain(`<t>${cell}</t>`);
    }
    expect(strings).toContain('<t>他说：“&lt;b&gt;你好&lt;/b&gt; &amp; 再见”</t>');
    expect(strings).toContain('Emoji 😀 and a bell  char');
    expect(strings).not.toContain('\u0007');
    expect(zip.get('xl/worksheets/sheet1.xml')).toContain('<v>0.8</v>');
  });

  it('is only built asynchronously', () => {
    expect(() => exportDocument(trickyDocument(), 'xlsx')).toThrow(/exportDocumentAsync/);
  });
});

describe('TMX', () => {
  it('round-trips through the TMX importer: pairs, status, confidence, notes', () => {
    const doc = trickyDocument();
    const back = importTmx({ name: 'x.tmx', text: text(doc, 'tmx') }).doc;
    const pairs = (d: AlignDocument) =>
      d.alignment.links.map((l) => [
        l.src.map((i) => d.alignment.source.segments[i].text).join(''),
        l.tgt.map((i) => d.alignment.target.segments[i].text).join(' '),
        l.status,
        l.confidence,
        l.note,
        `${l.src.length > 0}-${l.tgt.length > 0}`,
      ]);
    const expected = pairs(doc).map(([zh, en, ...rest]) => [
      zh,
      stripNonXmlChars(en as string),
      ...rest,
    ]);
    expect(pairs(back)).toEqual(expected);
  });

  it('round-trips random text exactly (less the characters XML forbids)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' })), {
          minLength: 1,
          maxLength: 8,
        }),
        (pairs) => {
          const doc = simpleDocument(
            pairs.map((p) => p[0]),
            pairs.map((p) => p[1]),
          );
          const back = importTmx({ name: 'r.tmx', text: text(doc, 'tmx') }).doc;
          expect(back.alignment.source.segments.map((s) => s.text)).toEqual(
            pairs.map((p) => stripNonXmlChars(p[0])),
          );
          expect(back.alignment.target.segments.map((s) => s.text)).toEqual(
            pairs.map((p) => stripNonXmlChars(p[1])),
          );
          expect(back.alignment.links.map((l) => [l.src, l.tgt])).toEqual(
            pairs.map((_, i) => [[i], [i]]),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('moses', () => {
  it('returns two line-aligned files', () => {
    const result = exportDocument(trickyDocument(), 'moses', { includeUnpaired: false });
    expect(result.files?.map((f) => f.suffix)).toEqual(['.zh', '.en']);
    const { zh, en } = exportMoses(trickyDocument(), { includeUnpaired: false });
    expect(zh).toBe('他说：“<b>你好</b> & 再见”\n引号 \' 和 " 都在\n第三段第四段，带表情 😀\n');
    expect(en.split('\n')).toHaveLength(zh.split('\n').length);
    expect(en.split('\n')[1]).toBe('Quotes \' and " both Tab here and newline');
  });
});

describe('JSON', () => {
  it('is the whole v1 document, whatever the options', () => {
    const doc = trickyDocument();
    const result = exportDocument(doc, 'json', { confirmedOnly: true });
    expect(result.extension).toBe('json');
    expect(parseDocument(result.data as string)).toEqual(doc);
  });

  it('refuses an unknown format by name', () => {
    expect(() => exportDocument(trickyDocument(), 'docx' as never)).toThrow(
      'unknown export format "docx" (expected json, align, tsv, csv, tmx, xlsx, moses)',
    );
  });
});

describe('all formats', () => {
  it('survive an empty alignment', async () => {
    const empty: AlignDocument = {
      meta: {},
      level: 'paragraphs',
      alignment: { source: makeSide('zh', []), target: makeSide('en', []), links: [] },
    };
    for (const format of ['json', 'align', 'tsv', 'csv', 'tmx', 'xlsx', 'moses'] as const) {
      const result = await exportDocumentAsync(empty, format);
      expect(result.data.length).toBeGreaterThanOrEqual(0);
    }
  });
});
