/**
 * The flags of every link kept in chunks of about CHUNK_SIZE links, so that a change of one
 * link's flags copies one chunk (and the short list of chunks), not a list as long as the
 * document: on a 20,000-link book an edit or an idle slice of checks would otherwise copy
 * 20,000 entries. Chunks are never changed in place: an unchanged chunk is shared by every
 * version, so rows memoised on a link's flags array keep it.
 */
import type { Flag } from './types';

/** Links per chunk when a list is cut; a chunk that grows past twice this is cut again. */
export const CHUNK_SIZE = 256;

type Flags = readonly Flag[];

export interface FlagChunks {
  readonly chunks: readonly (readonly Flags[])[];
  /** starts[c]: the index of chunk c's first link; starts[chunks.length]: the link count. */
  readonly starts: Int32Array;
}

function startsOf(chunks: readonly (readonly Flags[])[]): Int32Array {
  const starts = new Int32Array(chunks.length + 1);
  for (let c = 0; c < chunks.length; c++) starts[c + 1] = starts[c] + chunks[c].length;
  return starts;
}

function cut(list: readonly Flags[], out: Flags[][] = []): Flags[][] {
  for (let k = 0; k < list.length; k += CHUNK_SIZE) out.push(list.slice(k, k + CHUNK_SIZE));
  return out;
}

/** A list of per-link flags in chunks. */
export function chunksOf(list: readonly Flags[]): FlagChunks {
  const chunks = cut(list);
  return { chunks, starts: startsOf(chunks) };
}

/** How many links the chunks hold. */
export function chunkedLength(fc: FlagChunks): number {
  return fc.starts[fc.chunks.length];
}

/** The chunk holding link k (0 <= k < length). */
function chunkAt(fc: FlagChunks, k: number): number {
  const { starts } = fc;
  let lo = 0;
  let hi = fc.chunks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= k) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The flags of link k, or undefined outside the list. */
export function flagsAt(fc: FlagChunks, k: number): Flags | undefined {
  if (!(k >= 0 && k < chunkedLength(fc))) return undefined;
  const c = chunkAt(fc, k);
  return fc.chunks[c][k - fc.starts[c]];
}

/** Calls `each` with every link's flags, in order. */
export function forEachFlags(fc: FlagChunks, each: (flags: Flags, link: number) => void): void {
  let k = 0;
  for (const chunk of fc.chunks) for (const flags of chunk) each(flags, k++);
}

/** Every link's flags as one list (a copy of all of them: for reports, not per edit). */
export function flatFlags(fc: FlagChunks): Flags[] {
  const out: Flags[] = new Array<Flags>(chunkedLength(fc));
  forEachFlags(fc, (flags, k) => (out[k] = flags));
  return out;
}

/**
 * Sets some links' flags: collects changes, copying each touched chunk once, and gives the
 * new chunks (the same object when nothing was set).
 */
export class FlagChunksWriter {
  private chunks: Flags[][] | null = null;
  private readonly copied = new Set<number>();

  constructor(private readonly base: FlagChunks) {}

  get(k: number): Flags | undefined {
    if (!this.chunks) return flagsAt(this.base, k);
    const c = chunkAt(this.base, k);
    return this.chunks[c][k - this.base.starts[c]];
  }

  set(k: number, flags: Flags): void {
    const c = chunkAt(this.base, k);
    this.chunks ??= this.base.chunks.slice() as Flags[][];
    if (!this.copied.has(c)) {
      this.chunks[c] = this.chunks[c].slice();
      this.copied.add(c);
    }
    this.chunks[c][k - this.base.starts[c]] = flags;
  }

  result(): FlagChunks {
    return this.chunks ? { chunks: this.chunks, starts: this.base.starts } : this.base;
  }
}

/**
 * The chunks with links [from, to) replaced by `middle` (as Array.prototype.splice): the
 * chunks holding that stretch are joined with it into new ones, the others are shared.
 */
export function spliceFlags(
  fc: FlagChunks,
  from: number,
  to: number,
  middle: readonly Flags[],
): FlagChunks {
  const length = chunkedLength(fc);
  if (fc.chunks.length === 0) return chunksOf(middle);
  // The chunks [first, last] cover [from, to); an insertion at the very end joins the last.
  const first = chunkAt(fc, Math.min(from, length - 1));
  const last = to > from ? chunkAt(fc, to - 1) : first;
  const joined: Flags[] = [];
  const firstChunk = fc.chunks[first];
  for (let x = 0; x < from - fc.starts[first]; x++) joined.push(firstChunk[x]);
  for (const flags of middle) joined.push(flags);
  const lastChunk = fc.chunks[last];
  for (let x = Math.max(0, to - fc.starts[last]); x < lastChunk.length; x++)
    joined.push(lastChunk[x]);
  const pieces = joined.length > 2 * CHUNK_SIZE ? cut(joined) : joined.length > 0 ? [joined] : [];
  const chunks = [...fc.chunks.slice(0, first), ...pieces, ...fc.chunks.slice(last + 1)];
  return { chunks, starts: startsOf(chunks) };
}
