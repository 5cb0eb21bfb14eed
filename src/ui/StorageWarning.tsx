import { fileStore, useFileState } from '../store/fileStore';
import './safety.css';
import { saveDocument } from '../store/saveActions';
import { useAppState } from '../store/appStore';

/**
 * Said once, plainly, when the browser stores nothing (IndexedDB blocked, private mode):
 * autosave cannot keep the work, so Save is the way to keep it.
 */
export function StorageWarning() {
  const storage = useFileState((s) => s.storage);
  const dismissed = useFileState((s) => s.storageWarningDismissed);
  const hasDoc = useAppState((s) => s.doc !== null);
  if (storage !== 'blocked' || dismissed) return null;
  return (
    <div role="alert" className="alert storage-warning">
      <span>
        This browser is not letting duilian store anything, so your work is not kept if you close or
        reload this tab. Save it to a file to keep it.
      </span>
      <span className="restore-actions">
        <button type="button" disabled={!hasDoc} onClick={() => void saveDocument()}>
          Save…
        </button>
        <button
          type="button"
          onClick={() => fileStore.setState({ storageWarningDismissed: true })}
          aria-label="Dismiss storage warning"
        >
          ×
        </button>
      </span>
    </div>
  );
}
