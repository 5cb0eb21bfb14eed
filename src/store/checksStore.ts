/**
 * The review flags of the open document (src/checks), kept up to date after every change of
 * the alignment with updateChecks (only the links an edit touched are checked again). Derived
 * data: never in undo history, never saved (dismissals are, on the links).
 */
import { defineSlice } from './rootStore';
import { useStore } from 'zustand';
import {
  checkLinks,
  documentRatio,
  updateChecks,
  type CheckContext,
  type LinkChecks,
} from '../checks';
import type { AlignDocument, Alignment } from '../core/model';
import { appStore } from './appStore';

/**
 * Above this many links the sentence alignment inside each pair (about a millisecond a pair)
 * is left out of the checks, so opening a long book stays quick; the sentence view still
 * shows a pair's sentences on demand.
 */
export const SENTENCE_CHECK_LIMIT = 3000;

export interface ChecksState {
  readonly checks: LinkChecks | null;
}

export const checksStore = defineSlice('checks', { checks: null });

export function useChecks(): LinkChecks | null {
  return useStore(checksStore, (s) => s.checks);
}

/** The flags of one row; the same array while the row is unchanged (rows memoise on it). */
export function useRowFlags(link: number) {
  return useStore(checksStore, (s) => s.checks?.flags[link]);
}

/**
 * The context of the open document's checks. It stays the same object while the document is
 * edited (updateChecks reuses results only for the same one); the document's length ratio,
 * which calibrates the sentence check, is computed once when another document comes in.
 */
function contextFor(previous: LinkChecks | null, doc: AlignDocument): CheckContext {
  const alignment = doc.alignment;
  const sentenceOmissions =
    doc.level !== 'sentences' && alignment.links.length <= SENTENCE_CHECK_LIMIT;
  const old = previous?.context;
  const sameDocument =
    previous !== null &&
    (previous.alignment.source.segments === alignment.source.segments ||
      previous.alignment.target.segments === alignment.target.segments);
  if (
    old &&
    sameDocument &&
    old.level === doc.level &&
    (old.sentenceOmissions ?? true) === sentenceOmissions
  ) {
    return old;
  }
  return { level: doc.level, sentenceOmissions, ratio: documentRatio(alignment) };
}

/**
 * The checks for `doc`, from the checks of the document before it: the same object when
 * current, updated (only the touched links) after an edit, all links for another document.
 */
export function nextChecks(previous: LinkChecks | null, doc: AlignDocument): LinkChecks {
  const alignment: Alignment = doc.alignment;
  if (previous?.alignment === alignment) return previous;
  const context = contextFor(previous, doc);
  // Another document shares nothing, and updateChecks then simply checks every link.
  return previous && previous.context === context
    ? updateChecks(previous, previous.alignment, alignment, context)
    : checkLinks(alignment, context);
}

/** The checks for this document's alignment: the stored ones when current, else updated. */
export function checksFor(doc: AlignDocument): LinkChecks {
  const previous = checksStore.getState().checks;
  const checks = nextChecks(previous, doc);
  if (checks !== previous) checksStore.setState({ checks });
  return checks;
}

/** Keeps the checks in step with the open document; returns the function that stops it. */
export function startChecks(): () => void {
  const run = () => {
    const doc = appStore.getState().doc;
    if (doc) checksFor(doc);
    else if (checksStore.getState().checks) checksStore.setState({ checks: null });
  };
  run();
  return appStore.subscribe((state, previous) => {
    if (state.doc !== previous.doc) run();
  });
}
