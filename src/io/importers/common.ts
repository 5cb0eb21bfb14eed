import type { AlignDocument } from '../../core/model';

/** A text file already decoded (see decodeBytes). */
export interface TextFile {
  readonly name: string;
  readonly text: string;
}

export interface ImportResult {
  readonly doc: AlignDocument;
  /** Things the user should know, one sentence each (e.g. links merged because they crossed). */
  readonly warnings: readonly string[];
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

/** The last part of a path, for matching file names across folders and systems. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
