import { defineSlice } from './rootStore';
import { useStore } from 'zustand';
import type { AlignDocument } from '../core/model';
import { appStore } from './appStore';
import type { RecentEntry } from './persistence';

export type AutosaveState = 'off' | 'pending' | 'saved' | 'failed';

/** Work restored from autosave at start-up, for the notice that says so. */
export interface RestoredInfo {
  readonly name: string;
  readonly savedAt: number;
  readonly dirty: boolean;
  /** Changes made from this time on could not be stored (the browser's storage was full). */
  readonly unkeptSince?: number;
  /** A segment editor reopened with the text that was being typed. */
  readonly draft?: { readonly side: 'src' | 'tgt'; readonly segment: number };
}

/** What to do with unsaved changes before another document replaces them. */
export type ReplaceChoice = 'save' | 'keep' | 'discard' | 'cancel';

/** The question asked before another document replaces one with unsaved changes. */
export interface ReplacePrompt {
  readonly name: string;
  /** Whether "Keep in browser" can work: false when the browser stores nothing. */
  readonly canKeep: boolean;
}

/**
 * Why this tab may not change the document: another tab had it open first, took it over,
 * or stored a newer version than this tab had.
 */
export type ReadOnlyReason = 'other-tab' | 'taken-over' | 'stale';

/** Whether this browser lets the app store documents (IndexedDB). */
export type StorageState = 'unknown' | 'ok' | 'blocked';

/**
 * Where the open document lives outside the app: its storage id, its file name, the
 * file handle a second Save writes to, and the version last saved to a file (dirty check).
 */
export interface FileState {
  /** Key of the open document in IndexedDB; null until it is worth keeping. */
  readonly docId: string | null;
  /** Base name for saving and exporting, without extension. */
  readonly name: string;
  /** The document as last saved to a file (or as opened): anything else is unsaved. */
  readonly savedDoc: AlignDocument | null;
  /** The bundled document as opened: no need to autosave it while it is untouched. */
  readonly pristineDoc: AlignDocument | null;
  readonly handle: FileSystemFileHandle | null;
  readonly autosave: AutosaveState;
  readonly autosavedAt: number | null;
  readonly autosaveError: string | null;
  readonly restored: RestoredInfo | null;
  readonly recent: readonly RecentEntry[];
  /** A short confirmation such as "Saved story.duilian.json". */
  readonly notice: string | null;
  /** The stored revision this tab read or last wrote (persistence.ts); null when none. */
  readonly revision: number | null;
  readonly storage: StorageState;
  /** The "cannot store anything" warning was dismissed: it is said once. */
  readonly storageWarningDismissed: boolean;
  readonly replacePrompt: ReplacePrompt | null;
  /** Another tab edits this document (tabs.ts); null: this tab may. */
  readonly readOnly: ReadOnlyReason | null;
}

export const initialFileState: FileState = {
  docId: null,
  name: 'alignment',
  savedDoc: null,
  pristineDoc: null,
  handle: null,
  autosave: 'off',
  autosavedAt: null,
  autosaveError: null,
  restored: null,
  recent: [],
  notice: null,
  revision: null,
  storage: 'unknown',
  storageWarningDismissed: false,
  replacePrompt: null,
  readOnly: null,
};

export const fileStore = defineSlice('file', initialFileState);

export function useFileState<T>(selector: (state: FileState) => T): T {
  return useStore(fileStore, selector);
}

/** Same content: undoing back to the saved alignment makes the document clean again. */
export function sameDocument(a: AlignDocument | null, b: AlignDocument | null): boolean {
  return a === b || (a !== null && b !== null && a.alignment === b.alignment && a.meta === b.meta);
}

/** True when the open document has changes not yet saved to a file. */
export function isDirty(): boolean {
  const doc = appStore.getState().doc;
  return doc !== null && !sameDocument(doc, fileStore.getState().savedDoc);
}
