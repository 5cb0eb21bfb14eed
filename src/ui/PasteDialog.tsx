import { useEffect, useRef, useState, type FormEvent } from 'react';
import { reportError } from '../store/actions';
import type { SplitMode } from '../align/segment';
import { prepareAligning } from '../store/aligning';
import { openTexts, textPairProblem } from '../store/fileActions';
import { focusGridAfterOpen } from './AlignmentGrid';
import { useT } from './i18n';
import { useModalDialog } from './useModalDialog';

/** Two text areas, Chinese and English: for texts copied from a page rather than saved as files. */
export function PasteDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const [zh, setZh] = useState('');
  const [en, setEn] = useState('');
  const [split, setSplit] = useState<SplitMode>('paragraphs');
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    // The texts are being pasted: the aligner gets its dictionary ready meanwhile.
    prepareAligning();
  }, []);
  useModalDialog(ref);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (zh.trim() === '' || en.trim() === '') {
      setProblem(
        zh.trim() === '' && en.trim() === ''
          ? t('paste.needBoth')
          : t(zh.trim() === '' ? 'paste.needZh' : 'paste.needEn'),
      );
      return;
    }
    // Texts that cannot be a pair stay in the dialog to be fixed, not thrown away with it.
    const mismatch = textPairProblem({ text: zh }, { text: en });
    if (mismatch) {
      setProblem(mismatch);
      return;
    }
    setProblem(null);
    onClose();
    try {
      await openTexts({ text: zh }, { text: en }, split);
      focusGridAfterOpen();
    } catch (error) {
      reportError(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <dialog
      ref={ref}
      className="paste-dialog"
      aria-labelledby="paste-title"
      onClose={onClose}
      onCancel={onClose}
    >
      <form onSubmit={(e) => void onSubmit(e)}>
        <h2 id="paste-title">{t('paste.title')}</h2>
        <div className="paste-columns">
          <label>
            <span>{t('paste.zhLabel')}</span>
            <textarea lang="zh" value={zh} onChange={(e) => setZh(e.target.value)} rows={14} />
          </label>
          <label>
            <span>{t('paste.enLabel')}</span>
            <textarea lang="en" value={en} onChange={(e) => setEn(e.target.value)} rows={14} />
          </label>
        </div>
        <div className="paste-options">
          <label>
            {t('paste.alignBy')}{' '}
            <select value={split} onChange={(e) => setSplit(e.target.value as SplitMode)}>
              <option value="paragraphs">{t('paste.paragraphs')}</option>
              <option value="sentences">{t('paste.sentences')}</option>
              <option value="lines">{t('paste.lines')}</option>
            </select>
          </label>
          <span className="paste-hint">{t('paste.hint')}</span>
        </div>
        {problem ? (
          <p role="alert" className="paste-problem">
            {problem}
          </p>
        ) : null}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            {t('paste.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('paste.align')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
