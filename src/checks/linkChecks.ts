/**
 * Flags for every link of an alignment, and their incremental update after an edit. A link's
 * flags depend only on the link, its segments and the context (whose document profile is
 * computed once per document), so they are kept per link and reused while those objects are
 * the same (core operations keep unchanged links and segments by reference): an edit re-checks
 * only the links it touched, whatever the document's size.
 */
import type { Dictionary } from '../align/dictionary';
import { contentLength } from '../align/features';
import type { Alignment, Link, Segment } from '../core/model';
import { compareNames } from './names';
import { compareNumbers } from './numbers';
import { additionMessage, documentProfile, findOmissions, type DocumentProfile } from './omission';
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
}

export interface LinkChecks {
  /** Flags per link, in the order of the links. Unchanged links keep their array. */
  readonly flags: readonly (readonly Flag[])[];
  /** The alignment these flags are for. */
  readonly alignment: Alignment;
  readonly context: CheckContext | undefined;
  /** The document statistics the omission check used (context.profile, or computed once). */
  readonly profile: DocumentProfile;
  readonly entries: readonly LinkEntry[];
  /** Links whose omission check is still to be done (context.deferOmissions). */
  readonly pending: number;
}

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

function levelWord(context: CheckContext | undefined): string {
  const level = context?.level;
  return level === 'sentences' ? 'sentence' : level === 'lines' ? 'line' : 'paragraph';
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
  profile: DocumentProfile,
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
    out.push({
      kind: 'low-confidence',
      message: `The aligner is unsure of this pairing (confidence ${link.confidence.toFixed(2)}).`,
    });
  }
  if (link.src.length === 0 || link.tgt.length === 0) {
    const many = link.src.length + link.tgt.length > 1;
    out.push({
      kind: 'unpaired',
      message:
        link.tgt.length === 0
          ? `${many ? `These Chinese ${word}s have` : `This Chinese ${word} has`} no English counterpart.`
          : `${many ? `These English ${word}s have` : `This English ${word} has`} no Chinese counterpart.`,
    });
  } else {
    const o = pending
      ? null
      : findOmissions(zh, en, {
          dictionary,
          profile,
          sentences: context?.sentenceOmissions !== false,
          threshold: context?.omissionThreshold,
        });
    if (o) out.push({ kind: 'omission', message: o.message, zh: o.zh, en: o.en });
    else if (!pending) {
      const added = additionMessage(contentLength(zh), contentLength(en), profile);
      if (added) out.push({ kind: 'omission', message: added });
    }
    const n = compareNumbers(zh, en);
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
 * Flags for every link, in order. Without `context.profile` the document's statistics are
 * computed here from this alignment, once: updateChecks keeps them.
 */
export function checkLinks(alignment: Alignment, context?: CheckContext): LinkChecks {
  const profile = context?.profile ?? documentProfile(alignment, context?.dictionary);
  const defer = context?.deferOmissions === true;
  const entries = alignment.links.map((l) => entryFor(alignment, l, context, profile, defer));
  return {
    flags: entries.map((e) => e.flags),
    alignment,
    context,
    profile,
    entries,
    pending: entries.reduce((n, e) => n + (e.pending ? 1 : 0), 0),
  };
}

/**
 * The flags of `after`, reusing `previous` (the flags of `before`) for every link whose object
 * and segments did not change; the links an edit touched are checked in full. Equal to
 * `checkLinks(after, { ...context, profile: previous.profile })` once refined, only faster.
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
  let pending = previous.pending;
  for (let k = head; k < old.length - tail; k++) if (previous.entries[k].pending) pending--;
  const middle: LinkEntry[] = [];
  for (let j = head; j < links.length - tail; j++) {
    const cached = known.get(links[j]);
    const entry =
      cached && entryHolds(cached, links[j], after)
        ? cached
        : entryFor(after, links[j], context, previous.profile, false);
    if (entry.pending) pending++;
    middle.push(entry);
  }
  const entries = splice(previous.entries, head, old.length - tail, middle);
  const flags = splice(
    previous.flags,
    head,
    old.length - tail,
    middle.map((e) => e.flags),
  );
  return { flags, alignment: after, context, profile: previous.profile, entries, pending };
}

/** `items` with [from, to) replaced by `middle`, in one allocation. */
function splice<T>(items: readonly T[], from: number, to: number, middle: readonly T[]): T[] {
  const out = new Array<T>(items.length - (to - from) + middle.length);
  let w = 0;
  for (let k = 0; k < from; k++) out[w++] = items[k];
  for (const m of middle) out[w++] = m;
  for (let k = to; k < items.length; k++) out[w++] = items[k];
  return out;
}

/**
 * Does the deferred omission check (context.deferOmissions) for pending links, from link
 * `from` on (wrapping around), so the rows a user looks at come first: at most `count` of
 * them, and none after `stop()` says so (checked after each link: the app passes a time
 * budget). Returns `checks` itself when nothing was done. Once `pending` is 0 the flags are
 * those of checkLinks without `deferOmissions`.
 */
export function refineChecks(
  checks: LinkChecks,
  count: number,
  from = 0,
  stop: () => boolean = () => false,
): LinkChecks {
  if (checks.pending === 0 || count <= 0) return checks;
  const n = checks.entries.length;
  const start = Math.min(Math.max(0, from), n);
  let entries: LinkEntry[] | null = null;
  let flags: (readonly Flag[])[] | null = null;
  let done = 0;
  for (let s = 0; s < n && done < count; s++) {
    const k = (start + s) % n;
    const e = checks.entries[k];
    if (!e.pending) continue;
    const next = entryFor(checks.alignment, e.link, checks.context, checks.profile, false);
    entries ??= checks.entries.slice();
    flags ??= checks.flags.slice();
    entries[k] = next;
    // Keep the old array when nothing changed, so rows memoised on it do not redraw.
    flags[k] = sameFlags(e.flags, next.flags) ? e.flags : next.flags;
    done++;
    if (stop()) break;
  }
  if (!entries || !flags) return checks;
  return { ...checks, entries, flags, pending: checks.pending - done };
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

type FlagKind = Flag['kind'];
