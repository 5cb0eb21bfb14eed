import fc from 'fast-check';
import { findViolation } from '../../../src/core/invariants';
import type { AlignDocument, Alignment, Link } from '../../../src/core/model';
import { makeSide } from '../../../src/core/model';
import { isOpError, type OpResult } from '../../../src/core/operations';

/** Builds a sound alignment from link shapes, e.g. [[1, 1], [2, 1], [0, 1]]. */
export function alignmentOf(
  shapes: readonly (readonly [number, number])[],
  linkProps: Partial<Pick<Link, 'status' | 'confidence' | 'note' | 'edited'>>[] = [],
): Alignment {
  let s = 0;
  let t = 0;
  const links: Link[] = shapes.map(([n, m], i) => {
    const link: Link = {
      src: Array.from({ length: n }, () => s++),
      tgt: Array.from({ length: m }, () => t++),
      status: 'auto',
      confidence: 0.8,
      ...linkProps[i],
    };
    return link;
  });
  return {
    source: makeSide(
      'zh',
      Array.from({ length: s }, (_, i) => `中文段落${i}。`),
    ),
    target: makeSide(
      'en',
      Array.from({ length: t }, (_, i) => `English paragraph ${i}.`),
    ),
    links,
  };
}

export function docOf(alignment: Alignment): AlignDocument {
  return { meta: { title: { en: 'test' } }, level: 'paragraphs', alignment };
}

/** Unwraps an operation result, failing the test on an error or a broken invariant. */
export function ok(result: OpResult): Alignment {
  if (isOpError(result)) throw new Error(`unexpected error: ${result.error}`);
  const violation = findViolation(result);
  if (violation) throw new Error(`invariant broken: ${violation.message}`);
  return result;
}

/** The link shapes, e.g. "1-1 2-1", to state expectations compactly. */
export function shapes(alignment: Alignment): string {
  return alignment.links.map((l) => `${l.src.length}-${l.tgt.length}`).join(' ');
}

/** Random sound alignments: random link shapes (never 0-0), random status and confidence. */
export const arbAlignment: fc.Arbitrary<Alignment> = fc
  .array(
    fc.record({
      shape: fc.constantFrom<[number, number]>(
        [1, 1],
        [1, 1],
        [1, 0],
        [0, 1],
        [2, 1],
        [1, 2],
        [2, 2],
        [3, 1],
      ),
      confirmed: fc.boolean(),
      confidence: fc.double({ min: 0, max: 1, noNaN: true }),
      note: fc.option(fc.constantFrom('check', '注意'), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((items) =>
    alignmentOf(
      items.map((i) => i.shape),
      items.map((i) => ({
        status: i.confirmed ? 'confirmed' : 'auto',
        confidence: i.confidence,
        ...(i.note === undefined ? {} : { note: i.note }),
      })),
    ),
  );
