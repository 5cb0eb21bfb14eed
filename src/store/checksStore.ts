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
  refineChecks,
  updateChecks,
  type CheckContext,
  type LinkChecks,
} from '../checks';
import type { Dictionary } from '../align/dictionary';
import type { AlignDocument, Alignment } from '../core/model';
import { appStore } from './appStore';
import { loadCompiledDictionary } from './lookupData';

/**
 * Above this many links the omission check (a sentence alignment of each pair, about 2 ms a
 * pair) is left out of the first pass and done afterwards in slices of REFINE_SLICE_MS, the
 * selected row onwards first, so opening a long book stays quick and the page responsive.
 * Below it, every flag is there at once.
 */
export const DEFER_OMISSIONS_ABOVE = 150;
const REFINE_SLICE_MS = 8;

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
      // Check the open document again, with the dictionary (a new context: every link).
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

/** The flags of one row; the same array while the row is unchanged (rows memoise on it). */
export function useRowFlags(link: number) {
  return useStore(checksStore, (s) => s.checks?.flags[link]);
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
    deferOmissions: alignment.links.length > DEFER_OMISSIONS_ABOVE,
    profile: documentProfile(alignment, dictionary),
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
  // Another document shares nothing, and updateChecks then simply checks every link.
  return previous && previous.context === context
    ? updateChecks(previous, previous.alignment, alignment, context)
    : checkLinks(alignment, context);
}

/** The checks for this document's alignment: the stored ones when current, else updated. */
export function checksFor(doc: AlignDocument): LinkChecks {
  askForDictionary();
  const previous = checksStore.getState().checks;
  const checks = nextChecks(previous, doc);
  if (checks !== previous) checksStore.setState({ checks });
  if (checks.pending > 0) scheduleRefine();
  return checks;
}

/** Every flag of the document, the deferred omission checks done now (for a report). */
export function completeChecks(doc: AlignDocument): LinkChecks {
  const checks = refineChecks(checksFor(doc), Infinity);
  checksStore.setState({ checks });
  return checks;
}

let refineTimer: ReturnType<typeof setTimeout> | null = null;

/** Does deferred omission checks in slices of a few milliseconds until none are left. */
function scheduleRefine(): void {
  if (refineTimer !== null) return;
  refineTimer = setTimeout(() => {
    refineTimer = null;
    const checks = checksStore.getState().checks;
    if (!checks || checks.pending === 0) return;
    const end = performance.now() + REFINE_SLICE_MS;
    const from = appStore.getState().selectedLink;
    const next = refineChecks(checks, Infinity, from, () => performance.now() >= end);
    checksStore.setState({ checks: next });
    if (next.pending > 0) scheduleRefine();
  }, 0);
}

/** Keeps the checks in step with the open document; returns the function that stops it. */
export function startChecks(): () => void {
  const run = () => {
    const doc = appStore.getState().doc;
    if (doc) checksFor(doc);
    else if (checksStore.getState().checks) checksStore.setState({ checks: null });
  };
  run();
  const unsubscribe = appStore.subscribe((state, previous) => {
    if (state.doc !== previous.doc) run();
  });
  return () => {
    unsubscribe();
    if (refineTimer !== null) clearTimeout(refineTimer);
    refineTimer = null;
  };
}
