/**
 * Flags for every link of an alignment, and their incremental update after an edit. A link's
 * flags depend only on the link, its segments and the context (whose document profile is
 * computed once per document), so they are kept per link and reused while those objects are
 * the same (core operations keep unchanged links and segments by reference): an edit re-checks
 * only the links it touched, whatever the document's size. The one exception is the boundary
 * check (boundary.ts), which compares a link with its neighbours: it is added to the cached
 * flags by index, and an edit re-checks the link on each side of the links it touched too.
 */
import type { Dictionary } from '../align/dictionary';
import { contentLength } from '../align/features';
import type { Alignment, Link, Segment } from '../core/model';
import { compareNames } from './names';
import { compareNumbers } from './numbers';
import { additionMessage, documentProfile, findOmissions, type DocumentProfile } from './omission';
import {
  boundaryText,
  linkCrossMatches,
  linkLengths,
  type BoundaryInputs,
  type LinkLengths,
} from './boundary';
import {
  chunksOf,
  flagsAt,
  FlagChunksWriter,
  flatFlags,
  spliceFlags,
  type FlagChunks,
} from './flagChunks';
import { renderFlagTexts, type FlagMessageKey, type FlagText } from './messages';
import type { CheckContext, Flag } from './types';
import { checkUntranslated } from './untranslated';

/** Below this confidence an unconfirmed link is flagged (calibrated in docs/checks.md). */
export const LOW_CONFIDENCE_THRESHOLD = 0.8;

/** What the checks found on one link. */
interface LinkEntry {
  readonly link: Link;
  readonly srcSegments: readonly Segment[];
  readonly tgtSegments: readonly Segment[];
  /** The link's flags, in FLAG_KINDS order, dismissed kinds left out. */
  readonly flags: readonly Flag[];
  /** The omission check is still to be done (context.deferOmissions; see refineChecks). */
  readonly pending: boolean;
  /**
   * The flags with the last boundary message added (a memo, so a row keeps its array while
   * the message stays the same).
   */
  withBoundary?: { readonly key: string; readonly flags: readonly Flag[] };
}

export interface LinkChecks {
  /**
   * Flags per link, in the order of the links, as one list: made from `chunks` when first read
   * (a copy of the whole list, once per LinkChecks: for reports, the CLI and tests). The app
   * reads `flagsAt` / `chunks`, which cost nothing in proportion to the document.
   */
  readonly flags: readonly (readonly Flag[])[];
  /** The same flags in chunks: a change of a few links copies their chunk only. */
  readonly chunks: FlagChunks;
  /** The flags of the link at this index (undefined outside). Unchanged links keep their array. */
  flagsAt(link: number): readonly Flag[] | undefined;
  /** The alignment these flags are for. */
  readonly alignment: Alignment;
  readonly context: CheckContext | undefined;
  /**
   * The document statistics the omission check uses (context.profile, context.profileJob's, or
   * computed once): reading it computes it if it is not there yet.
   */
  readonly profile: DocumentProfile;
  /** The same, as a function: nothing is computed until a check needs it. */
  readonly profileOf: () => DocumentProfile;
  /**
   * Links with some check still to be done (context.deferOmissions / deferChecks, or a new
   * context from recheckLinks): their flags so far are shown meanwhile.
   */
  readonly pending: number;
  /** Of those, links whose cheap checks are still to be done too (PENDING_ALL). */
  readonly unchecked: number;
  /** What each link object was found to have; shared along a line of updates. */
  readonly cache: WeakMap<Link, LinkEntry>;
  /**
   * Per link index: 0 checked, PENDING_OMISSION (only the omission check is left) or
   * PENDING_ALL (nothing checked yet in this context); null when no link is pending.
   */
  readonly pendingAt: Uint8Array | null;
}

type ChecksFields = Omit<LinkChecks, 'flags' | 'flagsAt' | 'profile'>;

class ChunkedChecks implements LinkChecks {
  readonly chunks: FlagChunks;
  readonly alignment: Alignment;
  readonly context: CheckContext | undefined;
  readonly profileOf: () => DocumentProfile;
  readonly pending: number;
  readonly unchecked: number;
  readonly cache: WeakMap<Link, LinkEntry>;
  readonly pendingAt: Uint8Array | null;
  private list: readonly (readonly Flag[])[] | null = null;

  constructor(fields: ChecksFields) {
    this.chunks = fields.chunks;
    this.alignment = fields.alignment;
    this.context = fields.context;
    this.profileOf = fields.profileOf;
    this.pending = fields.pending;
    this.unchecked = fields.unchecked;
    this.cache = fields.cache;
    this.pendingAt = fields.pendingAt;
  }

  get profile(): DocumentProfile {
    return this.profileOf();
  }

  get flags(): readonly (readonly Flag[])[] {
    return (this.list ??= flatFlags(this.chunks));
  }

  flagsAt(link: number): readonly Flag[] | undefined {
    return flagsAt(this.chunks, link);
  }
}

function fieldsOf(checks: LinkChecks): ChecksFields {
  const { chunks, alignment, context, profileOf, pending, unchecked, cache, pendingAt } = checks;
  return { chunks, alignment, context, profileOf, pending, unchecked, cache, pendingAt };
}

/**
 * The document profile of these checks as a function computing it at most once, when first
 * needed: context.profile, else context.profileJob's, else documentProfile of the alignment.
 */
function profileSource(
  alignment: Alignment,
  context: CheckContext | undefined,
): () => DocumentProfile {
  const given = context?.profile;
  if (given) return () => given;
  const job = context?.profileJob;
  if (job) return () => job.profile;
  let computed: DocumentProfile | undefined;
  return () => (computed ??= documentProfile(alignment, context?.dictionary));
}

/** pendingAt: the link's cheap checks are done, its omission check is not. */
export const PENDING_OMISSION = 1;
/** pendingAt: no check of the link has been done in this context yet. */
export const PENDING_ALL = 2;

/**
 * English content characters per Chinese one over a whole alignment, rounded to 0.05 (the
 * profile's `ratio`): the sentence view calibrates on it as the omission check does.
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

function levelWord(context: CheckContext | undefined): 'paragraph' | 'sentence' | 'line' {
  const level = context?.level;
  return level === 'sentences' ? 'sentence' : level === 'lines' ? 'line' : 'paragraph';
}

/** A flag whose message is these texts (in English; the texts say it in other languages). */
function flagOf(kind: Flag['kind'], texts: readonly FlagText[]): Flag {
  return { kind, message: renderFlagTexts(texts), texts };
}

const NO_FLAGS: readonly Flag[] = Object.freeze([]);

function isLowConfidence(link: Link, context: CheckContext | undefined): boolean {
  const threshold = context?.lowConfidence ?? LOW_CONFIDENCE_THRESHOLD;
  return link.status !== 'confirmed' && link.confidence < threshold;
}

function entryFor(
  alignment: Alignment,
  link: Link,
  context: CheckContext | undefined,
  profileOf: () => DocumentProfile,
  defer: boolean,
): LinkEntry {
  const srcSegments = segmentsOf(alignment.source.segments, link.src);
  const tgtSegments = segmentsOf(alignment.target.segments, link.tgt);
  const zh = joinTexts(srcSegments, 'zh');
  const en = joinTexts(tgtSegments, 'en');
  const out: Flag[] = [];
  const word = levelWord(context);
  const dictionary: Dictionary | undefined = context?.dictionary;
  const paired = link.src.length > 0 && link.tgt.length > 0;
  const dismissed = link.dismissed;
  const pending = defer && paired && !(dismissed ?? []).includes('omission');
  if (isLowConfidence(link, context)) {
    out.push(
      flagOf('low-confidence', [
        { key: 'flag.msg.lowConfidence', params: { confidence: link.confidence.toFixed(2) } },
      ]),
    );
  }
  if (link.src.length === 0 || link.tgt.length === 0) {
    const many = link.src.length + link.tgt.length > 1;
    const side = link.tgt.length === 0 ? 'zh' : 'en';
    const key = `flag.msg.unpaired.${side}.${word}${many ? 's' : ''}` as FlagMessageKey;
    out.push(flagOf('unpaired', [{ key }]));
  } else {
    const o = pending
      ? null
      : findOmissions(zh, en, {
          dictionary,
          profile: profileOf(),
          sentences: context?.sentenceOmissions !== false,
          threshold: context?.omissionThreshold,
        });
    if (o) out.push({ kind: 'omission', message: o.message, texts: o.texts, zh: o.zh, en: o.en });
    else if (!pending) {
      const added = additionMessage(contentLength(zh), contentLength(en), profileOf());
      if (added) out.push(flagOf('omission', [added]));
    }
    const n = compareNumbers(zh, en, dictionary);
    if (n) out.push({ kind: 'numbers', ...n });
    const names = compareNames(zh, en, dictionary);
    if (names) out.push({ kind: 'names', ...names });
  }
  const u = checkUntranslated(zh, en);
  if (u) out.push({ kind: 'untranslated', ...u });
  const kept =
    dismissed && dismissed.length > 0 ? out.filter((f) => !dismissed.includes(f.kind)) : out;
  return {
    link,
    srcSegments,
    tgtSegments,
    flags: kept.length === 0 ? NO_FLAGS : kept,
    pending,
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

/**
 * The flags of link k: its own (the entry's) and, once its full check is done, the boundary
 * check against its neighbours, said in its low-confidence flag (unless that kind is dismissed).
 */
function flagsWithNeighbours(
  entry: LinkEntry,
  alignment: Alignment,
  k: number,
  profileOf: () => DocumentProfile,
  context: CheckContext | undefined,
  inputs?: BoundaryInputs,
): readonly Flag[] {
  if (entry.pending) return entry.flags;
  const link = entry.link;
  if ((link.dismissed ?? []).includes('low-confidence')) return entry.flags;
  const text = boundaryText(alignment, k, profileOf, inputs ?? { dictionary: context?.dictionary });
  if (!text) return entry.flags;
  const memoKey = `${text.key} ${String(text.params?.count ?? '')}`;
  const memo = entry.withBoundary;
  if (memo && memo.key === memoKey) return memo.flags;
  const own = entry.flags;
  const low = own[0]?.kind === 'low-confidence' ? own[0] : undefined;
  const texts = [...(low?.texts ?? []), text];
  const flag = flagOf('low-confidence', texts);
  const flags = low ? [flag, ...own.slice(1)] : [flag, ...own];
  entry.withBoundary = { key: memoKey, flags };
  return flags;
}

/**
 * Flags for every link, in order. Without `context.profile` the document's statistics are
 * computed here from this alignment, once: updateChecks keeps them.
 */
export function checkLinks(alignment: Alignment, context?: CheckContext): LinkChecks {
  const profileOf = profileSource(alignment, context);
  const cache = new WeakMap<Link, LinkEntry>();
  const links = alignment.links;
  if (context?.deferChecks === true && links.length > 0) {
    // Nothing now: refineChecks does every link later.
    const flags: (readonly Flag[])[] = new Array<readonly Flag[]>(links.length).fill(NO_FLAGS);
    const pendingAt = new Uint8Array(links.length).fill(PENDING_ALL);
    const n = links.length;
    return new ChunkedChecks({
      chunks: chunksOf(flags),
      alignment,
      context,
      profileOf,
      pending: n,
      unchecked: n,
      cache,
      pendingAt,
    });
  }
  const defer = context?.deferOmissions === true;
  const flags: (readonly Flag[])[] = new Array(links.length);
  const entries: LinkEntry[] = new Array(links.length);
  let pendingAt: Uint8Array | null = null;
  let pending = 0;
  links.forEach((l, k) => {
    const e = entryFor(alignment, l, context, profileOf, defer);
    cache.set(l, e);
    entries[k] = e;
    if (e.pending) {
      pendingAt ??= new Uint8Array(links.length);
      pendingAt[k] = PENDING_OMISSION;
      pending++;
    }
  });
  // Each link's lengths and each boundary's words at most once, for the boundary check.
  const known = new Map<number, LinkLengths>();
  const crossing = new Map<number, number>();
  const dictionary = context?.dictionary;
  const inputs: BoundaryInputs = {
    lengths: (j) => {
      if (!known.has(j)) known.set(j, linkLengths(alignment, links[j]));
      return known.get(j)!;
    },
    cross: (j) => {
      if (!crossing.has(j)) crossing.set(j, linkCrossMatches(alignment, j, dictionary));
      return crossing.get(j)!;
    },
  };
  entries.forEach(
    (e, k) => (flags[k] = flagsWithNeighbours(e, alignment, k, profileOf, context, inputs)),
  );
  return new ChunkedChecks({
    chunks: chunksOf(flags),
    alignment,
    context,
    profileOf,
    pending,
    unchecked: 0,
    cache,
    pendingAt,
  });
}

/**
 * The checks of `previous.alignment` in another context (the dictionary has arrived, say),
 * with every link left for refineChecks: until a link is checked again it shows its flags of
 * `previous`, so the rows never go blank meanwhile. Once refined to the end, equal to
 * `checkLinks(previous.alignment, context)` without deferring.
 */
export function recheckLinks(previous: LinkChecks, context: CheckContext): LinkChecks {
  const alignment = previous.alignment;
  const profileOf = profileSource(alignment, context);
  const n = alignment.links.length;
  return new ChunkedChecks({
    chunks: previous.chunks,
    alignment,
    context,
    profileOf,
    pending: n,
    unchecked: n,
    cache: new WeakMap(),
    pendingAt: n > 0 ? new Uint8Array(n).fill(PENDING_ALL) : null,
  });
}

/** Do the link's segments in `after` stand where they stood in `before`? */
function sameSegmentsAt(link: Link, before: Alignment, after: Alignment): boolean {
  const sb = before.source.segments;
  const sa = after.source.segments;
  const tb = before.target.segments;
  const ta = after.target.segments;
  if (sb !== sa) for (const i of link.src) if (sb[i] !== sa[i]) return false;
  if (tb !== ta) for (const j of link.tgt) if (tb[j] !== ta[j]) return false;
  return true;
}

/**
 * The flags of `after`, reusing `previous` (the flags of `before`) for every link whose object
 * and segments did not change; the links an edit touched are checked in full. Equal to
 * `checkLinks(after, { ...context, profile: previous.profile })` once refined, only faster:
 * no work and no copy in proportion to the document (the chunk holding the changed links is
 * copied, and the short list of chunks).
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
  const holds = (k: number, j: number) =>
    old[k] === links[j] && sameSegmentsAt(links[j], before, after);
  let head = 0;
  const shorter = Math.min(old.length, links.length);
  while (head < shorter && holds(head, head)) head++;
  let tail = 0;
  while (tail < shorter - head && holds(old.length - 1 - tail, links.length - 1 - tail)) {
    tail++;
  }
  const { cache, profileOf } = previous;
  const oldEnd = old.length - tail;
  const newEnd = links.length - tail;
  let pending = previous.pending;
  let unchecked = previous.unchecked;
  if (previous.pendingAt)
    for (let k = head; k < oldEnd; k++) {
      const level = previous.pendingAt[k];
      if (level !== 0) pending--;
      if (level === PENDING_ALL) unchecked--;
    }
  const middle: (readonly Flag[])[] = [];
  const middlePending: boolean[] = [];
  const entryAt = (j: number): LinkEntry => {
    const link = links[j];
    // Links inside the changed stretch may still be known (moved, or untouched by a realign),
    // but only in full: a link an edit brings back (undo) whose omission check was still
    // pending is checked at once, as every link an edit touches.
    const cached = cache.get(link);
    if (cached && !cached.pending && entryHolds(cached, link, after)) return cached;
    const entry = entryFor(after, link, context, profileOf, false);
    cache.set(link, entry);
    return entry;
  };
  // The unchanged link on each side of the changed stretch: its boundary check may change.
  const neighbour = (j: number, k: number): readonly Flag[] => {
    const kept = previous.flagsAt(k)!;
    if (previous.pendingAt && previous.pendingAt[k] !== 0) return kept;
    const flags = flagsWithNeighbours(entryAt(j), after, j, profileOf, context);
    return flags === kept || sameFlags(flags, kept) ? kept : flags;
  };
  const lo = head > 0 ? head - 1 : head;
  const hiOld = tail > 0 ? oldEnd + 1 : oldEnd;
  if (lo < head) middle.push(neighbour(lo, lo));
  for (let j = head; j < newEnd; j++) {
    const entry = entryAt(j);
    if (entry.pending) pending++;
    middle.push(flagsWithNeighbours(entry, after, j, profileOf, context));
    middlePending.push(entry.pending);
  }
  if (tail > 0) middle.push(neighbour(newEnd, oldEnd));
  let chunks = previous.chunks;
  const same =
    old.length === links.length && middle.every((f, x) => f === previous.flagsAt(lo + x));
  if (!same) chunks = spliceFlags(previous.chunks, lo, hiOld, middle);
  let pendingAt: Uint8Array | null = null;
  if (pending > 0) {
    pendingAt = new Uint8Array(links.length);
    if (previous.pendingAt) {
      pendingAt.set(previous.pendingAt.subarray(0, head), 0);
      pendingAt.set(previous.pendingAt.subarray(oldEnd), newEnd);
    }
    middlePending.forEach((p, x) => {
      if (p) pendingAt![head + x] = PENDING_OMISSION;
    });
  }
  return new ChunkedChecks({
    chunks,
    alignment: after,
    context,
    profileOf,
    pending,
    unchecked,
    cache,
    pendingAt,
  });
}

/**
 * Does checks left for later (context.deferOmissions / deferChecks, recheckLinks) for pending
 * links, the rows a user looks at first: every check of the links within `near` of link
 * `from`, then the cheap checks of every link not checked at all, then the omission checks,
 * each pass from link `from` on (wrapping around). At most `count` steps (a link's cheap or
 * omission check), and none after `stop()` says so (asked after each: the app passes a time
 * budget). Returns `checks` itself when nothing was done. Once `pending` is 0 the flags are
 * those of checkLinks without deferring.
 */
export function refineChecks(
  checks: LinkChecks,
  count: number,
  from = 0,
  stop: () => boolean = () => false,
  near = 0,
): LinkChecks {
  const mask = checks.pendingAt;
  if (checks.pending === 0 || !mask || count <= 0) return checks;
  const { alignment, context, profileOf, cache } = checks;
  const links = alignment.links;
  const n = links.length;
  const start = Math.min(Math.max(0, Math.floor(from)), n - 1);
  const flags = new FlagChunksWriter(checks.chunks);
  let levels: Uint8Array | null = null;
  let pending = checks.pending;
  let unchecked = checks.unchecked;
  let steps = 0;
  /** One step on link k: its cheap checks, or (cheap = false) everything left. */
  const step = (k: number, cheap: boolean) => {
    const link = links[k];
    const level = (levels ?? mask)[k];
    const next = entryFor(alignment, link, context, profileOf, cheap);
    cache.set(link, next);
    levels ??= mask.slice();
    levels[k] = next.pending ? PENDING_OMISSION : 0;
    if (level === PENDING_ALL) unchecked--;
    if (!next.pending) pending--;
    // Keep the old array when nothing changed, so rows memoised on it do not redraw.
    const old = flags.get(k)!;
    const now = flagsWithNeighbours(next, alignment, k, profileOf, context);
    if (old !== now && !sameFlags(old, now)) flags.set(k, now);
    steps++;
    return steps >= count || stop();
  };
  const at = () => levels ?? mask;
  run: {
    if (near > 0) {
      const hi = Math.min(n, start + near);
      const lo = Math.max(0, start - near);
      for (let k = start; k < hi; k++) if (at()[k] !== 0 && step(k, false)) break run;
      for (let k = start - 1; k >= lo; k--) if (at()[k] !== 0 && step(k, false)) break run;
    }
    if (unchecked > 0)
      for (let s = 0; s < n && unchecked > 0; s++) {
        const k = (start + s) % n;
        if (at()[k] === PENDING_ALL && step(k, true)) break run;
      }
    for (let s = 0; s < n && pending > 0; s++) {
      const k = (start + s) % n;
      if (at()[k] !== 0 && step(k, false)) break run;
    }
  }
  if (steps === 0) return checks;
  return new ChunkedChecks({
    ...fieldsOf(checks),
    chunks: flags.result(),
    pending,
    unchecked,
    pendingAt: pending > 0 ? levels : null,
  });
}

function sameFlags(a: readonly Flag[], b: readonly Flag[]): boolean {
  const same = (x?: readonly string[], y?: readonly string[]) =>
    (x ?? []).length === (y ?? []).length && (x ?? []).every((v, i) => v === (y ?? [])[i]);
  return (
    a.length === b.length &&
    a.every(
      (f, k) =>
        f.kind === b[k].kind &&
        f.message === b[k].message &&
        same(f.zh, b[k].zh) &&
        same(f.en, b[k].en),
    )
  );
}

/** The kinds flagged on a link, for badges and filters. */
export function flagKinds(flags: readonly Flag[]): FlagKind[] {
  return [...new Set(flags.map((f) => f.kind))];
}

type FlagKind = Flag['kind'];
