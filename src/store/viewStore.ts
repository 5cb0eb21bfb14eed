/**
 * View state of the editor: open panels, the segment being edited, the search. None of it
 * is document state or history, so it lives apart from the app store.
 */
import { defineSlice } from './rootStore';
import { useStore } from 'zustand';
import type { SideKey } from '../core/operations';

export interface EditingTarget {
  readonly link: number;
  readonly side: SideKey;
  readonly segment: number;
  /** The text in the editor, once typed in (or restored): autosaved with the session. */
  readonly draft?: string;
}

export interface RowMenuState {
  readonly link: number;
  readonly side: SideKey | null;
  /** Where to show the menu, in viewport pixels. */
  readonly x: number;
  readonly y: number;
}

export type SearchScope = 'both' | 'zh' | 'en';

export interface SearchSettings {
  readonly query: string;
  readonly regex: boolean;
  readonly scope: SearchScope;
}

export interface ViewState {
  readonly helpOpen: boolean;
  /** The command palette (Ctrl+K). */
  readonly paletteOpen: boolean;
  /** The go-to-row prompt (Ctrl+G). */
  readonly goToOpen: boolean;
  readonly editing: EditingTarget | null;
  readonly rowMenu: RowMenuState | null;
  readonly search: SearchSettings;
  /** Which match is current (index into the match list). */
  readonly searchIndex: number;
  /** Bumped to ask the search field to take focus. */
  readonly searchFocusRequest: number;
  /** Long work in progress (re-aligning), shown to the user; null when idle. */
  readonly busy: string | null;
}

export const initialViewState: ViewState = {
  helpOpen: false,
  paletteOpen: false,
  goToOpen: false,
  editing: null,
  rowMenu: null,
  search: { query: '', regex: false, scope: 'both' },
  searchIndex: 0,
  searchFocusRequest: 0,
  busy: null,
};

export const viewStore = defineSlice('view', initialViewState);

export function useViewState<T>(selector: (state: ViewState) => T): T {
  return useStore(viewStore, selector);
}

export function openHelp(): void {
  viewStore.setState({ helpOpen: true, rowMenu: null });
}

export function closeHelp(): void {
  viewStore.setState({ helpOpen: false });
}

export function openPalette(): void {
  viewStore.setState({ paletteOpen: true, helpOpen: false, goToOpen: false, rowMenu: null });
}

export function closePalette(): void {
  viewStore.setState({ paletteOpen: false });
}

export function openGoTo(): void {
  viewStore.setState({ goToOpen: true, paletteOpen: false, helpOpen: false, rowMenu: null });
}

export function closeGoTo(): void {
  viewStore.setState({ goToOpen: false });
}

export function startEditing(target: EditingTarget): void {
  viewStore.setState({ editing: target, rowMenu: null });
}

/** The editor's text as typed, kept so autosave can store it (store/autosave.ts). */
export function setEditingDraft(draft: string): void {
  const editing = viewStore.getState().editing;
  if (editing && editing.draft !== draft) viewStore.setState({ editing: { ...editing, draft } });
}

export function stopEditing(): void {
  viewStore.setState({ editing: null });
}

export function openRowMenu(menu: RowMenuState): void {
  viewStore.setState({ rowMenu: menu });
}

export function closeRowMenu(): void {
  viewStore.setState({ rowMenu: null });
}

export function setSearch(search: Partial<SearchSettings>): void {
  const current = viewStore.getState().search;
  viewStore.setState({ search: { ...current, ...search }, searchIndex: 0 });
}

export function setSearchIndex(index: number): void {
  viewStore.setState({ searchIndex: index });
}

export function requestSearchFocus(): void {
  viewStore.setState((s) => ({ searchFocusRequest: s.searchFocusRequest + 1 }));
}

export function setBusy(busy: string | null): void {
  viewStore.setState({ busy });
}
