/** How opened text files are cut before aligning: the same choice Paste texts… offers. */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { SplitMode } from '../core/model';

export const openOptionsStore = createStore<{ readonly split: SplitMode }>()(() => ({
  split: 'paragraphs',
}));

export function useOpenSplit(): SplitMode {
  return useStore(openOptionsStore, (s) => s.split);
}

export function setOpenSplit(split: SplitMode): void {
  openOptionsStore.setState({ split });
}
