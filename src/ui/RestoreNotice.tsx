import { openBundledDocument } from '../store/fileActions';
import { fileStore, useFileState } from '../store/fileStore';
import { formatTime } from './RecentDocuments';

function dismiss() {
  fileStore.setState({ restored: null });
}

/** Says that the work on screen came back from autosave, not from the sample. */
export function RestoreNotice() {
  const restored = useFileState((s) => s.restored);
  if (!restored) return null;
  const when = formatTime(restored.savedAt);
  return (
    <div role="status" className="restore-notice">
      <span>
        {restored.unkeptSince !== undefined
          ? `Restored “${restored.name}” as autosaved at ${when}. Changes made after ${formatTime(restored.unkeptSince)} could not be stored (the browser's storage was full) and were not kept.`
          : restored.dirty
            ? `Restored your unsaved work from ${when}: “${restored.name}”.`
            : `Reopened “${restored.name}”, as you left it at ${when}.`}
        {restored.draft
          ? ` The text you were typing in ${restored.draft.side === 'src' ? 'Chinese' : 'English'} segment ${restored.draft.segment + 1} is back in its editor, not yet applied: press Enter to apply it or Esc to drop it.`
          : null}
      </span>
      <span className="restore-actions">
        <button type="button" onClick={dismiss}>
          Dismiss
        </button>
        <button
          type="button"
          title="Your work stays under Recent"
          onClick={() => {
            dismiss();
            void openBundledDocument();
          }}
        >
          Open the sample instead
        </button>
      </span>
    </div>
  );
}
