// @vitest-environment node
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findViolation } from '../../src/core/invariants';
import { parseDocument, serializeDocument } from '../../src/io/alignmentFile';
import { FileFormatError } from '../../src/io/errors';
import { alignmentJsonSchema } from '../../src/io/alignmentSchema';
import { checkMigrations, migrateFile, type Migration } from '../../src/io/migrations';
import { schemaText } from '../../scripts/gen-schema';
import { simpleDocument, trickyDocument } from './fixtures';

function errorOf(text: string): string {
  try {
    parseDocument(text);
  } catch (error) {
    expect(error).toBeInstanceOf(FileFormatError);
    return (error as Error).message;
  }
  throw new Error('expected the file to be refused');
}

describe('alignment JSON v2', () => {
  it('round-trips a document exactly', () => {
    const doc = trickyDocument();
    const text = serializeDocument(doc);
    expect(parseDocument(text)).toEqual(doc);
    const raw = JSON.parse(text);
    expect(raw.format).toBe('duilian-alignment');
    expect(raw.version).toBe(2);
    expect(raw.level).toBe('paragraphs');
    expect(raw.source.fileName).toBe('zh.txt');
    expect(raw.meta.title).toEqual({ zh: '标题', en: 'Title' });
  });

  it('reads a file an editor saved with a BOM', () => {
    const doc = trickyDocument();
    expect(parseDocument(`\uFEFF${serializeDocument(doc)}`)).toEqual(doc);
  });

  it('keeps edited segments with their imported text', () => {
    const doc = simpleDocument(['一'], ['one']);
    const edited = {
      ...doc,
      alignment: {
        ...doc.alignment,
        target: {
          ...doc.alignment.target,
          segments: [{ id: 'en1', text: 'One.', importedText: 'one' }],
        },
      },
    };
    expect(parseDocument(serializeDocument(edited))).toEqual(edited);
  });

  it('writes one link per line', () => {
    const text = serializeDocument(simpleDocument(['一', '二'], ['one', 'two']));
    expect(text).toContain('\n    {"src":[0],"tgt":[0],"status":"auto","confidence":0.9},\n');
  });

  it('explains a truncated file', () => {
    const text = serializeDocument(trickyDocument());
    const cut = text.slice(0, text.indexOf('"links"') + 30);
    const lines = cut.split('\n').length;
    expect(errorOf(cut)).toBe(
      `not JSON: unexpected end of file at line ${lines} — the file looks truncated`,
    );
  });

  it('explains a syntax error with line and column', () => {
    expect(errorOf('{\n  "format": "duilian-alignment",\n  "version": 1,,\n}')).toBe(
      'not JSON: unexpected "," at line 3, column 16',
    );
  });

  it('refuses an empty file and files that are not alignments', () => {
    expect(errorOf('  \n')).toBe('the file is empty');
    expect(errorOf('{"links": []}')).toBe('this is not a duilian alignment file (no format field)');
    expect(errorOf('[1, 2]')).toBe(
      'this is not a duilian alignment file (it holds a list, not an object)',
    );
    expect(errorOf('{"format": "tmx"}')).toBe(
      'this is not a duilian alignment file (format is "tmx", expected "duilian-alignment")',
    );
  });

  it('names the field and link for wrong types', () => {
    const text = serializeDocument(trickyDocument());
    const raw = JSON.parse(text);
    raw.links[2].confidence = 'high';
    expect(errorOf(JSON.stringify(raw))).toBe('link 3: "confidence" must be a number, not "high"');
    raw.links[2].confidence = 1.5;
    expect(errorOf(JSON.stringify(raw))).toBe('link 3: "confidence" must be at most 1, not 1.5');
    raw.links[2].confidence = 1;
    raw.links[1].status = 'done';
    expect(errorOf(JSON.stringify(raw))).toBe(
      'link 2: "status" must be one of "auto", "confirmed", not "done"',
    );
    raw.links[1].status = 'auto';
    raw.links[1].src = [0.5];
    expect(errorOf(JSON.stringify(raw))).toBe('link 2: "src[0]" must be a whole number, not 0.5');
    raw.links[1].src = [1];
    raw.target.segments[3].text = 42;
    expect(errorOf(JSON.stringify(raw))).toBe('English segment 4: "text" must be text, not 42');
    raw.target.segments[3].text = 'x';
    delete raw.links[0].tgt;
    expect(errorOf(JSON.stringify(raw))).toBe('link 1: "tgt" is missing');
  });

  it('refuses links outside the texts, overlaps and gaps', () => {
    const raw = JSON.parse(serializeDocument(trickyDocument()));
    raw.links[3].tgt = [40];
    expect(errorOf(JSON.stringify(raw))).toBe(
      'link 4: target index 40 is outside the 6 English segments',
    );
    raw.links[3].tgt = [3];
    expect(errorOf(JSON.stringify(raw))).toMatch(
      /^the links do not fit the texts: link 4 uses target segment 3 again/,
    );
    raw.links[3].tgt = [4];
    raw.links.pop();
    expect(errorOf(JSON.stringify(raw))).toMatch(
      /^the links do not fit the texts: target segments 5.* not covered/,
    );
    raw.links[3].tgt = [];
    expect(errorOf(JSON.stringify(raw))).toBe(
      'the links do not fit the texts: link 4 is empty on both sides',
    );
  });

  it('refuses duplicate segment ids', () => {
    const raw = JSON.parse(serializeDocument(trickyDocument()));
    raw.source.segments[2].id = 'zh1';
    expect(errorOf(JSON.stringify(raw))).toBe(
      'Chinese segment 3 has the same id "zh1" as segment 1 (source side)',
    );
  });

  it('refuses a file from a newer version clearly', () => {
    const raw = JSON.parse(serializeDocument(trickyDocument()));
    raw.version = 3;
    expect(errorOf(JSON.stringify(raw))).toBe(
      'this file was saved by a newer duilian (file format version 3; this one reads up to 2): update duilian to open it',
    );
    delete raw.version;
    expect(errorOf(JSON.stringify(raw))).toBe('the file has no version field');
  });

  it('keeps the segmentation level', () => {
    for (const level of ['sentences', 'lines'] as const) {
      const doc = { ...simpleDocument(['一'], ['one']), level };
      expect(parseDocument(serializeDocument(doc)).level).toBe(level);
    }
    const raw = JSON.parse(serializeDocument(trickyDocument()));
    raw.level = 'words';
    expect(errorOf(JSON.stringify(raw))).toBe(
      'the file: "level" must be one of "paragraphs", "sentences", "lines", not "words"',
    );
    delete raw.level;
    expect(errorOf(JSON.stringify(raw))).toBe('the file: "level" is missing');
  });

  it('opens a version-1 file as paragraphs, or at the level the file names', () => {
    const v2 = JSON.parse(serializeDocument(trickyDocument()));
    const { level: _level, ...rest } = v2;
    const v1 = { ...rest, version: 1 };
    const doc = parseDocument(JSON.stringify(v1));
    expect(doc.level).toBe('paragraphs');
    expect(doc.alignment).toEqual(trickyDocument().alignment);
    expect(parseDocument(JSON.stringify({ ...v1, meta: { split: 'lines' } })).level).toBe('lines');
    expect(parseDocument(JSON.stringify({ ...v1, level: 'sentences' })).level).toBe('sentences');
    // A value that is no level is not trusted: paragraphs.
    expect(parseDocument(JSON.stringify({ ...v1, split: 'words' })).level).toBe('paragraphs');
  });

  it('applies migrations in order up to the current version', () => {
    const migrations: Migration[] = [
      { from: 1, migrate: (f) => ({ ...f, steps: ['1→2'] }) },
      {
        from: 2,
        migrate: (f) => ({ ...f, steps: [...((f.steps as string[] | undefined) ?? []), '2→3'] }),
      },
    ];
    expect(migrateFile({ version: 1 }, migrations, 3)).toEqual({
      version: 3,
      steps: ['1→2', '2→3'],
    });
    expect(migrateFile({ version: 2 }, migrations, 3)).toEqual({ version: 3, steps: ['2→3'] });
    expect(migrateFile({ version: 3 }, migrations, 3)).toEqual({ version: 3 });
    expect(() => checkMigrations([{ from: 2, migrate: (f) => f }], 2)).toThrow(/expected 1/);
  });

  it('never crashes on random JSON: either a document or a FileFormatError', () => {
    const valid = JSON.parse(serializeDocument(trickyDocument()));
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.jsonValue(),
        fc.constantFrom('links', 'source', 'target', 'meta', 'version'),
        (random, part, key) => {
          for (const candidate of [random, { ...valid, [key]: part }]) {
            try {
              const doc = parseDocument(JSON.stringify(candidate));
              expect(findViolation(doc.alignment)).toBeNull();
            } catch (error) {
              expect(error).toBeInstanceOf(FileFormatError);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never crashes on random text or cut-off files', () => {
    const text = serializeDocument(trickyDocument());
    fc.assert(
      fc.property(fc.string(), fc.nat(text.length), (random, cut) => {
        for (const candidate of [random, text.slice(0, cut)]) {
          try {
            parseDocument(candidate);
          } catch (error) {
            expect(error).toBeInstanceOf(FileFormatError);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('has the committed JSON Schema in step with the zod definition', async () => {
    const committed = readFileSync(
      new URL('../../docs/alignment.schema.json', import.meta.url),
      'utf8',
    );
    expect(JSON.parse(committed)).toEqual(alignmentJsonSchema());
    expect(committed).toBe(await schemaText());
  });
});
