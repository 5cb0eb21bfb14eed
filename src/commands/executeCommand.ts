/** The one dispatch path: toolbar, menus, shortcuts and clicks all end here. */
import { estimateStepBytes, recordStep } from '../core/history';
import { isOpError, type OpMessage } from '../core/operations';
import { clampSelection, type EditorState } from './editorState';
import { matchesShortcut, type KeyEventLike } from './keys';
import { formatCommandMessage, type CommandMessage } from './messages';
import { commands as registry, getCommand } from './registry';
import type { Command, CommandArgs, ViewChange } from './types';

export interface ExecuteOptions {
  /** The time of the command in ms (for grouping undo steps); defaults to Date.now(). */
  readonly now?: number;
}

export interface CommandOutcome {
  /** The new state; the same reference when nothing happened. */
  readonly state: EditorState;
  /** Why the command did not apply, for the user (unknown id, disabled, operation error). */
  readonly error?: string;
  /** The same, by key, when the operation gave one (see OpError.message). */
  readonly errorMessage?: OpMessage;
  /** What the command did, when it says (see CommandResult.notice). */
  readonly notice?: string;
  /** What the command did, by key (see CommandResult.message). */
  readonly message?: CommandMessage;
  /** How the view should change (see CommandResult.view). */
  readonly view?: ViewChange;
}

/** Runs a command and applies its result, writing history when the result is an undo step. */
export function runCommand(
  state: EditorState,
  id: string,
  args: CommandArgs = {},
  options: ExecuteOptions = {},
): CommandOutcome {
  const command = getCommand(id);
  if (!command) return { state, error: `Unknown command "${id}".` };
  const now = options.now ?? Date.now();
  const result = command.run(state, args, { now });
  if (result === null) return { state };
  if (isOpError(result)) {
    return {
      state,
      error: result.error,
      ...(result.message ? { errorMessage: result.message } : {}),
    };
  }

  const before = state.doc.alignment;
  const alignment = result.alignment ?? before;
  let history = result.history ?? state.history;
  if (result.undoStep && alignment !== before) {
    history = recordStep(history, before, {
      group: result.group,
      at: now,
      bytes: estimateStepBytes(before, alignment),
    });
  }
  const selection = clampSelection(result.selection ?? state.selection, alignment);
  const sameSelection =
    selection.link === state.selection.link &&
    selection.side === state.selection.side &&
    selection.anchor === state.selection.anchor;
  const notice =
    result.notice ?? (result.message ? formatCommandMessage(result.message) : undefined);
  const said = {
    ...(notice === undefined ? {} : { notice }),
    ...(result.message === undefined ? {} : { message: result.message }),
    ...(result.view === undefined ? {} : { view: result.view }),
  };
  if (alignment === before && history === state.history && sameSelection) {
    return { state, ...said };
  }
  return {
    ...said,
    state: {
      doc: alignment === before ? state.doc : { ...state.doc, alignment },
      history,
      selection: sameSelection ? state.selection : selection,
    },
  };
}

/** Runs a command by id and returns the new editor state (the same one when nothing changed). */
export function executeCommand(
  state: EditorState,
  id: string,
  args?: CommandArgs,
  options?: ExecuteOptions,
): EditorState {
  return runCommand(state, id, args, options).state;
}

export function isCommandEnabled(state: EditorState, id: string, args?: CommandArgs): boolean {
  return getCommand(id)?.isEnabled(state, args) ?? false;
}

/** Anything bound to keys: registry commands, and the view's own (help, find, edit). */
export interface KeyBound {
  readonly shortcut?: string;
  readonly altShortcuts?: readonly string[];
}

/** Every shortcut of a command: the main one first. */
export function allShortcuts(command: KeyBound): readonly string[] {
  return [...(command.shortcut ? [command.shortcut] : []), ...(command.altShortcuts ?? [])];
}

/**
 * The command bound to a key press, or null when none is, or when more than one is:
 * like excalidraw's action manager, it refuses to guess.
 */
export function findCommandForKey<T extends KeyBound = Command>(
  event: KeyEventLike,
  commands?: readonly T[],
): T | null {
  const list = commands ?? (registry as readonly KeyBound[] as readonly T[]);
  const matching = list.filter((c) => allShortcuts(c).some((s) => matchesShortcut(event, s)));
  return matching.length === 1 ? matching[0] : null;
}
