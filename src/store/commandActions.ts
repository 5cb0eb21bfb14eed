/**
 * The store's one path to change the alignment or the selection: every toolbar button,
 * shortcut, menu item and click calls dispatchCommand, which runs the pure executeCommand.
 */
import { realignInWorker } from '../align/alignInWorker';
import {
  getCommand,
  isRangeSelection,
  runCommand,
  selectedLinks,
  type CommandArgs,
  type EditorState,
  type ViewChange,
} from '../commands';
import type { Alignment } from '../core/model';
import {
  findRealignStretch,
  findRealignStretchesIn,
  isRealignAnchor,
  stretchProposals,
} from '../core/operations';
import { reportError } from './actions';
import { appStore, useAppState, type AppState } from './appStore';
import { checksFor, checksStore } from './checksStore';
import { fileStore } from './fileStore';
import { stepLookup } from './lookupStore';
import { linkKey, setRowFilter, toggleFlagsPanel, toggleSentences } from './reviewStore';
import { setBusy, viewStore } from './viewStore';
import { message, reasonOf } from './messages';

/** Read when shown, so it is in the interface language of the moment. */
export const readOnlyMessage = () => message('store.readOnly');

/** The stored flags when they are for this alignment (render-safe: computes nothing). */
function currentFlags(alignment: Alignment) {
  const checks = checksStore.getState().checks;
  return checks?.alignment === alignment ? checks.chunks : undefined;
}

/** The editor state the commands see, or null with no document open. */
export function editorStateOf(state: AppState): EditorState | null {
  if (!state.doc) return null;
  return {
    doc: state.doc,
    flags: currentFlags(state.doc.alignment),
    history: state.history,
    selection: {
      link: state.selectedLink,
      ...(state.selectedSide === null ? {} : { side: state.selectedSide }),
      ...(state.selectionAnchor === null ? {} : { anchor: state.selectionAnchor }),
    },
  };
}

/**
 * Runs a command on the open document. Returns true when something changed; an operation
 * that cannot apply is reported to the user unless `quiet` (navigation at an end, say).
 */
export function dispatchCommand(id: string, args?: CommandArgs, { quiet = false } = {}): boolean {
  const current = appStore.getState();
  // Bring the flags up to date first: commands like next-flagged read them.
  if (current.doc) checksFor(current.doc);
  const editor = editorStateOf(current);
  if (!editor) return false;
  if (!canRunWhileAligning(current, id)) {
    if (!quiet) reportError(message('store.busy'));
    return false;
  }
  const preparing = PREPARERS[id]?.(editor, args ?? {});
  if (preparing) {
    if (viewStore.getState().busy) return false;
    void runPrepared(id, editor.doc.alignment, preparing, quiet);
    return true;
  }
  const outcome = runCommand(editor, id, args);
  if (outcome.state.doc !== editor.doc && fileStore.getState().readOnly !== null) {
    // One writer per document (tabs.ts): an edit here would be lost or overwrite the other tab's.
    reportError(readOnlyMessage());
    return false;
  }
  if (outcome.error && !quiet) {
    const said = outcome.errorMessage;
    reportError(said ? message(said.key, said.params) : outcome.error);
  }
  const said = outcome.message
    ? message(outcome.message.key, outcome.message.params)
    : outcome.notice;
  if (said) fileStore.setState({ notice: said });
  applyViewChange(outcome.view);
  const toggled = outcome.view?.toggleSentences;
  const shown = outcome.state.doc.alignment;
  if (toggled !== undefined && shown.links[toggled]) {
    toggleSentences(linkKey(shown, shown.links[toggled]));
  }
  const next = outcome.state;
  if (next === editor) return outcome.view !== undefined;
  const edited = next.doc !== editor.doc;
  appStore.setState({
    doc: next.doc,
    history: next.history,
    selectedLink: next.selection.link,
    selectedSide: next.selection.side ?? null,
    selectionAnchor: next.selection.anchor ?? null,
    // A command that changed the document succeeded: an older error no longer applies.
    ...(edited && current.error !== null ? { error: null } : {}),
  });
  return true;
}

/**
 * While a new document aligns, the one on screen is about to be replaced: it can be read and
 * moved around in, not edited, so no edit lands on a document that is going away.
 */
export function canRunWhileAligning(state: AppState, id: string): boolean {
  return state.status !== 'aligning' || getCommand(id)?.group === 'navigation';
}

/** Whether the document on screen can be changed, saved or exported now. */
export function useDocumentWritable(): boolean {
  return useAppState((s) => s.doc !== null && s.status !== 'aligning');
}

/** Filters and panels a command asked for (sentence views need the document: see dispatch). */
function applyViewChange(view: ViewChange | undefined): void {
  if (!view) return;
  if (view.filter !== undefined) setRowFilter(view.filter);
  if (view.toggleFlagsPanel) toggleFlagsPanel();
  if (view.lookUp) {
    const doc = appStore.getState().doc;
    if (doc) stepLookup(doc.alignment, view.lookUp.link, view.lookUp.side, view.lookUp.step);
  }
}

/** Whether a command can run now; re-renders only when the answer changes. */
export function useCommandEnabled(
  isEnabled: (state: EditorState) => boolean,
  id?: string,
): boolean {
  return useAppState((s) => {
    const editor = editorStateOf(s);
    return editor !== null && (id === undefined || canRunWhileAligning(s, id)) && isEnabled(editor);
  });
}

/**
 * Re-aligning runs the aligner with its dictionary in the worker, off the main thread; the
 * result comes back as the command's `aligned` argument, so it is applied, and undone, like
 * any other command. Null: run the command directly (no Worker, as in tests).
 */
function prepareRealign(editor: EditorState, args: CommandArgs): Promise<CommandArgs> | null {
  if (typeof Worker === 'undefined' || args.aligned) return null;
  const alignment = editor.doc.alignment;
  const link = args.link ?? editor.selection.link;
  const stretch = findRealignStretch(alignment, link);
  if (!stretch) return null; // the command itself says why it cannot run
  const inside = (i: number) => i >= stretch.first && i <= stretch.last;
  // Links outside the stretch count as confirmed (hand-edited ones too), so the worker
  // re-aligns only the stretch, calibrated on the whole document.
  const masked: Alignment = {
    ...alignment,
    links: alignment.links.map((l, i) =>
      inside(i) || l.status === 'confirmed' ? l : { ...l, status: 'confirmed' },
    ),
  };
  const old = alignment.links.slice(stretch.first, stretch.last + 1);
  const srcStart = old.flatMap((l) => l.src)[0] ?? 0;
  const tgtStart = old.flatMap((l) => l.tgt)[0] ?? 0;
  const after = alignment.links.length - stretch.last - 1;
  return realignInWorker(masked, { split: editor.doc.level }).promise.then((result) => ({
    ...args,
    link,
    aligned: result.links.slice(stretch.first, result.links.length - after).map((l) => ({
      src: l.src.map((i) => i - srcStart),
      tgt: l.tgt.map((j) => j - tgtStart),
      confidence: l.confidence,
    })),
  }));
}

/**
 * Re-aligning the selected rows: like prepareRealign, with every link outside the selection,
 * and every confirmed or hand-edited one inside it, held fixed; each stretch of the selection
 * comes back as one entry of `alignedStretches`.
 */
function prepareRealignSelection(
  editor: EditorState,
  args: CommandArgs,
): Promise<CommandArgs> | null {
  if (typeof Worker === 'undefined' || args.alignedStretches) return null;
  if (!isRangeSelection(editor.selection)) return null;
  const alignment = editor.doc.alignment;
  const rows = selectedLinks(editor.selection);
  const first = rows[0];
  const last = rows[rows.length - 1];
  const stretches = findRealignStretchesIn(alignment, first, last);
  if (stretches.length === 0) return null; // the command itself says why it cannot run
  const free = (i: number) => i >= first && i <= last && !isRealignAnchor(alignment.links[i]);
  const masked: Alignment = {
    ...alignment,
    links: alignment.links.map((l, i) =>
      free(i) || l.status === 'confirmed' ? l : { ...l, status: 'confirmed' },
    ),
  };
  return realignInWorker(masked, { split: editor.doc.level }).promise.then((result) => ({
    ...args,
    links: [first, last],
    alignedStretches: stretchProposals(alignment, stretches, result),
  }));
}

/** Commands whose arguments take long to compute; see prepareRealign. */
const PREPARERS: Readonly<
  Record<string, (editor: EditorState, args: CommandArgs) => Promise<CommandArgs> | null>
> = {
  'realign-stretch': prepareRealign,
  'realign-selection': prepareRealignSelection,
};

async function runPrepared(
  id: string,
  started: Alignment,
  preparing: Promise<CommandArgs>,
  quiet: boolean,
): Promise<void> {
  setBusy(message('store.realigning'));
  try {
    const args = await preparing;
    if (appStore.getState().doc?.alignment !== started) {
      reportError(message('store.realignChanged'));
      return;
    }
    dispatchCommand(id, args, { quiet });
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') return;
    reportError(message('store.couldNotRealign', { reason: reasonOf(error) }));
  } finally {
    setBusy(null);
  }
}
