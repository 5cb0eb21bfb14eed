import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ExportFormat, ExportOptions } from '../io/export';
import { EXPORT_OPTIONS, writableFormats, type OptionId } from '../io/formats';
import { exportAs } from '../store/saveActions';
import { ReportMenuItems } from './ReportMenuItems';
import { useT } from './i18n';
import { useOutsidePointer } from './useOutsidePointer';

/** The menu items, named after the formats people know them by (from the format registry). */
export const EXPORT_ITEMS: readonly {
  readonly format: ExportFormat;
  readonly label: string;
  readonly hint: string;
}[] = writableFormats().map((f) => ({
  format: f.id as ExportFormat,
  label: f.label,
  hint: f.hint,
}));

type OptionValues = Record<OptionId, boolean>;

const DEFAULT_OPTIONS = Object.fromEntries(
  EXPORT_OPTIONS.map((o) => [o.id, o.default]),
) as OptionValues;

/** "Export" opens a menu of formats, with the options that narrow which links go out. */
export function ExportMenu({ disabled = false }: { disabled?: boolean }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<OptionValues>(DEFAULT_OPTIONS);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useOutsidePointer(open, [menuRef, buttonRef], () => setOpen(false));
  useEffect(() => {
    if (open) menuRef.current?.querySelector<HTMLElement>('[role^="menuitem"]')?.focus();
  }, [open]);

  function close() {
    setOpen(false);
    buttonRef.current?.focus();
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => items[(to + items.length) % items.length]?.focus();
    if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') event.preventDefault();
      close();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      move(index + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      move(index - 1);
    } else if (event.key === 'Home') {
      event.preventDefault();
      move(0);
    } else if (event.key === 'End') {
      event.preventDefault();
      move(items.length - 1);
    }
  }

  function choose(format: ExportFormat) {
    close();
    const chosen: ExportOptions = { ...options };
    void exportAs(format, chosen);
  }

  return (
    <div className="export-menu">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={disabled}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {t('export.button')} <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={t('export.label')}
          className="menu"
          onKeyDown={onMenuKeyDown}
        >
          {EXPORT_ITEMS.map((item) => (
            <button
              key={item.format}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="menu-item"
              title={t(`export.format.${item.format}.hint`)}
              onClick={() => choose(item.format)}
            >
              {t(`export.format.${item.format}`)}
            </button>
          ))}
          <ReportMenuItems onChosen={close} />
          <div role="separator" className="menu-separator" />
          {EXPORT_OPTIONS.map((option) => (
            <button
              key={option.id}
              type="button"
              role="menuitemcheckbox"
              aria-checked={options[option.id]}
              tabIndex={-1}
              className="menu-item menu-check"
              title={t(`export.option.${option.id}.help`)}
              onClick={() => setOptions((o) => ({ ...o, [option.id]: !o[option.id] }))}
            >
              <span aria-hidden="true" className="check-box">
                {options[option.id] ? '☑' : '☐'}
              </span>
              {t(`export.option.${option.id}`)}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
