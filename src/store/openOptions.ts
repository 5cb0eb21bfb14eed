/** How opened text files are cut before aligning: the same choice Paste texts… offers. */
import { useStore } from 'zustand';
import type { SplitMode } from '../core/model';
import { defineSlice } from './rootStore';

export interface OpenOptionsState {
  readonly split: SplitMode;
}

export const openOptionsStore = defineSlice('openOptions', { split: 'paragraphs' });

export function useOpenSplit(): SplitMode {
  return useStore(openOptionsStore, (s) => s.split);
}

export function setOpenSplit(split: SplitMode): void {
  openOptionsStore.setState({ split });
}
