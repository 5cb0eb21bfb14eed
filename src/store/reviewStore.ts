/**
 * View state of the review: which rows show their sentences, the row filter, the flags
 * panel. None of it is document state or history.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Alignment, Link } from '../core/model';

export interface ReviewViewState {
  /** Rows showing their sentences, by linkKey (survives edits elsewhere in the document). */
  readonly expanded: ReadonlySet<string>;
}

export const initialReviewViewState: ReviewViewState = {
  expanded: new Set(),
};

export const reviewStore = createStore<ReviewViewState>()(() => initialReviewViewState);

export function useReviewState<T>(selector: (state: ReviewViewState) => T): T {
  return useStore(reviewStore, selector);
}

/**
 * A key for a row that stays the same while other rows are edited: the ids of the first
 * segment on each side (ids are stable; indices shift).
 */
export function linkKey(alignment: Alignment, link: Link): string {
  const src = link.src.length > 0 ? alignment.source.segments[link.src[0]]?.id : '';
  const tgt = link.tgt.length > 0 ? alignment.target.segments[link.tgt[0]]?.id : '';
  return `${src ?? ''}|${tgt ?? ''}`;
}

export function toggleSentences(key: string): void {
  const expanded = new Set(reviewStore.getState().expanded);
  if (!expanded.delete(key)) expanded.add(key);
  reviewStore.setState({ expanded });
}

export function resetReviewView(): void {
  reviewStore.setState(initialReviewViewState, true);
}
