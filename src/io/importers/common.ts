import type { AlignDocument } from '../../core/model';
import type { IoMessage } from '../messages';

/** A text file already decoded (see decodeBytes). */
export interface TextFile {
  readonly name: string;
  readonly text: string;
}

export interface ImportResult {
  readonly doc: AlignDocument;
  /** Things the user should know, one sentence each (e.g. links merged because they crossed). */
  readonly warnings: readonly string[];
  /** The same warnings by key, for the app to say in its language (see ../messages.ts). */
  readonly said?: readonly IoMessage[];
}

export function orderWarnings(label: string, merged: number, filled: number): string[] {
  const out: string[] = [];
  if (merged > 0) {
    out.push(
      `${label}: ${merged} crossing link${merged === 1 ? ' was' : 's were'} merged with a neighbour to keep the order`,
    );
  }
  if (filled > 0) {
    out.push(
      `${label}: ${filled} segment${filled === 1 ? '' : 's'} named by no link ${filled === 1 ? 'was' : 'were'} added as unpaired`,
    );
  }
  return out;
}

/** The same warnings as orderWarnings, by key. */
export function orderMessages(label: string, merged: number, filled: number): IoMessage[] {
  const out: IoMessage[] = [];
  if (merged > 0) out.push({ key: 'io.crossingMerged', params: { name: label, count: merged } });
  if (filled > 0) out.push({ key: 'io.unnamedAdded', params: { name: label, count: filled } });
  return out;
}

/** The last part of a path, for matching file names across folders and systems. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
