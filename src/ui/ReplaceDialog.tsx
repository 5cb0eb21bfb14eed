import { useEffect, useRef } from 'react';
import './safety.css';
import { useFileState } from '../store/fileStore';
import { answerReplacePrompt } from '../store/replaceGuard';

/**
 * Asked before another document replaces one with unsaved changes: Save, Keep in browser,
 * Discard or Cancel. A modal <dialog>: focus stays inside, Escape cancels.
 */
export function ReplaceDialog() {
  const prompt = useFileState((s) => s.replacePrompt);
  const ref = useRef<HTMLDialogElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!prompt || !dialog || dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    saveRef.current?.focus();
  }, [prompt]);
  if (!prompt) return null;
  return (
    <dialog
      ref={ref}
      className="replace-dialog"
      aria-labelledby="replace-title"
      aria-describedby="replace-text"
      onCancel={(e) => {
        e.preventDefault();
        answerReplacePrompt('cancel');
      }}
      onKeyDown={(e) => {
        // Where the browser does not turn Escape into "cancel" itself.
        if (e.key === 'Escape') {
          e.preventDefault();
          answerReplacePrompt('cancel');
        }
      }}
    >
      <h2 id="replace-title">Unsaved changes to “{prompt.name}”</h2>
      <p id="replace-text">
        {prompt.canKeep
          ? 'They are not saved to a file. Keep in browser leaves them under Recent, where you can reopen them later.'
          : 'They are not saved to a file, and this browser cannot store them: unless you save them now, they are lost.'}
      </p>
      <div className="dialog-buttons">
        <button type="button" onClick={() => answerReplacePrompt('cancel')}>
          Cancel
        </button>
        <button type="button" onClick={() => answerReplacePrompt('discard')}>
          Discard changes
        </button>
        {prompt.canKeep ? (
          <button type="button" onClick={() => answerReplacePrompt('keep')}>
            Keep in browser
          </button>
        ) : null}
        <button
          ref={saveRef}
          type="button"
          className="primary"
          onClick={() => answerReplacePrompt('save')}
        >
          Save…
        </button>
      </div>
    </dialog>
  );
}
