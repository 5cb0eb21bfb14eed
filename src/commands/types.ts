import type { Alignment, FlagKind, Link } from '../core/model';
import type { DetachWhich, OpError, SideKey } from '../core/operations';
import type { EditorState, Selection } from './editorState';
import type { CommandMessage } from './messages';

export type CommandGroup = 'history' | 'links' | 'segments' | 'review' | 'navigation';

/** What a caller (menu, editor, click) can pass; each command reads the fields it needs. */
export interface CommandArgs {
  readonly link?: number;
  readonly links?: readonly number[];
  readonly side?: SideKey;
  readonly which?: DetachWhich;
  readonly srcAt?: number;
  readonly tgtAt?: number;
  readonly segment?: number;
  readonly offset?: number;
  readonly text?: string;
  readonly note?: string;
  /** For 'filter-rows'. */
  readonly filter?: RowFilter;
  /** Flag kinds for 'dismiss-flags' / 'restore-flags' (restore: all when absent). */
  readonly kinds?: readonly FlagKind[];
  /**
   * A ready re-alignment of the stretch around `link` (indices relative to the stretch), as
   * computed off the main thread; without it 'realign-stretch' aligns synchronously.
   */
  readonly aligned?: readonly Pick<Link, 'src' | 'tgt' | 'confidence'>[];
  /**
   * For 'realign-selection': ready re-alignments of each stretch of the selection (see
   * findRealignStretchesIn), in order, relative to the stretch; without them it aligns here.
   */
  readonly alignedStretches?: readonly (readonly Pick<Link, 'src' | 'tgt' | 'confidence'>[])[];
}

/** Which rows the grid shows: all, or only those a reviewer wants to walk. */
export type RowFilter = 'all' | 'flagged' | 'unconfirmed' | 'unpaired' | 'edited';

/** A change to how the document is shown (never an undo step); the store applies it. */
export interface ViewChange {
  /** Open or close the sentence view of this link. */
  readonly toggleSentences?: number;
  readonly filter?: RowFilter;
  /** Open or close the flags panel. */
  readonly toggleFlagsPanel?: boolean;
  /** Look up the next (1) or previous (-1) word of a row's side (word look-up). */
  readonly lookUp?: { readonly link: number; readonly side: SideKey; readonly step: 1 | -1 };
}

/**
 * What a command produced. Like excalidraw's captureUpdate, the result says whether it is an
 * undo step; the dispatcher, never the command, writes history.
 */
export interface CommandResult {
  /** The new alignment, when the command changed it. */
  readonly alignment?: Alignment;
  readonly selection?: Selection;
  /** Undo and redo replace history themselves. */
  readonly history?: EditorState['history'];
  /** Record the previous alignment as an undo step (edits: yes; navigation, undo/redo: no). */
  readonly undoStep: boolean;
  /** Consecutive undo steps of one group within a short time merge (typing into a segment). */
  readonly group?: string;
  /** What the command did, in a sentence for the status line (e.g. how many rows it re-aligned). */
  readonly notice?: string;
  /** The same, by key, for the interface to word in its language (see ./messages.ts). */
  readonly message?: CommandMessage;
  readonly view?: ViewChange;
}

export interface CommandContext {
  /** The time of the command, in ms; tests pass it, the app uses Date.now(). */
  readonly now: number;
}

export interface Command {
  /** kebab-case, stable: used by the toolbar, menus and tests. */
  readonly id: string;
  /** The accessible name of its button, e.g. "Merge with next". */
  readonly label: string;
  /** A one-line explanation for the help sheet. */
  readonly description: string;
  /** The main shortcut, e.g. "m" or "Mod+z"; shown in tooltips. */
  readonly shortcut?: string;
  /** Other keys that do the same, e.g. "ArrowDown" besides "j". */
  readonly altShortcuts?: readonly string[];
  readonly group: CommandGroup;
  isEnabled(state: EditorState, args?: CommandArgs): boolean;
  /** null when the command does not apply; an OpError to tell the user why. */
  run(
    state: EditorState,
    args: CommandArgs,
    context: CommandContext,
  ): CommandResult | OpError | null;
}
