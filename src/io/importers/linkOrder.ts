import { findViolation } from '../../core/invariants';
import type { Link } from '../../core/model';
import { fileError } from '../errors';

export interface OrderedLinks {
  readonly links: Link[];
  /** How many links were merged with a neighbour because they crossed (a reordered translation). */
  readonly merged: number;
  /** How many segments no link named, now in 1-0 / 0-1 links of their own (or inside a merged link). */
  readonly filled: number;
}

interface Block {
  src: number[];
  tgt: number[];
  status: Link['status'];
  confidence: number;
  notes: string[];
  /** Highest index used by this block and those before it (-1: none). */
  cumSrc: number;
  cumTgt: number;
}

const last = (xs: readonly number[]) => (xs.length ? xs[xs.length - 1] : -1);
const sorted = (xs: readonly number[]) => [...new Set(xs)].sort((a, b) => a - b);

/**
 * Turns the links of an imported file into an alignment that keeps our invariant:
 * crossing links (a translator who reordered sentences) are merged into one n-m link,
 * segments no link names become 1-0 / 0-1 links. Indices must already be in range.
 * A segment named by two links is refused: that is not an alignment.
 */
export function orderLinks(
  raw: readonly Link[],
  srcCount: number,
  tgtCount: number,
  label: string,
): OrderedLinks {
  const owner = { src: new Map<number, number>(), tgt: new Map<number, number>() };
  raw.forEach((link, i) => {
    for (const key of ['src', 'tgt'] as const) {
      for (const index of link[key]) {
        const first = owner[key].get(index);
        if (first !== undefined && first !== i) {
          throw fileError(key === 'src' ? 'io.inTwoLinks.src' : 'io.inTwoLinks.tgt', {
            name: label,
            segment: index,
            first: first + 1,
            second: i + 1,
          });
        }
        owner[key].set(index, i);
      }
    }
  });

  const stack: Block[] = [];
  let merged = 0;
  for (const link of raw) {
    if (link.src.length === 0 && link.tgt.length === 0) continue;
    let cur: Block = {
      src: sorted(link.src),
      tgt: sorted(link.tgt),
      status: link.status,
      confidence: link.confidence,
      notes: link.note ? [link.note] : [],
      cumSrc: -1,
      cumTgt: -1,
    };
    for (;;) {
      const top = stack[stack.length - 1];
      if (!top) break;
      const crossesSrc = cur.src.length > 0 && cur.src[0] <= top.cumSrc;
      const crossesTgt = cur.tgt.length > 0 && cur.tgt[0] <= top.cumTgt;
      if (!crossesSrc && !crossesTgt) break;
      stack.pop();
      merged++;
      cur = {
        src: sorted([...top.src, ...cur.src]),
        tgt: sorted([...top.tgt, ...cur.tgt]),
        status: top.status === 'confirmed' && cur.status === 'confirmed' ? 'confirmed' : 'auto',
        confidence: Math.min(top.confidence, cur.confidence),
        notes: [...top.notes, ...cur.notes],
        cumSrc: -1,
        cumTgt: -1,
      };
    }
    const below = stack[stack.length - 1];
    cur.cumSrc = Math.max(below?.cumSrc ?? -1, last(cur.src));
    cur.cumTgt = Math.max(below?.cumTgt ?? -1, last(cur.tgt));
    stack.push(cur);
  }

  const links: Link[] = [];
  let filled = 0;
  const next = { src: 0, tgt: 0 };
  const fillUpTo = (key: 'src' | 'tgt', end: number) => {
    for (; next[key] < end; next[key]++) {
      const index = next[key];
      links.push({
        src: key === 'src' ? [index] : [],
        tgt: key === 'tgt' ? [index] : [],
        status: 'auto',
        confidence: 0,
      });
      filled++;
    }
  };
  const run = (xs: readonly number[]) =>
    xs.length ? Array.from({ length: last(xs) - xs[0] + 1 }, (_, k) => xs[0] + k) : [];
  for (const block of stack) {
    if (block.src.length) fillUpTo('src', block.src[0]);
    if (block.tgt.length) fillUpTo('tgt', block.tgt[0]);
    // Holes inside a merged block belong to no other link: they join the block.
    const src = run(block.src);
    const tgt = run(block.tgt);
    filled += src.length - block.src.length + tgt.length - block.tgt.length;
    if (src.length) next.src = last(src) + 1;
    if (tgt.length) next.tgt = last(tgt) + 1;
    links.push({
      src,
      tgt,
      status: block.status,
      confidence: block.confidence,
      ...(block.notes.length ? { note: block.notes.join('\n') } : {}),
    });
  }
  fillUpTo('src', srcCount);
  fillUpTo('tgt', tgtCount);

  const side = (lang: 'zh' | 'en', n: number) => ({
    lang,
    segments: Array.from({ length: n }, (_, i) => ({ id: String(i), text: '' })),
  });
  const violation = findViolation({
    source: side('zh', srcCount),
    target: side('en', tgtCount),
    links,
  });
  if (violation) throw new Error(`orderLinks produced an unsound alignment: ${violation.message}`);
  return { links, merged, filled };
}
