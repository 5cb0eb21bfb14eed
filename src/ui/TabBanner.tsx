import { useFileState } from '../store/fileStore';
import { takeOver } from '../store/tabs';
import { useT, type MessageKey } from './i18n';
import './safety.css';

const MESSAGES = {
  'other-tab': 'safety.otherTab',
  'taken-over': 'safety.takenOver',
  stale: 'safety.stale',
} as const satisfies Record<string, MessageKey>;

/** Says why this tab cannot edit its document, and offers to edit here instead. */
export function TabBanner() {
  const t = useT();
  const readOnly = useFileState((s) => s.readOnly);
  if (readOnly === null) return null;
  return (
    <div role="status" className="tab-banner" aria-label={t('safety.readOnly')}>
      <span>
        <strong>{t('safety.readOnlyLead')}</strong>
        {t(MESSAGES[readOnly])}
      </span>
      <button type="button" onClick={() => void takeOver()}>
        {t('safety.takeOver')}
      </button>
    </div>
  );
}
