import { useEffect, useRef, useState } from 'react';
import { forgetOtherDocuments, openRecent, refreshRecent } from '../store/fileActions';
import { useFileState } from '../store/fileStore';
import { RECENT_LIMIT } from '../store/persistence';
import { focusGridAfterOpen } from './AlignmentGrid';
import { useT } from './i18n';
import { useOutsidePointer } from './useOutsidePointer';
import './safety.css';

/** "29 Nov, 12:03": enough to tell recent versions apart. */
export function formatTime(ms: number): string {
  return new Date(ms).toLocaleString(undefined, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** The documents stored in this browser, newest first; choosing one reopens it. */
export function RecentDocuments() {
  const t = useT();
  const recent = useFileState((s) => s.recent);
  const currentId = useFileState((s) => s.docId);
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  useOutsidePointer(open, [listRef, buttonRef], () => setOpen(false));
  useEffect(() => {
    if (open) void refreshRecent();
  }, [open]);

  useEffect(() => {
    if (open) listRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open, recent]);

  function close() {
    setOpen(false);
    buttonRef.current?.focus();
  }

  return (
    <div className="recent-menu">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        {t('recent.button')} <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <div
          ref={listRef}
          role="menu"
          aria-label={t('recent.label')}
          className="menu"
          onKeyDown={(e) => {
            const items = [
              ...(listRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []),
            ];
            const index = items.indexOf(document.activeElement as HTMLElement);
            if (e.key === 'Escape') {
              e.preventDefault();
              close();
            } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault();
              const step = e.key === 'ArrowDown' ? 1 : -1;
              items[(index + step + items.length) % items.length]?.focus();
            }
          }}
        >
          {recent.length === 0 ? (
            <p className="menu-empty">{t('recent.empty')}</p>
          ) : (
            recent.map((entry) => (
              <button
                key={entry.id}
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="menu-item recent-item"
                aria-current={entry.id === currentId ? 'true' : undefined}
                onClick={() => {
                  close();
                  void openRecent(entry.id).then(focusGridAfterOpen);
                }}
              >
                <span className="recent-name">{entry.name}</span>
                <span className="recent-meta">
                  {formatTime(entry.savedAt)} ·{' '}
                  {t(entry.links === 1 ? 'recent.link' : 'recent.links', { count: entry.links })}
                  {entry.dirty ? (
                    <span className="recent-unsaved"> · {t('safety.recentUnsaved')}</span>
                  ) : null}
                </span>
              </button>
            ))
          )}
          {recent.length > RECENT_LIMIT ? (
            <p className="recent-note">{t('safety.recentNote', { limit: RECENT_LIMIT })}</p>
          ) : null}
          {recent.some((entry) => entry.id !== currentId) ? (
            <>
              <div role="separator" className="menu-separator" />
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="menu-item"
                title={t('recent.forgetTitle')}
                onClick={() => void forgetOtherDocuments()}
              >
                {t('recent.forget')}
              </button>
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
