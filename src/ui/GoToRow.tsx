import { useEffect, useRef, useState } from 'react';
import { useAppState } from '../store/appStore';
import { dispatchCommand } from '../store/commandActions';
import { closeGoTo, useViewState } from '../store/viewStore';
import { focusGrid } from './AlignmentGrid';
import { useT } from './i18n';

function GoToForm({ total }: { total: number }) {
  const t = useT();
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    inputRef.current?.focus();
    return () => focusGrid();
  }, []);
  return (
    <div className="sheet-backdrop palette-backdrop" onClick={closeGoTo}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="goto-title"
        className="palette goto"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            closeGoTo();
          }
        }}
      >
        <h2 id="goto-title" className="visually-hidden">
          {t('goto.title')}
        </h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const row = Number(value.trim());
            if (!Number.isInteger(row) || row < 1 || row > total) {
              setInvalid(true);
              return;
            }
            dispatchCommand('select-link', { link: row - 1 }, { quiet: true });
            closeGoTo();
          }}
        >
          <label className="goto-label">
            {t('goto.label', { total })}
            <input
              ref={inputRef}
              type="text"
              inputMode="numeric"
              value={value}
              aria-invalid={invalid || undefined}
              aria-describedby={invalid ? 'goto-error' : undefined}
              onChange={(e) => {
                setValue(e.target.value);
                setInvalid(false);
              }}
            />
          </label>
          <button type="submit">{t('goto.go')}</button>
          <button type="button" onClick={closeGoTo}>
            {t('goto.cancel')}
          </button>
          {invalid ? (
            <p id="goto-error" role="alert" className="goto-error">
              {t('goto.invalid', { total })}
            </p>
          ) : null}
        </form>
      </div>
    </div>
  );
}

/** Ctrl+G: jump to a row by its number. */
export function GoToRow() {
  const open = useViewState((s) => s.goToOpen);
  const total = useAppState((s) => s.doc?.alignment.links.length ?? 0);
  return open && total > 0 ? <GoToForm total={total} /> : null;
}
