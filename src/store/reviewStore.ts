/**
 * View state of the review: which rows show their sentences, the row filter, the flags
 * panel. None of it is document state or history.
 */
import { defineSlice } from './rootStore';
import { useStore } from 'zustand';
import { forEachFlags, type FlagChunks } from '../checks/flagChunks';
import type { Alignment, Link } from '../core/model';

import type { RowFilter } from '../commands/types';

export type { RowFilter };

export const ROW_FILTERS: readonly RowFilter[] = [
  'all',
  'flagged',
  'unconfirmed',
  'unpaired',
  'edited',
];

export interface ReviewViewState {
  /** Rows showing their sentences, by linkKey (survives edits elsewhere in the document). */
  readonly expanded: ReadonlySet<string>;
  readonly filter: RowFilter;
  /** The flags panel (the list of flags by kind) is open. */
  readonly panelOpen: boolean;
}

export const initialReviewViewState: ReviewViewState = {
  expanded: new Set(),
  filter: 'all',
  panelOpen: false,
};

export const reviewStore = defineSlice('review', initialReviewViewState);

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

/** Whether a row passes the filter; `flags` are the row's review flags. */
export function rowPasses(
  filter: RowFilter,
  link: Link,
  flags: readonly unknown[] | undefined,
): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'flagged':
      return (flags?.length ?? 0) > 0;
    case 'unconfirmed':
      return link.status !== 'confirmed';
    case 'unpaired':
      return link.src.length === 0 || link.tgt.length === 0;
    case 'edited':
      return link.edited === true;
  }
}

/** Indices of the rows that pass the filter, in order; `flags` as LinkChecks.chunks. */
export function visibleRows(
  filter: RowFilter,
  links: readonly Link[],
  flags: FlagChunks | undefined,
): number[] {
  const out: number[] = [];
  if (filter === 'flagged') {
    if (flags)
      forEachFlags(flags, (list, i) => {
        if (i < links.length && rowPasses(filter, links[i], list)) out.push(i);
      });
    return out;
  }
  for (let i = 0; i < links.length; i++) if (rowPasses(filter, links[i], undefined)) out.push(i);
  return out;
}

export function setRowFilter(filter: RowFilter): void {
  reviewStore.setState({ filter });
}

export function toggleFlagsPanel(open?: boolean): void {
  reviewStore.setState((s) => ({ panelOpen: open ?? !s.panelOpen }));
}
