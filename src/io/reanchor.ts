import DiffMatchPatch from 'diff-match-patch';
import type { AlignDocument, Link, Segment, Side } from '../core/model';
import { orderLinks } from './importers/linkOrder';

export interface SideChanges {
  /** Segments whose text is the same in the new file. */
  readonly unchanged: number;
  /** Old segments whose text changed (paired with a new segment at the same place). */
  readonly changed: number;
  /** New segments with no old counterpart. */
  readonly added: number;
  /** Old segments with no new counterpart. */
  readonly removed: number;
}

export interface ReanchorReport extends SideChanges {
  readonly source: SideChanges;
  readonly target: SideChanges;
  /** Confirmed links kept confirmed because none of their segments changed. */
  readonly confirmedKept: number;
  /** Confirmed links set back to auto because a segment of theirs changed, was removed or added. */
  readonly confirmedLost: number;
}

export interface ReanchorResult {
  readonly doc: AlignDocument;
  readonly report: ReanchorReport;
}

/** How much a link's confidence drops when its text changed under it. */
const CHANGED_CONFIDENCE_FACTOR = 0.5;

interface SideMap {
  /** old index -> new index, or -1 when removed. */
  readonly oldToNew: number[];
  /** new index -> whether its text is the old one. */
  readonly newUnchanged: boolean[];
  readonly newSegments: Segment[];
  readonly counts: SideChanges;
}

/** Diffs two segment lists as sequences (each distinct text one symbol) with diff-match-patch. */
function mapSide(old: Side, texts: readonly string[]): SideMap {
  const symbols = new Map<string, string>();
  const encode = (list: readonly string[]) =>
    list
      .map((t) => {
        let c = symbols.get(t);
        if (c === undefined) {
          // Skip the surrogate range: diff-match-patch works on UTF-16 code units.
          const n = symbols.size + 1;
          c = String.fromCharCode(n < 0xd800 ? n : n + 0x800);
          symbols.set(t, c);
        }
        return c;
      })
      .join('');
  const a = encode(old.segments.map((s) => s.text));
  const b = encode(texts);
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 2; // seconds: a bound for wholly different texts; the diff stays valid
  const diffs = symbols.size < 0xf000 ? dmp.diff_main(a, b, false) : [];

  const oldToNew = new Array<number>(old.segments.length).fill(-1);
  const newUnchanged = new Array<boolean>(texts.length).fill(false);
  let unchanged = 0;
  let changed = 0;
  let i = 0;
  let j = 0;
  let deleted: number[] = [];
  let inserted: number[] = [];
  const flush = () => {
    // A run of deletions next to a run of insertions: the same places, edited.
    const pairs = Math.min(deleted.length, inserted.length);
    for (let k = 0; k < pairs; k++) oldToNew[deleted[k]] = inserted[k];
    changed += pairs;
    deleted = [];
    inserted = [];
  };
  if (diffs.length === 0 && (a.length > 0 || b.length > 0)) {
    // Too many distinct texts to diff: fall back to pairing by position.
    for (let k = 0; k < Math.min(a.length, b.length); k++) {
      oldToNew[k] = k;
      if (old.segments[k].text === texts[k]) {
        newUnchanged[k] = true;
        unchanged++;
      } else changed++;
    }
    i = a.length;
    j = b.length;
  }
  for (const [op, chunk] of diffs) {
    for (let k = 0; k < chunk.length; k++) {
      if (op === DiffMatchPatch.DIFF_EQUAL) {
        flush();
        oldToNew[i] = j;
        newUnchanged[j] = true;
        unchanged++;
        i++;
        j++;
      } else if (op === DiffMatchPatch.DIFF_DELETE) deleted.push(i++);
      else inserted.push(j++);
    }
  }
  flush();

  const newToOld = new Array<number>(texts.length).fill(-1);
  oldToNew.forEach((n, o) => {
    if (n >= 0) newToOld[n] = o;
  });
  const usedIds = new Set(old.segments.map((s) => s.id));
  let fresh = 0;
  const freshId = () => {
    let id: string;
    do id = `${old.lang}-new${++fresh}`;
    while (usedIds.has(id));
    usedIds.add(id);
    return id;
  };
  const newSegments = texts.map((text, n) => ({
    id: newToOld[n] >= 0 ? old.segments[newToOld[n]].id : freshId(),
    text,
  }));
  const mapped = unchanged + changed;
  return {
    oldToNew,
    newUnchanged,
    newSegments,
    counts: {
      unchanged,
      changed,
      added: texts.length - mapped,
      removed: old.segments.length - mapped,
    },
  };
}

/**
 * Carries an alignment over to new versions of its texts (re-segmented into
 * `newSource` / `newTarget`). Segments are matched by a sequence diff: links whose
 * segments all kept their text keep their status; links touching a changed, removed or
 * added segment become "auto" with lowered confidence; new segments no link reaches
 * become unpaired links. Pure: the old document is not touched.
 */
export function reanchorAlignment(
  doc: AlignDocument,
  newSource: readonly string[],
  newTarget: readonly string[],
): ReanchorResult {
  const { source, target, links } = doc.alignment;
  const src = mapSide(source, newSource);
  const tgt = mapSide(target, newTarget);
  let confirmedKept = 0;
  let confirmedLost = 0;
  const carried: Link[] = [];
  for (const link of links) {
    const mapList = (indices: readonly number[], map: SideMap) =>
      indices.map((o) => map.oldToNew[o]).filter((n) => n >= 0);
    const s = mapList(link.src, src);
    const t = mapList(link.tgt, tgt);
    if (s.length === 0 && t.length === 0) {
      if (link.status === 'confirmed') confirmedLost++;
      continue;
    }
    const contiguous = (xs: number[]) => xs.every((x, k) => k === 0 || x === xs[k - 1] + 1);
    const intact =
      s.length === link.src.length &&
      t.length === link.tgt.length &&
      s.every((n) => src.newUnchanged[n]) &&
      t.every((n) => tgt.newUnchanged[n]) &&
      contiguous(s) &&
      contiguous(t);
    if (link.status === 'confirmed') {
      if (intact) confirmedKept++;
      else confirmedLost++;
    }
    carried.push(
      intact
        ? { ...link, src: s, tgt: t }
        : {
            ...link,
            src: s,
            tgt: t,
            status: 'auto',
            confidence: link.confidence * CHANGED_CONFIDENCE_FACTOR,
          },
    );
  }
  // New segments inside a link's range join it; the others become unpaired links.
  const { links: ordered } = orderLinks(carried, newSource.length, newTarget.length, 'reanchor');
  const sum = (key: keyof SideChanges) => src.counts[key] + tgt.counts[key];
  return {
    doc: {
      ...doc,
      alignment: {
        source: { ...source, segments: src.newSegments },
        target: { ...target, segments: tgt.newSegments },
        links: ordered,
      },
    },
    report: {
      unchanged: sum('unchanged'),
      changed: sum('changed'),
      added: sum('added'),
      removed: sum('removed'),
      source: src.counts,
      target: tgt.counts,
      confirmedKept,
      confirmedLost,
    },
  };
}
