import { defineSlice } from './rootStore';
import { useStore } from 'zustand';
import { createHistory, type History } from '../core/history';
import type { AlignDocument } from '../core/model';
import type { SideKey } from '../core/operations';

export type LoadStatus = 'empty' | 'loading' | 'aligning' | 'ready';

export interface AppState {
  readonly doc: AlignDocument | null;
  /** Which bundled document is open, if the open document is one. */
  readonly bundledId: string | null;
  readonly status: LoadStatus;
  /** Progress of a long alignment, 0..1. */
  readonly progress: number;
  /** A message the user must see (shown with role="alert"). */
  readonly error: string | null;
  /**
   * What the user should check though the action succeeded (what an import changed or left
   * out, characters that did not decode): a notice (role="status"), not an error.
   */
  readonly warning: string | null;
  /** The selected row (link index). Not part of undo history. */
  readonly selectedLink: number;
  /** The side commands act on (null: the source). Not part of undo history. */
  readonly selectedSide: SideKey | null;
  /** The other end of a range selection (Shift+click, Shift+j/k); null: one row. */
  readonly selectionAnchor: number | null;
  /** Undo/redo of the open document's alignment; written only by executeCommand. */
  readonly history: History;
}

export const initialAppState: AppState = {
  doc: null,
  bundledId: null,
  status: 'empty',
  progress: 0,
  error: null,
  warning: null,
  selectedLink: 0,
  selectedSide: null,
  selectionAnchor: null,
  history: createHistory(),
};

export const appStore = defineSlice('app', initialAppState);

export function useAppState<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
