/** The state commands work on: pure data, no React. */
import { createHistory, type History } from '../core/history';
import type { AlignDocument, Alignment } from '../core/model';
import type { SideKey } from '../core/operations';
import type { FlagChunks } from '../checks';

/**
 * The selected row (link index) and, optionally, one of its sides. With `anchor`, the
 * selection is the range of rows between anchor and link (Shift+click, Shift+j/k); `link`
 * is the end that moves. Never in history.
 */
export interface Selection {
  readonly link: number;
  readonly side?: SideKey;
  readonly anchor?: number;
}

export interface EditorState {
  readonly doc: AlignDocument;
  readonly history: History;
  readonly selection: Selection;
  /**
   * The review flags per link (src/checks, LinkChecks.chunks: `flagsAt` reads a link's), when
   * the caller has them; never in history.
   */
  readonly flags?: FlagChunks;
}

export function createEditorState(
  doc: AlignDocument,
  selection: Selection = { link: 0 },
  history: History = createHistory(),
): EditorState {
  return { doc, history, selection: clampSelection(selection, doc.alignment) };
}

/** Keeps the selection on an existing row after the number of links changed. */
export function clampSelection(selection: Selection, alignment: Alignment): Selection {
  const last = Math.max(0, alignment.links.length - 1);
  const clamp = (i: number) => Math.max(0, Math.min(last, Number.isFinite(i) ? Math.trunc(i) : 0));
  const link = clamp(selection.link);
  const anchor = selection.anchor === undefined ? undefined : clamp(selection.anchor);
  if (link === selection.link && anchor === selection.anchor) return selection;
  const { anchor: _dropped, ...single } = selection;
  return anchor === undefined || anchor === link
    ? { ...single, link }
    : { ...single, link, anchor };
}

/** The selected rows in order: one, or the range between anchor and link. */
export function selectedLinks(selection: Selection): readonly number[] {
  const from = Math.min(selection.anchor ?? selection.link, selection.link);
  const to = Math.max(selection.anchor ?? selection.link, selection.link);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Whether more than one row is selected. */
export function isRangeSelection(selection: Selection): boolean {
  return selection.anchor !== undefined && selection.anchor !== selection.link;
}

/** The side commands act on when none is given: the selected one, else the source. */
export function activeSide(state: EditorState, side?: SideKey): SideKey {
  return side ?? state.selection.side ?? 'src';
}
