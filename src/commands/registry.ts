/** The one list of commands: toolbar, menus, shortcuts and the help sheet all read it. */
import { flagsAt } from '../checks/flagChunks';
import { alignStretch } from '../align/realign';
import { canRedo, canUndo, redo, undo, type HistoryMove } from '../core/history';
import {
  canConfirm,
  canConfirmAllAbove,
  canDismissFlags,
  canRestoreFlags,
  dismissFlags,
  restoreFlags,
  canDetachSegment,
  canJoinSegmentWithNext,
  canMergeWithNext,
  canMoveFirstUp,
  canMoveLastDown,
  canRealignRange,
  canRealignStretch,
  canSplitLink,
  canSplitSegment,
  canUnconfirm,
  checkEditSegmentText,
  checkLinkIndex,
  confirm,
  confirmAllAbove,
  defaultSplitPoint,
  detachSegment,
  findRealignStretch,
  findRealignStretchesIn,
  isRealignAnchor,
  editSegmentText,
  isOpError,
  joinSegmentWithNext,
  mergeWithNext,
  moveFirstUp,
  opError,
  moveLastDown,
  realignRange,
  realignStretch,
  setNote,
  splitLink,
  splitSegment,
  unconfirm,
  type DetachWhich,
  type SideKey,
  type OpError,
  type OpResult,
} from '../core/operations';
import type { Alignment } from '../core/model';
import {
  activeSide,
  isRangeSelection,
  selectedLinks,
  type EditorState,
  type Selection,
} from './editorState';
import { findLink, firstChangedLink, isLowConfidence, isUnconfirmed } from './navigation';
import type { CommandMessage } from './messages';
import type { Command, CommandArgs, CommandResult } from './types';

function targetLink(state: EditorState, args?: CommandArgs): number {
  return args?.link ?? state.selection.link;
}

function alignmentOf(state: EditorState) {
  return state.doc.alignment;
}

/** Wraps an operation's result as an undo step. */
function edit(result: OpResult, selection?: Selection, group?: string): CommandResult | OpError {
  if (isOpError(result)) return result;
  return { alignment: result, selection, undoStep: true, group };
}

/** Undo/redo: not a step itself; selects the row it changed back, so the change is in view. */
function historyMove(state: EditorState, move: HistoryMove): CommandResult {
  const changed = firstChangedLink(alignmentOf(state), move.alignment);
  return {
    alignment: move.alignment,
    history: move.history,
    selection: changed === null ? undefined : { ...state.selection, link: changed },
    undoStep: false,
  };
}

function select(
  state: EditorState,
  link: number | null,
  side = state.selection.side,
): CommandResult | null {
  if (link === null) return null;
  return { selection: side === undefined ? { link } : { link, side }, undoStep: false };
}

/** Moves the moving end of a range selection, keeping (or setting) its anchor. */
function extend(state: EditorState, link: number): CommandResult | null {
  const last = linksCount(state) - 1;
  const to = Math.max(0, Math.min(last, link));
  const anchor = state.selection.anchor ?? state.selection.link;
  if (to === state.selection.link && state.selection.anchor !== undefined) return null;
  return { selection: { ...state.selection, link: to, anchor }, undoStep: false };
}

/** The rows a status command acts on: given ones, the given row, else the selected rows. */
function linksArg(state: EditorState, args?: CommandArgs): readonly number[] {
  if (args?.links) return args.links;
  if (args?.link !== undefined) return [args.link];
  return selectedLinks(state.selection);
}

/** Merges the rows first..last into one link, as repeated merges with the next row. */
function mergeRange(alignment: Alignment, first: number, last: number): OpResult {
  let result: OpResult = alignment;
  for (let i = first; i < last; i++) {
    if (isOpError(result)) return result;
    result = mergeWithNext(result, first);
  }
  return result;
}

function splitArgs(
  state: EditorState,
  args?: CommandArgs,
): { srcAt: number; tgtAt: number } | null {
  const link = alignmentOf(state).links[targetLink(state, args)];
  if (!link) return null;
  const fallback = defaultSplitPoint(link);
  return { srcAt: args?.srcAt ?? fallback.srcAt, tgtAt: args?.tgtAt ?? fallback.tgtAt };
}

/** The segment a segment command acts on: given, or the last of the selected link's side. */
function segmentArg(state: EditorState, args?: CommandArgs): number | null {
  if (args?.segment !== undefined) return args.segment;
  const link = alignmentOf(state).links[targetLink(state, args)];
  const run = link?.[activeSide(state, args?.side)];
  return run && run.length > 0 ? run[run.length - 1] : null;
}

/** "Re-aligned rows 3–9 …": the user must see how far `r` reached, and that it kept their work. */
export function realignMessage(
  before: Alignment,
  after: Alignment,
  stretch: { first: number; last: number },
): CommandMessage {
  const count = stretch.last - stretch.first + 1;
  const made = after.links.length - (before.links.length - count);
  const params = { first: stretch.first + 1, last: stretch.last + 1, count, made };
  const one = count === 1;
  if (after === before) {
    return { key: one ? 'command.realignedOneSame' : 'command.realignedSame', params };
  }
  return { key: one ? 'command.realignedOne' : 'command.realigned', params };
}

/** The rows a selection command acts on: the given ones (first to last), else a multi-row selection. */
function selectionRange(
  state: EditorState,
  args?: CommandArgs,
): { first: number; last: number } | null {
  const rows =
    args?.links && args.links.length > 0
      ? args.links
      : isRangeSelection(state.selection)
        ? selectedLinks(state.selection)
        : null;
  if (!rows) return null;
  return { first: Math.min(...rows), last: Math.max(...rows) };
}

/** What re-aligning the selection did: how many rows it changed into how many, and what it kept. */
export function realignSelectionMessage(
  before: Alignment,
  after: Alignment,
  first: number,
  last: number,
): CommandMessage {
  const selected = last - first + 1;
  const kept = before.links.slice(first, last + 1).filter(isRealignAnchor).length;
  const count = selected - kept;
  const made = count + after.links.length - before.links.length;
  const params = { first: first + 1, last: last + 1, selected, count, made, kept };
  return after === before
    ? { key: 'command.realignedSelectionSame', params }
    : { key: 'command.realignedSelection', params };
}

function detachCommand(which: DetachWhich, shortcut: string): Command {
  return {
    id: `detach-${which}`,
    label: `Detach ${which} segment`,
    description: `Make the ${which} segment of the selected side unpaired (a row of its own).`,
    shortcut,
    group: 'links',
    isEnabled: (state, args) =>
      canDetachSegment(
        alignmentOf(state),
        targetLink(state, args),
        activeSide(state, args?.side),
        which,
      ),
    run: (state, args) =>
      edit(
        detachSegment(
          alignmentOf(state),
          targetLink(state, args),
          activeSide(state, args.side),
          which,
        ),
      ),
  };
}

function reviewJump(
  id: string,
  label: string,
  shortcut: string,
  direction: 1 | -1,
  matches: typeof isLowConfidence,
): Command {
  const find = (state: EditorState) =>
    findLink(alignmentOf(state).links, state.selection.link, direction, matches);
  return {
    id,
    label,
    description: `${label} (wraps around the ends).`,
    shortcut,
    group: 'navigation',
    isEnabled: (state) => find(state) !== null,
    run: (state) => select(state, find(state)),
  };
}

/**
 * w / Shift+W: word look-up by keyboard, on the selected side of the selected row (the other
 * side when that one is empty); each press goes on to the next (previous) word.
 */
function lookUpCommand(
  id: string,
  label: string,
  description: string,
  shortcut: string,
  step: 1 | -1,
): Command {
  const sideOf = (state: EditorState, args?: CommandArgs) => {
    const link = alignmentOf(state).links[targetLink(state, args)];
    if (!link) return null;
    const first = activeSide(state, args?.side);
    const other = first === 'src' ? 'tgt' : 'src';
    return link[first].length > 0 ? first : link[other].length > 0 ? other : null;
  };
  return {
    id,
    label,
    description,
    shortcut,
    group: 'review',
    isEnabled: (state, args) => sideOf(state, args) !== null,
    run: (state, args) => {
      const side = sideOf(state, args);
      if (side === null) return null;
      return { view: { lookUp: { link: targetLink(state, args), side, step } }, undoStep: false };
    },
  };
}

/** n / Shift+N: the nearest row with any review flag, in document order, wrapping. */
function flagJump(id: string, label: string, shortcut: string, direction: 1 | -1): Command {
  const find = (state: EditorState) => {
    const flags = state.flags;
    if (!flags) return null;
    return findLink(
      alignmentOf(state).links,
      state.selection.link,
      direction,
      (_, i) => (flagsAt(flags, i)?.length ?? 0) > 0,
    );
  };
  return {
    id,
    label,
    description: `${label}: any kind of flag, in document order (wraps around the ends).`,
    shortcut,
    group: 'navigation',
    isEnabled: (state) => find(state) !== null,
    run: (state) => select(state, find(state)),
  };
}

const linksCount = (state: EditorState) => alignmentOf(state).links.length;

export const commands: readonly Command[] = [
  {
    id: 'undo',
    label: 'Undo',
    description: 'Undo the last change to the alignment.',
    shortcut: 'Mod+z',
    group: 'history',
    isEnabled: (state) => canUndo(state.history),
    run: (state) => {
      const move = undo(state.history, alignmentOf(state));
      return move && historyMove(state, move);
    },
  },
  {
    id: 'redo',
    label: 'Redo',
    description: 'Redo the last undone change.',
    shortcut: 'Mod+Shift+z',
    altShortcuts: ['Mod+y'],
    group: 'history',
    isEnabled: (state) => canRedo(state.history),
    run: (state, _args, context) => {
      const move = redo(state.history, alignmentOf(state), context.now);
      return move && historyMove(state, move);
    },
  },
  {
    id: 'merge-next',
    label: 'Merge with next',
    description: 'Merge the selected row with the row below.',
    shortcut: 'm',
    group: 'links',
    isEnabled: (state, args) => canMergeWithNext(alignmentOf(state), targetLink(state, args)),
    run: (state, args) => edit(mergeWithNext(alignmentOf(state), targetLink(state, args))),
  },
  {
    id: 'split-link',
    label: 'Split',
    description: 'Split the selected row in two, after its first segment on each side.',
    shortcut: 's',
    group: 'links',
    isEnabled: (state, args) => {
      const at = splitArgs(state, args);
      return (
        at !== null && canSplitLink(alignmentOf(state), targetLink(state, args), at.srcAt, at.tgtAt)
      );
    },
    run: (state, args) => {
      const at = splitArgs(state, args);
      return at && edit(splitLink(alignmentOf(state), targetLink(state, args), at.srcAt, at.tgtAt));
    },
  },
  {
    id: 'move-first-up',
    label: 'Move first segment up',
    description:
      'Move the first segment of the selected side into the row above (or drag it there by its grip).',
    shortcut: '[',
    group: 'links',
    isEnabled: (state, args) =>
      canMoveFirstUp(alignmentOf(state), targetLink(state, args), activeSide(state, args?.side)),
    run: (state, args) => {
      const link = targetLink(state, args);
      const result = moveFirstUp(alignmentOf(state), link, activeSide(state, args.side));
      // When the row emptied and disappeared, follow its segment up.
      const gone = !isOpError(result) && result.links.length < linksCount(state);
      return edit(result, { ...state.selection, link: gone ? link - 1 : link });
    },
  },
  {
    id: 'move-last-down',
    label: 'Move last segment down',
    description:
      'Move the last segment of the selected side into the row below (or drag it there by its grip).',
    shortcut: ']',
    group: 'links',
    isEnabled: (state, args) =>
      canMoveLastDown(alignmentOf(state), targetLink(state, args), activeSide(state, args?.side)),
    run: (state, args) =>
      edit(moveLastDown(alignmentOf(state), targetLink(state, args), activeSide(state, args.side))),
  },
  {
    id: 'realign-stretch',
    label: 'Re-align unconfirmed stretch',
    description:
      'Align again the unconfirmed rows between the confirmed ones around the selected row.',
    shortcut: 'r',
    group: 'links',
    isEnabled: (state, args) => canRealignStretch(alignmentOf(state), targetLink(state, args)),
    run: (state, args) => {
      const alignment = alignmentOf(state);
      const link = targetLink(state, args);
      const result = realignStretch(
        alignment,
        link,
        args.aligned
          ? () => args.aligned!
          : // No worker (tests, old browsers): the same path, without the worker's dictionary.
            alignStretch(alignment, { level: state.doc.level }),
      );
      if (isOpError(result)) return result;
      const stretch = findRealignStretch(alignment, link)!;
      return {
        alignment: result,
        undoStep: true,
        message: realignMessage(alignment, result, stretch),
      };
    },
  },
  {
    id: 'realign-selection',
    label: 'Re-align selected rows',
    description:
      'Align again only the segments of the selected rows; confirmed and hand-edited rows among them are kept.',
    shortcut: 'Shift+r',
    group: 'links',
    isEnabled: (state, args) => {
      const rows = selectionRange(state, args);
      return rows !== null && canRealignRange(alignmentOf(state), rows.first, rows.last);
    },
    run: (state, args) => {
      const rows = selectionRange(state, args);
      if (!rows) {
        return opError('op.realignSelectFirst');
      }
      const alignment = alignmentOf(state);
      const { first, last } = rows;
      const given = args.alignedStretches;
      if (given && given.length !== findRealignStretchesIn(alignment, first, last).length) {
        return null; // computed for another selection
      }
      // No worker (tests, old browsers): the same path as 'r', without the worker's dictionary.
      const align = given ? undefined : alignStretch(alignment, { level: state.doc.level });
      const result = realignRange(alignment, first, last, (src, tgt, k) =>
        given ? given[k] : align!(src, tgt),
      );
      if (isOpError(result)) return result;
      // The selection stays on the same stretch of text: its first row to the row now ending it.
      const end = last + result.links.length - alignment.links.length;
      return {
        alignment: result,
        undoStep: true,
        selection: { ...state.selection, anchor: first, link: Math.max(first, end) },
        message: realignSelectionMessage(alignment, result, first, last),
      };
    },
  },
  detachCommand('first', 'd'),
  detachCommand('last', 'Shift+d'),
  {
    id: 'split-segment',
    label: 'Split segment at caret',
    description:
      'Cut a segment in two where the caret is: Ctrl+Enter (⌘+Enter) in the text editor.',
    group: 'segments',
    isEnabled: (state, args) =>
      args?.segment !== undefined &&
      args.offset !== undefined &&
      canSplitSegment(alignmentOf(state), activeSide(state, args.side), args.segment, args.offset),
    run: (state, args) => {
      if (args.segment === undefined || args.offset === undefined) return null;
      return edit(
        splitSegment(alignmentOf(state), activeSide(state, args.side), args.segment, args.offset),
      );
    },
  },
  {
    id: 'join-segment-next',
    label: 'Join segment with next',
    description: 'Join the last segment of the selected side with the segment after it.',
    shortcut: '+',
    group: 'segments',
    isEnabled: (state, args) => {
      const segment = segmentArg(state, args);
      return (
        segment !== null &&
        canJoinSegmentWithNext(alignmentOf(state), activeSide(state, args?.side), segment)
      );
    },
    run: (state, args) => {
      const segment = segmentArg(state, args);
      return segment === null
        ? null
        : edit(joinSegmentWithNext(alignmentOf(state), activeSide(state, args.side), segment));
    },
  },
  {
    id: 'edit-text',
    label: 'Edit segment text',
    description: 'Replace the text of a segment (double-click, Enter or F2 opens the editor).',
    group: 'segments',
    isEnabled: (state, args) =>
      args?.segment !== undefined &&
      args.text !== undefined &&
      checkEditSegmentText(
        alignmentOf(state),
        activeSide(state, args.side),
        args.segment,
        args.text,
      ) === null,
    run: (state, args) => {
      if (args.segment === undefined || args.text === undefined) return null;
      const side = activeSide(state, args.side);
      return edit(
        editSegmentText(alignmentOf(state), side, args.segment, args.text),
        undefined,
        `edit-text:${side}:${args.segment}`,
      );
    },
  },
  {
    id: 'confirm',
    label: 'Confirm',
    description: 'Mark the selected rows as checked.',
    shortcut: 'c',
    group: 'review',
    isEnabled: (state, args) => canConfirm(alignmentOf(state), linksArg(state, args)),
    run: (state, args) => edit(confirm(alignmentOf(state), linksArg(state, args))),
  },
  {
    id: 'confirm-next',
    label: 'Confirm and next',
    description:
      'Confirm the selected row and go to the next unconfirmed one: the review loop in one key.',
    shortcut: 'Space',
    group: 'review',
    isEnabled: (state, args) => canConfirm(alignmentOf(state), [targetLink(state, args)]),
    run: (state, args) => {
      const link = targetLink(state, args);
      const result = confirm(alignmentOf(state), [link]);
      if (isOpError(result)) return result;
      const next = findLink(result.links, link, 1, isUnconfirmed);
      return edit(result, { ...state.selection, link: next ?? link });
    },
  },
  {
    id: 'unconfirm',
    label: 'Unconfirm',
    description: 'Mark the selected rows as not checked again.',
    shortcut: 'x',
    group: 'review',
    isEnabled: (state, args) => canUnconfirm(alignmentOf(state), linksArg(state, args)),
    run: (state, args) => edit(unconfirm(alignmentOf(state), linksArg(state, args))),
  },
  {
    id: 'confirm-all-above',
    label: 'Confirm all above',
    description: 'Confirm every row from the first down to the selected one.',
    shortcut: 'Shift+c',
    group: 'review',
    isEnabled: (state, args) => canConfirmAllAbove(alignmentOf(state), targetLink(state, args)),
    run: (state, args) => edit(confirmAllAbove(alignmentOf(state), targetLink(state, args))),
  },
  {
    id: 'toggle-sentences',
    label: 'Show sentences',
    description:
      'Open the selected paragraph pair into its sentences, aligned side by side, to see an omitted or added sentence (again to close).',
    shortcut: 'e',
    group: 'review',
    isEnabled: (state, args) => {
      const link = alignmentOf(state).links[targetLink(state, args)];
      return link !== undefined && link.src.length > 0 && link.tgt.length > 0;
    },
    run: (state, args) => {
      const link = targetLink(state, args);
      const held = alignmentOf(state).links[link];
      if (!held || held.src.length === 0 || held.tgt.length === 0) return null;
      return {
        selection: { ...state.selection, link },
        view: { toggleSentences: link },
        undoStep: false,
      };
    },
  },
  {
    id: 'toggle-flags-panel',
    label: 'Flags',
    description:
      'Open or close the list of review flags, grouped by kind; an entry jumps to its row.',
    shortcut: 'f',
    group: 'review',
    isEnabled: () => true,
    run: () => ({ view: { toggleFlagsPanel: true }, undoStep: false }),
  },
  lookUpCommand(
    'look-up-word',
    'Look up word',
    'Show the dictionary gloss of a word in the selected row and the words on the other side that match it, as the aligner counted them (again: the next word; hovering or selecting a word does the same).',
    'w',
    1,
  ),
  lookUpCommand(
    'look-up-prev-word',
    'Look up previous word',
    'Word look-up on the word before the one shown.',
    'Shift+w',
    -1,
  ),
  {
    id: 'filter-rows',
    label: 'Filter rows',
    description: 'Show only flagged, unconfirmed, unpaired or hand-edited rows (the review bar).',
    group: 'review',
    isEnabled: (_state, args) => args?.filter !== undefined,
    run: (_state, args) =>
      args.filter === undefined ? null : { view: { filter: args.filter }, undoStep: false },
  },
  {
    id: 'clear-filter',
    label: 'Show all rows',
    description: 'Turn the row filter off.',
    shortcut: 'Shift+f',
    group: 'review',
    isEnabled: () => true,
    run: () => ({ view: { filter: 'all' }, undoStep: false }),
  },
  {
    id: 'set-note',
    label: 'Set note',
    description: 'Attach a note to the selected row (an empty note removes it).',
    group: 'review',
    isEnabled: (state, args) =>
      checkLinkIndex(alignmentOf(state), targetLink(state, args)) === null,
    run: (state, args) => {
      if (args.note === undefined) return null;
      const link = targetLink(state, args);
      return edit(setNote(alignmentOf(state), link, args.note), undefined, `note:${link}`);
    },
  },
  {
    id: 'dismiss-flags',
    label: 'Dismiss flags',
    description: 'Mark the given flags of the selected row as looked at and fine.',
    group: 'review',
    isEnabled: (state, args) =>
      args?.kinds !== undefined &&
      canDismissFlags(alignmentOf(state), targetLink(state, args), args.kinds),
    run: (state, args) =>
      args.kinds === undefined
        ? null
        : edit(dismissFlags(alignmentOf(state), targetLink(state, args), args.kinds)),
  },
  {
    id: 'restore-flags',
    label: 'Restore flags',
    description: 'Show the dismissed flags of the selected row again.',
    group: 'review',
    isEnabled: (state, args) =>
      canRestoreFlags(alignmentOf(state), targetLink(state, args), args?.kinds),
    run: (state, args) =>
      edit(restoreFlags(alignmentOf(state), targetLink(state, args), args.kinds)),
  },
  {
    id: 'next-row',
    label: 'Next row',
    description: 'Select the row below.',
    shortcut: 'j',
    altShortcuts: ['ArrowDown'],
    group: 'navigation',
    isEnabled: (state) => state.selection.link < linksCount(state) - 1,
    run: (state) => select(state, Math.min(state.selection.link + 1, linksCount(state) - 1)),
  },
  {
    id: 'prev-row',
    label: 'Previous row',
    description: 'Select the row above.',
    shortcut: 'k',
    altShortcuts: ['ArrowUp'],
    group: 'navigation',
    isEnabled: (state) => state.selection.link > 0,
    run: (state) => select(state, Math.max(state.selection.link - 1, 0)),
  },
  {
    id: 'first-row',
    label: 'First row',
    description: 'Select the first row.',
    shortcut: 'Home',
    group: 'navigation',
    isEnabled: (state) => state.selection.link > 0,
    run: (state) => select(state, 0),
  },
  {
    id: 'last-row',
    label: 'Last row',
    description: 'Select the last row.',
    shortcut: 'End',
    group: 'navigation',
    isEnabled: (state) => state.selection.link < linksCount(state) - 1,
    run: (state) => select(state, Math.max(0, linksCount(state) - 1)),
  },
  {
    id: 'extend-next',
    label: 'Extend selection down',
    description: 'Add the row below to the selection.',
    shortcut: 'Shift+j',
    altShortcuts: ['Shift+ArrowDown'],
    group: 'navigation',
    isEnabled: (state) => state.selection.link < linksCount(state) - 1,
    run: (state) => extend(state, state.selection.link + 1),
  },
  {
    id: 'extend-prev',
    label: 'Extend selection up',
    description: 'Add the row above to the selection.',
    shortcut: 'Shift+k',
    altShortcuts: ['Shift+ArrowUp'],
    group: 'navigation',
    isEnabled: (state) => state.selection.link > 0,
    run: (state) => extend(state, state.selection.link - 1),
  },
  {
    id: 'extend-first',
    label: 'Select to first row',
    description: 'Extend the selection up to the first row.',
    shortcut: 'Shift+Home',
    group: 'navigation',
    isEnabled: (state) => state.selection.link > 0,
    run: (state) => extend(state, 0),
  },
  {
    id: 'extend-last',
    label: 'Select to last row',
    description: 'Extend the selection down to the last row.',
    shortcut: 'Shift+End',
    group: 'navigation',
    isEnabled: (state) => state.selection.link < linksCount(state) - 1,
    run: (state) => extend(state, linksCount(state) - 1),
  },
  {
    id: 'extend-to',
    label: 'Extend selection to row',
    description: 'Extend the selection to the clicked row (Shift+click).',
    group: 'navigation',
    isEnabled: (state, args) =>
      args?.link !== undefined && checkLinkIndex(alignmentOf(state), args.link) === null,
    run: (state, args) =>
      args.link === undefined || checkLinkIndex(alignmentOf(state), args.link) !== null
        ? null
        : extend(state, args.link),
  },
  {
    id: 'merge-selection',
    label: 'Merge selected rows',
    description: 'Merge the selected rows into one link.',
    shortcut: 'Shift+m',
    group: 'links',
    isEnabled: (state) => isRangeSelection(state.selection),
    run: (state) => {
      const [first, ...rest] = selectedLinks(state.selection);
      const last = rest.length > 0 ? rest[rest.length - 1] : first;
      if (last === first) return null;
      return edit(mergeRange(alignmentOf(state), first, last), {
        link: first,
        ...(state.selection.side ? { side: state.selection.side } : {}),
      });
    },
  },
  {
    id: 'select-source',
    label: 'Select source side',
    description: 'Act on the Chinese (left) side of the row.',
    shortcut: 'ArrowLeft',
    altShortcuts: ['h'],
    group: 'navigation',
    isEnabled: (state) => state.selection.side !== 'src',
    run: (state) => select(state, state.selection.link, 'src'),
  },
  {
    id: 'select-target',
    label: 'Select target side',
    description: 'Act on the English (right) side of the row.',
    shortcut: 'ArrowRight',
    altShortcuts: ['l'],
    group: 'navigation',
    isEnabled: (state) => state.selection.side !== 'tgt',
    run: (state) => select(state, state.selection.link, 'tgt'),
  },
  {
    id: 'select-link',
    label: 'Select row',
    description: 'Select a row (a click on it does this).',
    group: 'navigation',
    isEnabled: (state, args) =>
      args?.link !== undefined && checkLinkIndex(alignmentOf(state), args.link) === null,
    run: (state, args) =>
      args.link === undefined || checkLinkIndex(alignmentOf(state), args.link) !== null
        ? null
        : select(state, args.link, args.side ?? state.selection.side),
  },
  flagJump('next-flagged', 'Next flagged row', 'n', 1),
  flagJump('prev-flagged', 'Previous flagged row', 'Shift+n', -1),
  reviewJump('next-unconfirmed', 'Next unconfirmed row', 'u', 1, isUnconfirmed),
  reviewJump('prev-unconfirmed', 'Previous unconfirmed row', 'Shift+u', -1, isUnconfirmed),
];

const byId = new Map(commands.map((c) => [c.id, c]));

export function getCommand(id: string): Command | undefined {
  return byId.get(id);
}

/**
 * What the row menu (right-click or Shift+F10 on a row) offers, in its sections: the row's own
 * commands, those for the selected rows, and review. Names, keys and whether each can run come
 * from the commands above, like the toolbar and the palette. In a multi-row selection the
 * 'selection' and 'review' commands act on the selected rows (see rowMenuArgs).
 */
export const ROW_MENU: readonly {
  readonly section: RowMenuSection;
  readonly ids: readonly string[];
}[] = [
  {
    section: 'row',
    ids: [
      'merge-next',
      'split-link',
      'move-first-up',
      'move-last-down',
      'detach-first',
      'detach-last',
      'join-segment-next',
      'realign-stretch',
    ],
  },
  { section: 'selection', ids: ['merge-selection', 'realign-selection'] },
  { section: 'review', ids: ['confirm', 'unconfirm', 'confirm-all-above'] },
];

export type RowMenuSection = 'row' | 'selection' | 'review';

/**
 * The arguments a row menu command gets: the row it was opened on, or, when that row is part
 * of a multi-row selection, the selected rows for the commands that act on several.
 */
export function rowMenuArgs(
  state: EditorState,
  section: RowMenuSection,
  link: number,
  side: SideKey,
): CommandArgs {
  if (section === 'row' || !isRangeSelection(state.selection)) return { link, side };
  const rows = selectedLinks(state.selection);
  return rows.includes(link) ? { links: rows, side } : { link, side };
}
