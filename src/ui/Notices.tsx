import { useEffect, type ReactNode } from 'react';
import { dismissError, dismissWarning } from '../store/actions';
import { useAppState } from '../store/appStore';
import { FileStatus } from './FileMenu';
import { useT } from './i18n';
import { focusGridIfLost } from './gridFocus';
import { RestoreNotice } from './RestoreNotice';

/** Escape dismisses the message on top (none while a dialog is open): the error, else the warning. */
function useEscapeDismiss(shown: boolean, dismiss: () => void, defer: boolean) {
  useEffect(() => {
    if (!shown) return;
    const onKey = (e: KeyboardEvent) => {
      if (
        e.key === 'Escape' &&
        !defer &&
        !document.querySelector('[aria-modal="true"], dialog[open]')
      )
        dismiss();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shown, dismiss, defer]);
}

function DismissButton({ dismiss }: { dismiss: () => void }) {
  const t = useT();
  return (
    <button
      type="button"
      onClick={() => {
        dismiss();
        focusGridIfLost();
      }}
      aria-label={t('app.dismiss')}
    >
      ×
    </button>
  );
}

/** An error stays until dismissed or until a later command succeeds; not forever on screen. */
function ErrorAlert() {
  const error = useAppState((s) => s.error);
  useEscapeDismiss(error !== null, dismissError, false);
  if (!error) return null;
  return (
    <div role="alert" className="alert notice-card">
      <span>{error}</span>
      <DismissButton dismiss={dismissError} />
    </div>
  );
}

/**
 * What to check though the action succeeded (what an import changed or left out): a notice in
 * the warning colours, not a red error; it stays until dismissed or another document opens.
 */
function WarningNotice() {
  const warning = useAppState((s) => s.warning);
  const error = useAppState((s) => s.error);
  useEscapeDismiss(warning !== null, dismissWarning, error !== null);
  if (!warning) return null;
  return (
    <div role="status" className="warning-notice notice-card">
      <span>{warning}</span>
      <DismissButton dismiss={dismissWarning} />
    </div>
  );
}

/**
 * The notices area: errors (role="alert"), what to check (role="status",
 * warning colours) and passing news (role="status") float above the
 * status bar, so neither pushes the rows down. Other panels add their banners as children.
 */
export function Notices({ children }: { children?: ReactNode }) {
  return (
    <div className="notices">
      <ErrorAlert />
      <WarningNotice />
      <RestoreNotice />
      <FileStatus />
      {children}
    </div>
  );
}
