import { useEffect, useRef, useState } from 'react';
import { openAccept } from '../io/formats';
import { useAppState } from '../store/appStore';
import { useDocumentWritable } from '../store/commandActions';
import { canPickFiles, cancelAlignment, openFiles, pickAndOpenFiles } from '../store/fileActions';
import { dismissNotice, saveDocument } from '../store/saveActions';
import { sameDocument, useFileState } from '../store/fileStore';
import { focusGridAfterOpen } from './AlignmentGrid';
import { ExportMenu } from './ExportMenu';
import { OpenSplitSelect } from './OpenSplitSelect';
import { PasteDialog } from './PasteDialog';
import { useT } from './i18n';
import { RecentDocuments } from './RecentDocuments';

/** What the picker offers (from the format registry); drag-and-drop takes the same. */
export const OPEN_ACCEPT = openAccept();

/** The mounted file input: the fallback picker for Open… (Ctrl+O comes from the keymap). */
let fileInput: HTMLInputElement | null = null;

let showPaste: (() => void) | null = null;

/** Opens the Paste texts… dialog, as its button does. */
export function openPasteDialog(): void {
  showPaste?.();
}

/** Opens the file picker, as the Open… button does. */
export function openFilesDialog(): void {
  chooseFiles(fileInput);
}

/** The File System Access picker where there is one (so Save can write back), else the input. */
function chooseFiles(input: HTMLInputElement | null): void {
  if (!canPickFiles()) {
    input?.click();
    return;
  }
  void pickAndOpenFiles().then((done) => {
    if (!done) input?.click();
    else focusGridAfterOpen();
  });
}

/** Open, paste, recent, save and export: the document's way in and out of the app. */
export function FileMenu() {
  const t = useT();
  const inputRef = useRef<HTMLInputElement>(null);
  const [pasteOpen, setPasteOpen] = useState(false);
  const hasDoc = useAppState((s) => s.doc !== null);
  // Not while a new document aligns: Save or Export then would write the one going away.
  const writable = useDocumentWritable();
  const doc = useAppState((s) => s.doc);
  const savedDoc = useFileState((s) => s.savedDoc);
  const dirty = !sameDocument(doc, savedDoc);

  const name = useFileState((s) => s.name);
  useEffect(() => {
    // The tab says which document is open and whether it has unsaved changes.
    document.title = hasDoc
      ? `${dirty ? '• ' : ''}${name} — duilian 对联`
      : 'duilian 对联 — bilingual alignment';
  }, [hasDoc, dirty, name]);

  useEffect(() => {
    showPaste = () => setPasteOpen(true);
    return () => {
      showPaste = null;
    };
  }, []);

  useEffect(() => {
    fileInput = inputRef.current;
    return () => {
      fileInput = null;
    };
  }, []);

  // The file input and the paste dialog stand outside the buttons' group: on a phone the group
  // is hidden and its commands run from the palette, which needs both.
  return (
    <>
      <input
        ref={inputRef}
        type="file"
        multiple
        accept={OPEN_ACCEPT}
        className="visually-hidden"
        aria-label={t('file.openFiles')}
        tabIndex={-1}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          // Clear it, so choosing the same file again still opens it.
          e.target.value = '';
          void openFiles(files).then(focusGridAfterOpen);
        }}
      />
      <div className="file-menu" role="group" aria-label={t('file.group')}>
        <button
          type="button"
          onClick={() => chooseFiles(inputRef.current)}
          title={t('file.openTitle')}
          aria-keyshortcuts="Control+O Meta+O"
        >
          {t('file.open')}
        </button>
        <OpenSplitSelect />
        <button type="button" onClick={() => setPasteOpen(true)}>
          {t('file.paste')}
        </button>
        <RecentDocuments />
        <button
          type="button"
          onClick={() => void saveDocument()}
          disabled={!writable}
          title={t('file.saveTitle')}
          aria-keyshortcuts="Control+S Meta+S"
        >
          {t('file.save')}
          {hasDoc && dirty ? (
            <span className="unsaved-dot" aria-hidden="true" title={t('status.unsaved')}>
              •
            </span>
          ) : null}
        </button>
        <button
          type="button"
          onClick={() => void saveDocument({ saveAs: true })}
          disabled={!writable}
          title={t('file.saveAsTitle')}
          aria-keyshortcuts="Control+Shift+S Meta+Shift+S"
        >
          {t('file.saveAs')}
        </button>
        <ExportMenu disabled={!writable} />
      </div>
      {pasteOpen ? <PasteDialog onClose={() => setPasteOpen(false)} /> : null}
    </>
  );
}

const NOTICE_MS = 8000;

/** Aligning progress and the last file action, in a few words. */
export function FileStatus() {
  const t = useT();
  const status = useAppState((s) => s.status);
  const progress = useAppState((s) => s.progress);
  const notice = useFileState((s) => s.notice);
  useEffect(() => {
    if (!notice) return;
    // A confirmation is news for a moment, not a permanent label.
    const timer = setTimeout(dismissNotice, NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  return (
    <div className="file-status" role="status">
      {status === 'aligning' ? (
        <span className="aligning">
          {t('file.aligning')}{' '}
          <progress
            max={1}
            value={progress > 0 ? progress : undefined}
            aria-label={t('file.alignProgress')}
          />
          <button type="button" className="cancel-align" onClick={cancelAlignment}>
            {t('file.cancel')}
          </button>
        </span>
      ) : null}
      {notice ? <span className="file-notice">{notice}</span> : null}
    </div>
  );
}

/** Whether the work is safe in this browser; lives in the footer, beside the counts. */
export function AutosaveState() {
  const t = useT();
  const autosave = useFileState((s) => s.autosave);
  const autosaveError = useFileState((s) => s.autosaveError);
  return (
    <p className="autosave-state" role="status">
      {autosave === 'saved' ? (
        <span title={t('status.autosavedTitle')}>{t('status.autosaved')}</span>
      ) : null}
      {autosave === 'failed' ? (
        <span
          className="autosave-failed"
          title={t('status.autosaveFailedTitle', {
            reason: autosaveError ?? t('status.autosaveRefused'),
          })}
        >
          {t('status.autosaveFailed')}
        </span>
      ) : null}
    </p>
  );
}
