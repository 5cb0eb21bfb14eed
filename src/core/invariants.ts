import type { Alignment, Link } from './model';

export interface InvariantViolation {
  readonly linkIndex: number;
  readonly message: string;
  /** Which rule broke, with its figures, so a caller can word it in another language. */
  readonly kind: 'empty' | 'confidence' | 'outside' | 'reused' | 'gap' | 'uncovered';
  readonly side?: 'source' | 'target';
  readonly figures: Readonly<Record<string, number>>;
}

/**
 * Checks that the links cover every segment of both sides exactly once, in order,
 * with contiguous runs, and that no link is empty on both sides.
 * Returns the first violation, or null when the alignment is sound.
 */
export function findViolation(alignment: Alignment): InvariantViolation | null {
  const sides = [
    { key: 'src' as const, name: 'source' as const, count: alignment.source.segments.length },
    { key: 'tgt' as const, name: 'target' as const, count: alignment.target.segments.length },
  ];
  const next = { src: 0, tgt: 0 };
  const links: readonly Link[] = alignment.links;
  for (let i = 0; i < links.length; i++) {
    const link = links[i];
    if (link.src.length === 0 && link.tgt.length === 0) {
      return {
        linkIndex: i,
        message: `link ${i + 1} is empty on both sides`,
        kind: 'empty',
        figures: { link: i + 1 },
      };
    }
    if (!(link.confidence >= 0 && link.confidence <= 1)) {
      return {
        linkIndex: i,
        message: `link ${i + 1} has confidence ${link.confidence}, outside [0, 1]`,
        kind: 'confidence',
        figures: { link: i + 1, confidence: link.confidence },
      };
    }
    for (const side of sides) {
      for (const index of link[side.key]) {
        const expected = next[side.key];
        if (!Number.isInteger(index) || index >= side.count || index < 0) {
          return {
            linkIndex: i,
            message: `link ${i + 1} points to ${side.name} segment ${index}, but the ${side.name} has ${side.count} segments`,
            kind: 'outside',
            side: side.name,
            figures: { link: i + 1, index, count: side.count },
          };
        }
        if (index < expected) {
          return {
            linkIndex: i,
            message: `link ${i + 1} uses ${side.name} segment ${index} again or out of order`,
            kind: 'reused',
            side: side.name,
            figures: { link: i + 1, index },
          };
        }
        if (index > expected) {
          return {
            linkIndex: i,
            message: `${side.name} segment ${expected} is not covered before link ${i + 1}`,
            kind: 'gap',
            side: side.name,
            figures: { link: i + 1, index: expected },
          };
        }
        next[side.key] = expected + 1;
      }
    }
  }
  for (const side of sides) {
    if (next[side.key] !== side.count) {
      return {
        linkIndex: links.length,
        message: `${side.name} segments ${next[side.key]}–${side.count - 1} are not covered by any link`,
        kind: 'uncovered',
        side: side.name,
        figures: { first: next[side.key], last: side.count - 1 },
      };
    }
  }
  return null;
}

export function isValidAlignment(alignment: Alignment): boolean {
  return findViolation(alignment) === null;
}

/** Throws when the alignment breaks an invariant: for tests and for guarding loaders. */
export function assertValidAlignment(alignment: Alignment): void {
  const violation = findViolation(alignment);
  if (violation) throw new Error(`Invalid alignment: ${violation.message}`);
}
