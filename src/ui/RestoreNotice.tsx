import { openBundledDocument } from '../store/fileActions';
import { fileStore, useFileState } from '../store/fileStore';
import { useT } from './i18n';
import { focusGridIfLost } from './gridFocus';
import { formatTime } from './RecentDocuments';

function dismiss() {
  fileStore.setState({ restored: null });
}

/** Says that the work on screen came back from autosave, not from the sample. */
export function RestoreNotice() {
  const t = useT();
  const restored = useFileState((s) => s.restored);
  if (!restored) return null;
  const when = formatTime(restored.savedAt);
  return (
    <div role="status" className="restore-notice">
      <span>
        {restored.unkeptSince !== undefined
          ? t('safety.unkept', {
              name: restored.name,
              when,
              since: formatTime(restored.unkeptSince),
            })
          : restored.dirty
            ? t('restore.unsaved', { when, name: restored.name })
            : t('restore.reopened', { when, name: restored.name })}
        {restored.draft
          ? t(restored.draft.side === 'src' ? 'safety.draftZh' : 'safety.draftEn', {
              n: restored.draft.segment + 1,
            })
          : null}
      </span>
      <span className="restore-actions">
        <button
          type="button"
          onClick={() => {
            dismiss();
            focusGridIfLost();
          }}
        >
          {t('restore.dismiss')}
        </button>
        <button
          type="button"
          title={t('restore.sampleTitle')}
          onClick={() => {
            dismiss();
            focusGridIfLost();
            void openBundledDocument();
          }}
        >
          {t('restore.sample')}
        </button>
      </span>
    </div>
  );
}
