/**
 * Flags for every link of an alignment, and their incremental update after an edit. Each link's
 * own findings (unpaired, sentence omissions, numbers, names, untranslated) depend only on the
 * link and its segments, so they are kept per link and reused while those objects are the same
 * (core operations keep unchanged links and segments by reference). Two things depend on more:
 * the length-ratio omission (on the document's distribution, a histogram updated in O(changed))
 * and nothing else.
 */
import { contentLength } from '../align/features';
import type { Alignment, Link, Segment } from '../core/model';
import { compareNames } from './names';
import { compareNumbers } from './numbers';
import {
  RATIO_BINS,
  RATIO_Z_LONG,
  RATIO_Z_SHORT,
  ratioBand,
  ratioBin,
  ratioMessage,
  ratioScore,
  sentenceOmissions,
  type RatioBand,
} from './omission';
import { FLAG_KINDS, type CheckContext, type Flag, type FlagKind } from './types';
import { checkUntranslated } from './untranslated';

/** Below this confidence an unconfirmed link is flagged (calibrated in docs/checks.md). */
export const LOW_CONFIDENCE_THRESHOLD = 0.8;

/** What one link yields on its own, before document-level statistics. */
interface LinkEntry {
  readonly link: Link;
  readonly srcSegments: readonly Segment[];
  readonly tgtSegments: readonly Segment[];
  /** Flags that depend on this link alone, in FLAG_KINDS order, dismissed ones included. */
  readonly own: readonly Flag[];
  readonly zhLen: number;
  readonly enLen: number;
  /** Histogram bin of the length ratio; -1 when not counted. */
  readonly bin: number;
}

export interface LinkChecks {
  /** Flags per link, in the order of the links. Unchanged links keep their array. */
  readonly flags: readonly (readonly Flag[])[];
  /** The alignment these flags are for. */
  readonly alignment: Alignment;
  readonly context: CheckContext | undefined;
  readonly entries: readonly LinkEntry[];
  readonly histogram: Int32Array;
  readonly counted: number;
  readonly band: RatioBand | null;
}

/**
 * English content characters per Chinese one over a whole alignment, rounded to 0.05: pass it
 * as `context.ratio` so the sentence alignment inside each pair is calibrated on the document
 * (a pair's own ratio would hide a dropped sentence). Computed once by the caller (at open, in
 * the CLI), never inside updateChecks, so an edit never re-checks every pair.
 */
export function documentRatio(alignment: Alignment): number | undefined {
  const zh = totalChars(alignment.source.segments);
  const en = totalChars(alignment.target.segments);
  if (zh === 0 || en === 0) return undefined;
  return Math.max(0.05, Math.round((en / zh) * 20) / 20);
}

function totalChars(segments: readonly Segment[]): number {
  let n = 0;
  for (const s of segments) n += contentLength(s.text);
  return n;
}

function segmentsOf(segments: readonly Segment[], indices: readonly number[]): Segment[] {
  return indices.map((i) => segments[i]);
}

function joinTexts(segments: readonly Segment[], lang: 'zh' | 'en'): string {
  return segments.map((s) => s.text).join(lang === 'zh' ? '' : ' ');
}

function levelWord(context: CheckContext | undefined): string {
  const level = context?.level;
  return level === 'sentences' ? 'sentence' : level === 'lines' ? 'line' : 'paragraph';
}

function entryFor(
  alignment: Alignment,
  link: Link,
  context: CheckContext | undefined,
  ratio: number | undefined,
): LinkEntry {
  const srcSegments = segmentsOf(alignment.source.segments, link.src);
  const tgtSegments = segmentsOf(alignment.target.segments, link.tgt);
  const zh = joinTexts(srcSegments, 'zh');
  const en = joinTexts(tgtSegments, 'en');
  const own: Flag[] = [];
  const word = levelWord(context);
  if (link.src.length === 0 || link.tgt.length === 0) {
    const many = link.src.length + link.tgt.length > 1;
    own.push({
      kind: 'unpaired',
      message:
        link.tgt.length === 0
          ? `${many ? `These Chinese ${word}s have` : `This Chinese ${word} has`} no English counterpart.`
          : `${many ? `These English ${word}s have` : `This English ${word} has`} no Chinese counterpart.`,
    });
  } else {
    if (context?.sentenceOmissions !== false) {
      const o = sentenceOmissions(zh, en, context?.dictionary, ratio);
      if (o) own.push({ kind: 'omission', ...o });
    }
    const n = compareNumbers(zh, en);
    if (n) own.push({ kind: 'numbers', ...n });
    const names = compareNames(zh, en, context?.dictionary);
    if (names) own.push({ kind: 'names', ...names });
  }
  const u = checkUntranslated(zh, en);
  if (u) own.push({ kind: 'untranslated', ...u });
  const zhLen = contentLength(zh);
  const enLen = contentLength(en);
  return {
    link,
    srcSegments,
    tgtSegments,
    own,
    zhLen,
    enLen,
    bin: link.src.length > 0 && link.tgt.length > 0 ? ratioBin(zhLen, enLen) : -1,
  };
}

/** Is the cached entry still right for this link in this alignment? */
function entryHolds(entry: LinkEntry, link: Link, alignment: Alignment): boolean {
  if (entry.link !== link) return false;
  const src = alignment.source.segments;
  const tgt = alignment.target.segments;
  for (let k = 0; k < link.src.length; k++)
    if (src[link.src[k]] !== entry.srcSegments[k]) return false;
  for (let k = 0; k < link.tgt.length; k++)
    if (tgt[link.tgt[k]] !== entry.tgtSegments[k]) return false;
  return true;
}

function ratioFlag(entry: LinkEntry, band: RatioBand | null): Flag | null {
  if (!band || entry.bin < 0) return null;
  const z = ratioScore(entry.zhLen, entry.enLen, band);
  if (z > -RATIO_Z_SHORT && z < RATIO_Z_LONG) return null;
  return { kind: 'omission', message: ratioMessage(entry.zhLen, entry.enLen, band) };
}

function isLowConfidence(link: Link, context: CheckContext | undefined): boolean {
  const threshold = context?.lowConfidence ?? LOW_CONFIDENCE_THRESHOLD;
  return link.status !== 'confirmed' && link.confidence < threshold;
}

/** The flags a link shows: its own, the ratio verdict and low confidence, minus dismissed kinds. */
function finalFlags(
  entry: LinkEntry,
  band: RatioBand | null,
  context: CheckContext | undefined,
): readonly Flag[] {
  const { link } = entry;
  const out: Flag[] = [];
  if (isLowConfidence(link, context)) {
    out.push({
      kind: 'low-confidence',
      message: `The aligner is unsure of this pairing (confidence ${link.confidence.toFixed(2)}).`,
    });
  }
  const ratio = entry.own.some((f) => f.kind === 'omission') ? null : ratioFlag(entry, band);
  for (const f of entry.own) {
    if (
      ratio &&
      FLAG_KINDS.indexOf(f.kind) > FLAG_KINDS.indexOf('omission') &&
      !out.includes(ratio)
    ) {
      out.push(ratio);
    }
    out.push(f);
  }
  if (ratio && !out.includes(ratio)) out.push(ratio);
  const dismissed = link.dismissed;
  if (!dismissed || dismissed.length === 0) return out.length === 0 ? NO_FLAGS : out;
  const kept = out.filter((f) => !dismissed.includes(f.kind));
  return kept.length === 0 ? NO_FLAGS : kept;
}

const NO_FLAGS: readonly Flag[] = Object.freeze([]);

function sameBand(a: RatioBand | null, b: RatioBand | null): boolean {
  return a === b || (a !== null && b !== null && a.median === b.median && a.sigma === b.sigma);
}

/** Flags for every link, in order. */
export function checkLinks(alignment: Alignment, context?: CheckContext): LinkChecks {
  const ratio = context?.ratio;
  const entries = alignment.links.map((l) => entryFor(alignment, l, context, ratio));
  const histogram = new Int32Array(RATIO_BINS);
  let counted = 0;
  for (const e of entries) {
    if (e.bin >= 0) {
      histogram[e.bin]++;
      counted++;
    }
  }
  const band = ratioBand(histogram, counted);
  return {
    flags: entries.map((e) => finalFlags(e, band, context)),
    alignment,
    context,
    entries,
    histogram,
    counted,
    band,
  };
}

/**
 * The flags of `after`, reusing `previous` (the flags of `before`) for every link whose object
 * and segments did not change. Equal to checkLinks(after, context), only faster.
 */
export function updateChecks(
  previous: LinkChecks,
  before: Alignment,
  after: Alignment,
  context: CheckContext | undefined = previous.context,
): LinkChecks {
  if (previous.alignment !== before || previous.context !== context)
    return checkLinks(after, context);
  if (before === after) return previous;
  const old = before.links;
  const links = after.links;
  const sameSegments =
    before.source.segments === after.source.segments &&
    before.target.segments === after.target.segments;
  const holds = (k: number, j: number) =>
    old[k] === links[j] && (sameSegments || entryHolds(previous.entries[k], links[j], after));
  let head = 0;
  const shorter = Math.min(old.length, links.length);
  while (head < shorter && holds(head, head)) head++;
  let tail = 0;
  while (tail < shorter - head && holds(old.length - 1 - tail, links.length - 1 - tail)) {
    tail++;
  }
  // Links inside the changed stretch may still be known (moved, or untouched by a realign).
  const known = new Map<Link, LinkEntry>();
  for (let k = head; k < old.length - tail; k++) known.set(old[k], previous.entries[k]);
  const ratio = context?.ratio;
  const histogram = previous.histogram.slice();
  let counted = previous.counted;
  for (let k = head; k < old.length - tail; k++) {
    const b = previous.entries[k].bin;
    if (b >= 0) {
      histogram[b]--;
      counted--;
    }
  }
  const middle: LinkEntry[] = [];
  for (let j = head; j < links.length - tail; j++) {
    const cached = known.get(links[j]);
    const entry =
      cached && entryHolds(cached, links[j], after)
        ? cached
        : entryFor(after, links[j], context, ratio);
    middle.push(entry);
    if (entry.bin >= 0) {
      histogram[entry.bin]++;
      counted++;
    }
  }
  const entries = [
    ...previous.entries.slice(0, head),
    ...middle,
    ...previous.entries.slice(old.length - tail),
  ];
  const band = ratioBand(histogram, counted);
  let flags: (readonly Flag[])[];
  if (sameBand(band, previous.band)) {
    flags = [
      ...previous.flags.slice(0, head),
      ...middle.map((e) => finalFlags(e, band, context)),
      ...previous.flags.slice(old.length - tail),
    ];
  } else {
    // The document's ratio distribution moved: only the ratio verdicts can change.
    flags = entries.map((e, j) => {
      const prevIndex =
        j < head ? j : j >= links.length - tail ? j - links.length + old.length : -1;
      const next = finalFlags(e, band, context);
      const prev = prevIndex >= 0 ? previous.flags[prevIndex] : undefined;
      return prev && sameFlags(prev, next) ? prev : next;
    });
  }
  // The same band object when nothing moved, so the next update can compare cheaply.
  const keptBand = sameBand(band, previous.band) ? previous.band : band;
  return {
    flags,
    alignment: after,
    context,
    entries,
    histogram,
    counted,
    band: keptBand,
  };
}

function sameFlags(a: readonly Flag[], b: readonly Flag[]): boolean {
  return (
    a.length === b.length && a.every((f, k) => f.kind === b[k].kind && f.message === b[k].message)
  );
}

/** The kinds flagged on a link, for badges and filters. */
export function flagKinds(flags: readonly Flag[]): FlagKind[] {
  return [...new Set(flags.map((f) => f.kind))];
}
