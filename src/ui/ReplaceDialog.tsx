import { useEffect, useRef } from 'react';
import './safety.css';
import { useFileState } from '../store/fileStore';
import { answerReplacePrompt } from '../store/replaceGuard';
import { useT } from './i18n';

/**
 * Asked before another document replaces one with unsaved changes: Save, Keep in browser,
 * Discard or Cancel. A modal <dialog>: focus stays inside, Escape cancels.
 */
export function ReplaceDialog() {
  const t = useT();
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
      <h2 id="replace-title">{t('safety.replaceTitle', { name: prompt.name })}</h2>
      <p id="replace-text">
        {prompt.canKeep ? t('safety.replaceKeepText') : t('safety.replaceLostText')}
      </p>
      <div className="dialog-buttons">
        <button type="button" onClick={() => answerReplacePrompt('cancel')}>
          {t('safety.cancel')}
        </button>
        <button type="button" onClick={() => answerReplacePrompt('discard')}>
          {t('safety.discard')}
        </button>
        {prompt.canKeep ? (
          <button type="button" onClick={() => answerReplacePrompt('keep')}>
            {t('safety.keep')}
          </button>
        ) : null}
        <button
          ref={saveRef}
          type="button"
          className="primary"
          onClick={() => answerReplacePrompt('save')}
        >
          {t('safety.save')}
        </button>
      </div>
    </dialog>
  );
}
