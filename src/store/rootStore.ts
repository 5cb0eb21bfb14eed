/**
 * The one zustand store of the app, built from slices: the document and its history (`app`),
 * where it lives outside the app (`file`), the editor's view (`view`), the review view
 * (`review`), the review flags (`checks`), the word look-up (`lookup`) and the open options
 * (`openOptions`). Each slice file defines its state and
 * registers it here with `defineSlice`, which returns a store-shaped handle on that slice
 * (`appStore`, `fileStore`, …), so code and components read and write their slice as if it
 * were a store of its own, while a change that spans slices (a document adopted) is one
 * `setSlices` call: one state change, one notification, never a half-adopted document.
 *
 * This file imports no slice (types only), so slice files can import it without a cycle.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppState } from './appStore';
import type { ChecksState } from './checksStore';
import type { FileState } from './fileStore';
import type { HintsState } from './hints';
import type { LookupState } from './lookupStore';
import type { OpenOptionsState } from './openOptions';
import type { ReviewViewState } from './reviewStore';
import type { ViewState } from './viewStore';

export interface RootState {
  readonly app: AppState;
  readonly file: FileState;
  readonly view: ViewState;
  readonly review: ReviewViewState;
  readonly checks: ChecksState;
  /** The word being looked up and its popover (lookupStore.ts). */
  readonly lookup: LookupState;
  /** How opened text files are cut (openOptions.ts). */
  readonly openOptions: OpenOptionsState;
  /** Notices about the open document that do not block it (hints.ts). */
  readonly hints: HintsState;
}

export type SliceKey = keyof RootState;

/** Filled in by the slice files as they load (defineSlice). */
export const rootStore = createStore<RootState>()(() => ({}) as RootState);

/** Changes to several slices at once: each is merged into its slice. */
export type SliceChanges = { readonly [K in SliceKey]?: Partial<RootState[K]> };

/** Applies changes to several slices in a single state change. */
export function setSlices(changes: SliceChanges): void {
  rootStore.setState((state) => {
    const next: Record<string, unknown> = {};
    for (const key of Object.keys(changes) as SliceKey[]) {
      next[key] = { ...state[key], ...changes[key] };
    }
    return next as Partial<RootState>;
  });
}

/**
 * Registers a slice with its initial state and returns a store-shaped handle on it:
 * `getState`/`setState` read and merge into the slice, `subscribe` is told only when the
 * slice changed. It works with zustand's `useStore` like a store of its own.
 */
export function defineSlice<K extends SliceKey>(
  key: K,
  initial: RootState[K],
): StoreApi<RootState[K]> {
  type S = RootState[K];
  rootStore.setState({ [key]: initial } as unknown as Partial<RootState>);
  const getState = () => rootStore.getState()[key];
  return {
    getState,
    getInitialState: () => initial,
    setState: (partial, replace) => {
      rootStore.setState((root) => {
        const current = root[key];
        const update =
          typeof partial === 'function' ? (partial as (s: S) => S | Partial<S>)(current) : partial;
        if (Object.is(update, current)) return root;
        const next = replace ? (update as S) : { ...current, ...update };
        return { [key]: next } as unknown as Partial<RootState>;
      });
    },
    subscribe: (listener) =>
      rootStore.subscribe((state, previous) => {
        if (state[key] !== previous[key]) listener(state[key], previous[key]);
      }),
  };
}
