// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findViolation } from '../../src/core/invariants';
import type { AlignDocument, Link } from '../../src/core/model';
import { makeSide, SPLIT_MODES } from '../../src/core/model';
import { parseDocument, serializeDocument } from '../../src/io/alignmentFile';
import { exportDocument } from '../../src/io/export';
import { exportInterText } from '../../src/io/exporters/intertext';
import { importAlign } from '../../src/io/importers/align';
import { importInterText } from '../../src/io/importers/intertext';
import { importTmx } from '../../src/io/importers/tmx';
import { joinSegments } from '../../src/io/exporters/common';
import { stripNonXmlChars } from '../../src/io/xml';
import { trickyDocument } from './fixtures';

/** Random sound documents: link shapes n-m (never 0-0), any text, any status and confidence. */
function documents(text: fc.Arbitrary<string>): fc.Arbitrary<AlignDocument> {
  return fc
    .array(
      fc.tuple(fc.nat(3), fc.nat(3)).filter(([a, b]) => a + b > 0),
      { maxLength: 12 },
    )
    .chain((shapes) => {
      const nSrc = shapes.reduce((s, [a]) => s + a, 0);
      const nTgt = shapes.reduce((s, [, b]) => s + b, 0);
      const n = shapes.length;
      return fc
        .record({
          zh: fc.array(text, { minLength: nSrc, maxLength: nSrc }),
          en: fc.array(text, { minLength: nTgt, maxLength: nTgt }),
          status: fc.array(fc.constantFrom('auto' as const, 'confirmed' as const), {
            minLength: n,
            maxLength: n,
          }),
          confidence: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: n, maxLength: n }),
          notes: fc.array(fc.option(fc.string(), { nil: undefined }), {
            minLength: n,
            maxLength: n,
          }),
          title: fc.option(fc.string(), { nil: undefined }),
          level: fc.constantFrom(...SPLIT_MODES),
        })
        .map(({ zh, en, status, confidence, notes, title, level }) => {
          let i = 0;
          let j = 0;
          const links: Link[] = shapes.map(([a, b], k) => {
            const src = Array.from({ length: a }, () => i++);
            const tgt = Array.from({ length: b }, () => j++);
            const note = notes[k];
            return {
              src,
              tgt,
              status: status[k],
              confidence: confidence[k] / 1000,
              ...(note !== undefined ? { note } : {}),
            };
          });
          return {
            level,
            meta: title === undefined ? {} : { title: { zh: title } },
            alignment: {
              source: makeSide('zh', zh, 'zh.txt'),
              target: makeSide('en', en, 'en.txt'),
              links,
            },
          };
        });
    });
}

const indexPairs = (doc: AlignDocument) => doc.alignment.links.map((l) => [l.src, l.tgt]);
const oneLineText = fc
  .string({ unit: 'grapheme' })
  .map((s) => s.replace(/[\r\n\u2028\u2029\u0085]/g, ' '));
/** What a line of a pre-segmented text can hold: a `.align` counts non-empty lines, trimmed. */
const segmentLine = oneLineText.map((s) => s.trim()).filter((s) => s !== '');

/** Each format that can round-trip is tested here, once: JSON, TMX, .align, InterText. */
describe('round trips of random documents', () => {
  it('JSON is exact for any text, lone surrogates and control characters included', () => {
    fc.assert(
      fc.property(documents(fc.string({ unit: 'binary' })), (doc) => {
        expect(findViolation(doc.alignment)).toBeNull();
        const back = parseDocument(serializeDocument(doc));
        expect(back).toEqual(doc);
      }),
      { numRuns: 200 },
    );
  });

  it('.align with its two line files gives the same links', () => {
    fc.assert(
      fc.property(documents(segmentLine), (doc) => {
        fc.pre(doc.alignment.links.length > 0);
        const lines = (side: 'source' | 'target') =>
          doc.alignment[side].segments.map((s) => `${s.text}\n`).join('');
        const { doc: back } = importAlign(
          { name: 'x.align', text: exportDocument(doc, 'align').data as string },
          { name: 'zh.txt', text: lines('source') },
          { name: 'en.txt', text: lines('target') },
        );
        expect(indexPairs(back)).toEqual(indexPairs(doc));
        expect(back.alignment.source.segments.map((s) => s.text)).toEqual(
          doc.alignment.source.segments.map((s) => s.text),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('InterText gives the same links and statuses', () => {
    fc.assert(
      fc.property(documents(fc.constantFrom('一', '二', 'one', 'two & <three>')), (doc) => {
        // The importer tells Chinese from English by its characters: give each side its own.
        const zhDoc: AlignDocument = {
          ...doc,
          alignment: {
            ...doc.alignment,
            source: makeSide(
              'zh',
              doc.alignment.source.segments.map((_, i) => `第${i}句`),
            ),
            target: makeSide(
              'en',
              doc.alignment.target.segments.map((_, i) => `Sentence ${i}`),
            ),
          },
        };
        const files = exportInterText(zhDoc, 'r').map((f) => ({ name: f.name, text: f.data }));
        const back = importInterText(files[2], files.slice(0, 2)).doc;
        expect(indexPairs(back)).toEqual(indexPairs(zhDoc));
        expect(back.alignment.links.map((l) => l.status)).toEqual(
          zhDoc.alignment.links.map((l) => l.status),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('TMX keeps pairs, status, confidence (3 decimals) and notes; text exact less what XML forbids', () => {
    fc.assert(
      fc.property(documents(fc.string({ unit: 'binary' })), (doc) => {
        // A TMX needs both languages (an all-English one is refused, see import.test.ts).
        fc.pre(
          doc.alignment.source.segments.length > 0 && doc.alignment.target.segments.length > 0,
        );
        const back = importTmx({
          name: 'r.tmx',
          text: exportDocument(doc, 'tmx', { includeUnpaired: true }).data as string,
        }).doc;
        const rows = (d: AlignDocument, clean: (s: string) => string) =>
          d.alignment.links.map((l) => [
            clean(joinSegments(d.alignment.source, l.src)),
            clean(joinSegments(d.alignment.target, l.tgt)),
            l.src.length > 0,
            l.tgt.length > 0,
            l.status,
            Math.round(l.confidence * 1000) / 1000,
            l.note === undefined ? undefined : clean(l.note),
          ]);
        expect(rows(back, (s) => s)).toEqual(rows(doc, stripNonXmlChars));
        expect(back.level).toBe(doc.level === 'paragraphs' ? 'paragraphs' : 'sentences');
      }),
      { numRuns: 200 },
    );
  });

  it('InterText keeps the texts and the file names that tie the three files together', () => {
    const doc = trickyDocument();
    const files = exportInterText(doc, 'book');
    expect(files.map((f) => f.name)).toEqual(['book_zh.xml', 'book_en.xml', 'book_zh.book_en.xml']);
    const asText = files.map((f) => ({ name: f.name, text: f.data }));
    const back = importInterText(asText[2], asText.slice(0, 2)).doc;
    expect(indexPairs(back)).toEqual(indexPairs(doc));
    expect(back.alignment.source.segments.map((s) => s.text)).toEqual(
      doc.alignment.source.segments.map((s) => s.text),
    );
    expect(back.alignment.target.segments.map((s) => s.text)).toEqual(
      doc.alignment.target.segments.map((s) => stripNonXmlChars(s.text)),
    );
  });
});
