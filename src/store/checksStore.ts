/**
 * The review flags of the open document (src/checks), kept up to date after every change of
 * the alignment with updateChecks (only the links an edit touched are checked again). Derived
 * data: never in undo history, never saved (dismissals are, on the links).
 */
import { defineSlice } from './rootStore';
import { useStore } from 'zustand';
import {
  checkLinks,
  documentProfile,
  ProfileJob,
  recheckLinks,
  refineChecks,
  updateChecks,
  type CheckContext,
  type FlagChunks,
  type LinkChecks,
} from '../checks';
import type { Dictionary } from '../align/dictionary';
import type { AlignDocument, Alignment } from '../core/model';
import { appStore } from './appStore';
import { loadCompiledDictionary } from './lookupData';

/**
 * Above this many links no check runs while the document opens: once its rows have painted,
 * the checks are done in slices of REFINE_SLICE_MS (timeouts, never one long task; a slice
 * ends early when user input is waiting), the rows on screen first (see noteShownLink), then
 * the cheap checks of every link, then the omission check (a sentence alignment of each pair,
 * a few ms a pair), so opening a long book stays quick and the page responsive. Below it, every flag is there at once.
 */
export const DEFER_CHECKS_ABOVE = 150;
const REFINE_SLICE_MS = 8;
/** Links on each side of the row on screen (or the selected one) checked in full first. */
export const NEAR_ROWS = 60;
/** The slices' results reach the store (and the grid) at most this often. */
const PUBLISH_MS = 100;

export interface ChecksState {
  readonly checks: LinkChecks | null;
}

export const checksStore = defineSlice('checks', { checks: null });

/**
 * The dictionary of the checks (word evidence for omissions, names by meaning and pinyin):
 * the compiled CC-CEDICT the aligner worker loads, fetched in the page once a document is
 * open (so it comes from the HTTP / service-worker cache). Until it is there, and if it never
 * comes, the checks run without it (lengths, numbers, Latin names); when it arrives the open
 * document is checked again with it, so the app's flags are the CLI's.
 */
let dictionaryLoader: () => Promise<Dictionary | undefined> = () =>
  loadCompiledDictionary().then((d) => d.dictionary);
let dictionary: Dictionary | undefined;
let dictionaryAsked = false;

/** Tests give the dictionary another way (Node reads the generated file), or none. */
export function setChecksDictionaryLoader(load: () => Promise<Dictionary | undefined>): void {
  dictionaryLoader = load;
  dictionary = undefined;
  dictionaryAsked = false;
}

/** The dictionary the checks use now (undefined until it has loaded). */
export function checksDictionary(): Dictionary | undefined {
  return dictionary;
}

function askForDictionary(): void {
  if (dictionaryAsked) return;
  dictionaryAsked = true;
  const loader = dictionaryLoader;
  loader().then(
    (loaded) => {
      if (!loaded || loader !== dictionaryLoader) return;
      dictionary = loaded;
      // Check the open document again, with the dictionary (a new context: every link; on a
      // long document in slices, each link keeping its flags until its new ones are there).
      const doc = appStore.getState().doc;
      if (doc) checksFor(doc);
    },
    () => {
      // No dictionary (offline and never cached, say): the checks go on without it.
    },
  );
}

export function useChecks(): LinkChecks | null {
  return useStore(checksStore, (s) => s.checks);
}

/**
 * The flags of this alignment in chunks (LinkChecks.chunks), or undefined when the checks are
 * for another one. The same object while no link's flags changed: a slice of checks that found
 * nothing new does not redraw the components that read it.
 */
export function useFlagChunks(alignment: Alignment | null | undefined): FlagChunks | undefined {
  return useStore(checksStore, (s) =>
    alignment && s.checks?.alignment === alignment ? s.checks.chunks : undefined,
  );
}

/** The flags of one row; the same array while the row is unchanged (rows memoise on it). */
export function useRowFlags(link: number) {
  return useStore(checksStore, (s) => s.checks?.flagsAt(link));
}

/**
 * The context of the open document's checks. It stays the same object while the document is
 * edited (updateChecks reuses results only for the same one); the document's profile (length
 * ratios, which calibrate the omission check) is computed once when another document comes in.
 */
function contextFor(previous: LinkChecks | null, doc: AlignDocument): CheckContext {
  const alignment = doc.alignment;
  const old = previous?.context;
  const sameDocument =
    previous !== null &&
    (previous.alignment.source.segments === alignment.source.segments ||
      previous.alignment.target.segments === alignment.target.segments);
  if (old && sameDocument && old.level === doc.level && old.dictionary === dictionary) return old;
  return {
    dictionary,
    level: doc.level,
    // Sentence links are their own sentences: nothing to align inside them.
    sentenceOmissions: doc.level !== 'sentences',
    ...(alignment.links.length > DEFER_CHECKS_ABOVE
      ? // A long document: the profile too is computed in the slices (see refineSlice).
        { deferChecks: true, profileJob: new ProfileJob(alignment, dictionary) }
      : { profile: documentProfile(alignment, dictionary) }),
  };
}

/**
 * The checks for `doc`, from the checks of the document before it: the same object when
 * current, updated (only the touched links) after an edit, all links for another document.
 */
export function nextChecks(previous: LinkChecks | null, doc: AlignDocument): LinkChecks {
  const alignment: Alignment = doc.alignment;
  if (previous?.alignment === alignment && previous.context?.dictionary === dictionary)
    return previous;
  const context = contextFor(previous, doc);
  if (previous && previous.context === context)
    return updateChecks(previous, previous.alignment, alignment, context);
  if (previous && context.deferChecks && previous.context?.dictionary !== dictionary) {
    // The same document in a new context (the dictionary came): checked again link by link,
    // the flags so far shown until then.
    const current =
      previous.alignment === alignment
        ? previous
        : updateChecks(previous, previous.alignment, alignment, previous.context);
    if (current.alignment === alignment) return recheckLinks(current, context);
  }
  // Another document shares nothing.
  return checkLinks(alignment, context);
}

/**
 * The newest checks: the slices' result while it waits to be published (see publish), else
 * the store's. Everything that derives new checks starts from here, so no slice is lost.
 */
let unpublished: LinkChecks | null = null;
/** The store's checks `unpublished` was derived from: if the store moved on, it is stale. */
let unpublishedBase: LinkChecks | null = null;
let lastPublished = 0;

function latestChecks(): LinkChecks | null {
  const stored = checksStore.getState().checks;
  return unpublished && stored === unpublishedBase ? unpublished : stored;
}

function publish(checks: LinkChecks | null): void {
  unpublished = null;
  unpublishedBase = null;
  lastPublished = performance.now();
  if (checksStore.getState().checks !== checks) checksStore.setState({ checks });
}

/** The checks for a document being adopted (setDocument), from the newest ones. */
export function adoptedChecks(doc: AlignDocument): LinkChecks {
  return nextChecks(latestChecks(), doc);
}

/**
 * The checks for this document's alignment: the newest ones when current, else updated (an
 * edit's links checked at once, even while slices are pending) and published at once.
 */
export function checksFor(doc: AlignDocument): LinkChecks {
  askForDictionary();
  const previous = latestChecks();
  const checks = nextChecks(previous, doc);
  if (checks !== checksStore.getState().checks) publish(checks);
  if (checks.pending > 0) scheduleRefine(checks.unchecked > 0);
  return checks;
}

/** Every flag of the document, the deferred checks done now (for a report). */
export function completeChecks(doc: AlignDocument): LinkChecks {
  const checks = refineChecks(checksFor(doc), Infinity);
  publish(checks);
  return checks;
}

/** Links whose checks are still to be done (0 when every flag is there). */
export function useChecksPending(): number {
  return useStore(checksStore, (s) => s.checks?.pending ?? 0);
}

let cancelRefine: (() => void) | null = null;

/**
 * The link in the middle of the rows the grid shows (it says so as it scrolls), or null: the
 * slices check around it first, so a user who scrolls through a long document sees the flags
 * of the rows in front of them first. Moving the selection scrolls the grid to it.
 */
let shownLink: number | null = null;

/** The grid scrolled: `link` is the row in the middle of the ones on screen now. */
export function noteShownLink(link: number | null): void {
  shownLink = link;
}

interface Scheduling {
  isInputPending?: (options?: { includeContinuous?: boolean }) => boolean;
}

/** Is user input waiting (Chromium's navigator.scheduling; false where there is none)? */
function inputPending(): boolean {
  const scheduling = (globalThis.navigator as { scheduling?: Scheduling } | undefined)?.scheduling;
  return scheduling?.isInputPending?.({ includeContinuous: true }) ?? false;
}

/**
 * A task of its own soon: a timeout. Browsers hold nested timeouts back 4 ms, which leaves the
 * page a gap after every slice: in bench:grid an edit made while checks were running was on
 * screen sooner than with back-to-back MessageChannel tasks (merge median 69 ms, against 76 ms
 * with MessageChannel and 91 ms with MessageChannel and no input check; 3 interleaved runs of
 * 15 edits each at load 5-7).
 */
function nextTask(run: () => void): () => void {
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
}

/** A task after the next frame is painted (or after 100 ms, in a hidden tab without frames). */
function afterPaint(run: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function') return nextTask(run);
  let cancel: (() => void) | null = null;
  const go = () => {
    if (cancel) return;
    clearTimeout(timer);
    cancelAnimationFrame(frame);
    cancel = nextTask(run);
  };
  const frame = requestAnimationFrame(go);
  const timer = setTimeout(go, 100);
  return () => {
    clearTimeout(timer);
    cancelAnimationFrame(frame);
    cancel?.();
    cancel = () => {};
  };
}

/**
 * Does pending checks in slices of a few milliseconds until none are left, the first after
 * the rows have painted (`waitForPaint`). The slices' results reach the store every
 * PUBLISH_MS (and with the last), not after each slice: every publication redraws the grid.
 */
function scheduleRefine(waitForPaint = false): void {
  if (cancelRefine !== null) return;
  cancelRefine = (waitForPaint ? afterPaint : nextTask)(refineSlice);
}

function refineSlice(): void {
  cancelRefine = null;
  const checks = latestChecks();
  if (!checks || checks.pending === 0) return;
  // Checks for an alignment no longer open wait for checksFor to bring them up to date.
  if (appStore.getState().doc?.alignment !== checks.alignment) return;
  const end = performance.now() + REFINE_SLICE_MS;
  const { selectedLink } = appStore.getState();
  const from =
    shownLink !== null && shownLink < checks.alignment.links.length ? shownLink : selectedLink;
  // A key pressed or the pointer moved: the slice ends now, so the page answers at once.
  const stop = () => performance.now() >= end || inputPending();
  // The document's profile first (the omission checks need it), a few steps a slice.
  const job = checks.context?.profileJob;
  if (job && !job.done && !job.advance(stop)) {
    scheduleRefine();
    return;
  }
  const next = refineChecks(checks, Infinity, from, stop, NEAR_ROWS);
  if (next.pending === 0 || performance.now() - lastPublished >= PUBLISH_MS) publish(next);
  else if (next !== checks) {
    unpublishedBase = checksStore.getState().checks;
    unpublished = next;
  }
  if (next.pending > 0) scheduleRefine();
}

/** Keeps the checks in step with the open document; returns the function that stops it. */
export function startChecks(): () => void {
  const run = () => {
    const doc = appStore.getState().doc;
    if (doc) checksFor(doc);
    else if (checksStore.getState().checks) publish(null);
  };
  run();
  const unsubscribe = appStore.subscribe((state, previous) => {
    if (state.doc !== previous.doc) run();
  });
  return () => {
    unsubscribe();
    cancelRefine?.();
    cancelRefine = null;
    shownLink = null;
    unpublished = null;
    unpublishedBase = null;
  };
}
