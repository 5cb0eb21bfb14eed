/** The state commands work on: pure data, no React. */
import { createHistory, type History } from '../core/history';
import type { AlignDocument, Alignment } from '../core/model';
import type { SideKey } from '../core/operations';

/** The selected row (link index) and, optionally, one of its sides. Never in history. */
export interface Selection {
  readonly link: number;
  readonly side?: SideKey;
}

export interface EditorState {
  readonly doc: AlignDocument;
  readonly history: History;
  readonly selection: Selection;
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
  const link = Math.max(
    0,
    Math.min(last, Number.isFinite(selection.link) ? Math.trunc(selection.link) : 0),
  );
  return link === selection.link ? selection : { ...selection, link };
}

/** The side commands act on when none is given: the selected one, else the source. */
export function activeSide(state: EditorState, side?: SideKey): SideKey {
  return side ?? state.selection.side ?? 'src';
}
