/**
 * Nothing replaced that is not saved: before another document takes the place of one with
 * unsaved changes, the user chooses Save, Keep in browser (autosave keeps it under Recent)
 * or Discard, or cancels. The dialog (ReplaceDialog.tsx) answers through answerReplacePrompt.
 */
import { appStore } from './appStore';
import { flushAutosave } from './autosave';
import { fileStore, isDirty, type ReplaceChoice } from './fileStore';
import { forgetRecent } from './persistence';
import { saveDocument } from './saveActions';

let answer: ((choice: ReplaceChoice) => void) | null = null;

/** The dialog's answer; a second question never waits on the first one's. */
export function answerReplacePrompt(choice: ReplaceChoice): void {
  const resolve = answer;
  answer = null;
  fileStore.setState({ replacePrompt: null });
  resolve?.(choice);
}

function ask(name: string, canKeep: boolean): Promise<ReplaceChoice> {
  answer?.('cancel');
  fileStore.setState({ replacePrompt: { name, canKeep } });
  return new Promise((resolve) => {
    answer = resolve;
  });
}

/** Keeping in the browser works only while autosave does. */
function canKeepInBrowser(): boolean {
  const file = fileStore.getState();
  return file.storage !== 'blocked' && file.autosave !== 'failed';
}

/**
 * Resolves true when the open document may be replaced: it has no unsaved changes, or the
 * user saved, kept or discarded them. False: leave everything as it is.
 */
export async function confirmReplace(): Promise<boolean> {
  // A read-only tab's document is kept by the tab that edits it.
  if (!isDirty() || fileStore.getState().readOnly !== null) return true;
  const { name, docId } = fileStore.getState();
  const choice = await ask(name, canKeepInBrowser());
  if (choice === 'cancel') return false;
  if (choice === 'save') return saveDocument();
  if (choice === 'keep') {
    await flushAutosave();
    return fileStore.getState().autosave !== 'failed';
  }
  // Discard: nothing of it stays in storage, and the next write is not this document's.
  const doc = appStore.getState().doc;
  fileStore.setState({ docId: null, savedDoc: doc, pristineDoc: doc, revision: null });
  if (docId !== null) await forgetRecent(docId).catch(() => undefined);
  return true;
}
