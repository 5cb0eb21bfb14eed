import { useEffect, type ReactNode } from 'react';
import { dismissError } from '../store/actions';
import { useAppState } from '../store/appStore';
import { FileStatus } from './FileMenu';
import { useT } from './i18n';
import { focusGridIfLost } from './gridFocus';
import { RestoreNotice } from './RestoreNotice';

/** An error stays until dismissed or until a later command succeeds; not forever on screen. */
function ErrorAlert() {
  const t = useT();
  const error = useAppState((s) => s.error);
  useEffect(() => {
    if (!error) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !document.querySelector('[aria-modal="true"], dialog[open]'))
        dismissError();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [error]);
  if (!error) return null;
  return (
    <div role="alert" className="alert notice-card">
      <span>{error}</span>
      <button
        type="button"
        onClick={() => {
          dismissError();
          focusGridIfLost();
        }}
        aria-label={t('app.dismiss')}
      >
        ×
      </button>
    </div>
  );
}

/**
 * The notices area: errors (role="alert") and passing news (role="status") float above the
 * status bar, so neither pushes the rows down. Other panels add their banners as children.
 */
export function Notices({ children }: { children?: ReactNode }) {
  return (
    <div className="notices">
      <ErrorAlert />
      <RestoreNotice />
      <FileStatus />
      {children}
    </div>
  );
}
