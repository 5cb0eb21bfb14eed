import { useEffect, useRef, useState } from 'react';
import { useAppState } from '../store/appStore';
import { canPickFiles, cancelAlignment, openFiles, pickAndOpenFiles } from '../store/fileActions';
import { dismissNotice, saveDocument } from '../store/saveActions';
import { sameDocument, useFileState } from '../store/fileStore';
import { ExportMenu } from './ExportMenu';
import { OpenSplitSelect } from './OpenSplitSelect';
import { PasteDialog } from './PasteDialog';
import { RecentDocuments } from './RecentDocuments';

/** What the picker offers; drag-and-drop takes the same. */
export const OPEN_ACCEPT = '.txt,.json,.tmx,.align,.xml,text/plain,application/json';

/**
 * The file keys, handled by FileMenu's own listener (they work inside text fields too) and
 * listed in the help sheet.
 */
export const FILE_SHORTCUTS: readonly { label: string; shortcut: string; description: string }[] = [
  {
    label: 'Open…',
    shortcut: 'Mod+o',
    description: 'Open an alignment file, or two text files to align.',
  },
  {
    label: 'Save',
    shortcut: 'Mod+s',
    description: 'Save the alignment file (the same file again, once chosen).',
  },
  {
    label: 'Save as…',
    shortcut: 'Mod+Shift+s',
    description: 'Save the alignment under a new name.',
  },
];

function isMod(event: KeyboardEvent): boolean {
  return event.ctrlKey || event.metaKey;
}

/** The File System Access picker where there is one (so Save can write back), else the input. */
function chooseFiles(input: HTMLInputElement | null): void {
  if (!canPickFiles()) {
    input?.click();
    return;
  }
  void pickAndOpenFiles().then((done) => {
    if (!done) input?.click();
  });
}

/** Open, paste, recent, save and export: the document's way in and out of the app. */
export function FileMenu() {
  const inputRef = useRef<HTMLInputElement>(null);
  const [pasteOpen, setPasteOpen] = useState(false);
  const hasDoc = useAppState((s) => s.doc !== null);
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
    function onKeyDown(event: KeyboardEvent) {
      if (!isMod(event) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 's') {
        event.preventDefault();
        void saveDocument({ saveAs: event.shiftKey });
      } else if (key === 'o' && !event.shiftKey) {
        event.preventDefault();
        chooseFiles(inputRef.current);
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div className="file-menu" role="group" aria-label="File">
      <input
        ref={inputRef}
        type="file"
        multiple
        accept={OPEN_ACCEPT}
        className="visually-hidden"
        aria-label="Open files"
        tabIndex={-1}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          // Clear it, so choosing the same file again still opens it.
          e.target.value = '';
          void openFiles(files);
        }}
      />
      <button
        type="button"
        onClick={() => chooseFiles(inputRef.current)}
        title="Open an alignment file (.json) or two text files, Chinese and English (Ctrl+O)"
      >
        Open…
      </button>
      <OpenSplitSelect />
      <button type="button" onClick={() => setPasteOpen(true)}>
        Paste texts…
      </button>
      <RecentDocuments />
      <button
        type="button"
        onClick={() => void saveDocument()}
        disabled={!hasDoc}
        title="Save the alignment as a JSON file (Ctrl+S)"
        aria-keyshortcuts="Control+S Meta+S"
      >
        Save
        {hasDoc && dirty ? (
          <span className="unsaved-dot" aria-hidden="true" title="Unsaved changes">
            •
          </span>
        ) : null}
      </button>
      <button
        type="button"
        onClick={() => void saveDocument({ saveAs: true })}
        disabled={!hasDoc}
        title="Save to a new file (Ctrl+Shift+S)"
      >
        Save as…
      </button>
      <ExportMenu disabled={!hasDoc} />
      <FileStatus />
      {pasteOpen ? <PasteDialog onClose={() => setPasteOpen(false)} /> : null}
    </div>
  );
}

const NOTICE_MS = 8000;

/** Aligning progress and the last file action, in a few words. */
export function FileStatus() {
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
          Aligning…{' '}
          <progress
            max={1}
            value={progress > 0 ? progress : undefined}
            aria-label="Alignment progress"
          />
          <button type="button" className="cancel-align" onClick={cancelAlignment}>
            Cancel
          </button>
        </span>
      ) : null}
      {notice ? <span className="file-notice">{notice}</span> : null}
    </div>
  );
}

/** Whether the work is safe in this browser; lives in the footer, beside the counts. */
export function AutosaveState() {
  const autosave = useFileState((s) => s.autosave);
  const autosaveError = useFileState((s) => s.autosaveError);
  return (
    <p className="autosave-state" role="status">
      {autosave === 'saved' ? (
        <span title="Every change is kept in this browser; a reload restores it">Autosaved</span>
      ) : null}
      {autosave === 'failed' ? (
        <span
          className="autosave-failed"
          title={`The latest changes are not kept in this browser: ${autosaveError ?? 'the browser refused to store them'}.`}
        >
          Autosave failed: save to a file to keep your work
        </span>
      ) : null}
    </p>
  );
}
