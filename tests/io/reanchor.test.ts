// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findViolation } from '../../src/core/invariants';
import type { AlignDocument, Link } from '../../src/core/model';
import { makeSide } from '../../src/core/model';
import { reanchorAlignment } from '../../src/io/reanchor';

function confirmedDocument(zh: string[], en: string[]): AlignDocument {
  const links: Link[] = zh.map((_, i) => ({
    src: [i],
    tgt: [i],
    status: 'confirmed',
    confidence: 1,
  }));
  return {
    meta: {},
    level: 'paragraphs',
    alignment: { source: makeSide('zh', zh), target: makeSide('en', en), links },
  };
}

const ZH = ['一', '二', '三', '四'];
const EN = ['one', 'two', 'three', 'four'];

describe('reanchorAlignment', () => {
  it('keeps everything when the texts did not change', () => {
    const doc = confirmedDocument(ZH, EN);
    const { doc: after, report } = reanchorAlignment(doc, ZH, EN);
    expect(after.alignment).toEqual(doc.alignment);
    expect(report).toMatchObject({
      unchanged: 8,
      changed: 0,
      added: 0,
      removed: 0,
      confirmedKept: 4,
      confirmedLost: 0,
    });
  });

  it('unconfirms and lowers the confidence of a link whose text changed, keeping segment ids', () => {
    const doc = confirmedDocument(ZH, EN);
    const { doc: after, report } = reanchorAlignment(doc, ZH, [
      'one',
      'two, edited',
      'three',
      'four',
    ]);
    expect(after.alignment.links.map((l) => l.status)).toEqual([
      'confirmed',
      'auto',
      'confirmed',
      'confirmed',
    ]);
    expect(after.alignment.links[1].confidence).toBe(0.5);
    expect(after.alignment.target.segments[1]).toEqual({ id: 'en2', text: 'two, edited' });
    expect(report).toMatchObject({
      unchanged: 7,
      changed: 1,
      added: 0,
      removed: 0,
      confirmedKept: 3,
      confirmedLost: 1,
    });
    expect(report.target).toEqual({ unchanged: 3, changed: 1, added: 0, removed: 0 });
  });

  it('adds new segments as unpaired links and drops removed ones', () => {
    const doc = confirmedDocument(ZH, EN);
    const { doc: after, report } = reanchorAlignment(
      doc,
      ['一', '二', '二点五', '三', '四'],
      ['one', 'two', 'four'],
    );
    expect(after.alignment.links.map((l) => [l.src, l.tgt, l.status])).toEqual([
      [[0], [0], 'confirmed'],
      [[1], [1], 'confirmed'],
      [[2], [], 'auto'],
      [[3], [], 'auto'],
      [[4], [2], 'confirmed'],
    ]);
    expect(after.alignment.source.segments[2].id).not.toMatch(/^zh[1-4]$/);
    expect(report).toMatchObject({ added: 1, removed: 1, confirmedLost: 1 });
    expect(findViolation(after.alignment)).toBeNull();
  });

  it('always yields a sound alignment, whatever the edits', () => {
    const words = fc.constantFrom('a', 'b', 'c', 'd', 'e', '甲', '乙', '丙');
    fc.assert(
      fc.property(
        fc.array(words, { maxLength: 12 }),
        fc.array(words, { maxLength: 12 }),
        fc.array(words, { maxLength: 12 }),
        fc.array(words, { maxLength: 12 }),
        (zh, en, zh2, en2) => {
          const n = Math.min(zh.length, en.length);
          const doc = confirmedDocument(zh.slice(0, n), en.slice(0, n));
          const { doc: after, report } = reanchorAlignment(doc, zh2, en2);
          expect(findViolation(after.alignment)).toBeNull();
          expect(report.source.unchanged + report.source.changed + report.source.added).toBe(
            zh2.length,
          );
          expect(report.target.unchanged + report.target.changed + report.target.removed).toBe(n);
          expect(new Set(after.alignment.source.segments.map((s) => s.id)).size).toBe(zh2.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
