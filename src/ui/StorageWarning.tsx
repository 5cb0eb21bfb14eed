import { fileStore, useFileState } from '../store/fileStore';
import './safety.css';
import { saveDocument } from '../store/saveActions';
import { useAppState } from '../store/appStore';
import { useT } from './i18n';
import { focusGridIfLost } from './gridFocus';

/**
 * Said once, plainly, when the browser stores nothing (IndexedDB blocked, private mode):
 * autosave cannot keep the work, so Save is the way to keep it.
 */
export function StorageWarning() {
  const t = useT();
  const storage = useFileState((s) => s.storage);
  const dismissed = useFileState((s) => s.storageWarningDismissed);
  const hasDoc = useAppState((s) => s.doc !== null);
  if (storage !== 'blocked' || dismissed) return null;
  return (
    <div role="alert" className="alert storage-warning">
      <span>{t('safety.storageBlocked')}</span>
      <span className="restore-actions">
        <button type="button" disabled={!hasDoc} onClick={() => void saveDocument()}>
          {t('safety.save')}
        </button>
        <button
          type="button"
          onClick={() => {
            fileStore.setState({ storageWarningDismissed: true });
            focusGridIfLost();
          }}
          aria-label={t('safety.dismissStorage')}
        >
          ×
        </button>
      </span>
    </div>
  );
}
