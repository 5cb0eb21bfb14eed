/**
 * The store's one path to change the alignment or the selection: every toolbar button,
 * shortcut, menu item and click calls dispatchCommand, which runs the pure executeCommand.
 */
import { runCommand, type CommandArgs, type EditorState } from '../commands';
import { appStore, useAppState, type AppState } from './appStore';
import { reportError } from './actions';

/** The editor state the commands see, or null with no document open. */
export function editorStateOf(state: AppState): EditorState | null {
  if (!state.doc) return null;
  return {
    doc: state.doc,
    history: state.history,
    selection:
      state.selectedSide === null
        ? { link: state.selectedLink }
        : { link: state.selectedLink, side: state.selectedSide },
  };
}

/**
 * Runs a command on the open document. Returns true when something changed; an operation
 * that cannot apply is reported to the user unless `quiet` (navigation at an end, say).
 */
export function dispatchCommand(id: string, args?: CommandArgs, { quiet = false } = {}): boolean {
  const current = appStore.getState();
  const editor = editorStateOf(current);
  if (!editor) return false;
  const outcome = runCommand(editor, id, args);
  if (outcome.error && !quiet) reportError(outcome.error);
  const next = outcome.state;
  if (next === editor) return false;
  appStore.setState({
    doc: next.doc,
    history: next.history,
    selectedLink: next.selection.link,
    selectedSide: next.selection.side ?? null,
  });
  return true;
}

/** Whether a command can run now; re-renders only when the answer changes. */
export function useCommandEnabled(isEnabled: (state: EditorState) => boolean): boolean {
  return useAppState((s) => {
    const editor = editorStateOf(s);
    return editor !== null && isEnabled(editor);
  });
}
