import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ExportFormat } from '../io/export';
import { exportAs } from '../store/saveActions';
import { useOutsidePointer } from './useOutsidePointer';

/** The menu items, named after the formats people know them by. */
export const EXPORT_ITEMS: readonly {
  readonly format: ExportFormat;
  readonly label: string;
  readonly hint: string;
}[] = [
  { format: 'tmx', label: 'TMX', hint: 'Translation memory (TMX 1.4b) for CAT tools' },
  { format: 'tsv', label: 'TSV', hint: 'Tab-separated: Chinese, English per line' },
  { format: 'csv', label: 'CSV', hint: 'Comma-separated, UTF-8 with BOM (opens in Excel)' },
  { format: 'xlsx', label: 'XLSX', hint: 'Excel workbook' },
  { format: 'align', label: '.align', hint: 'Link indices, Vecalign/Bertalign gold format' },
  { format: 'moses', label: 'Moses (two text files)', hint: 'NAME.zh and NAME.en, line by line' },
  { format: 'json', label: 'JSON', hint: 'The whole alignment (same as Save)' },
];

/** "Export" opens a menu of formats, with two options that narrow which links go out. */
export function ExportMenu({ disabled = false }: { disabled?: boolean }) {
  const [open, setOpen] = useState(false);
  const [confirmedOnly, setConfirmedOnly] = useState(false);
  const [includeUnpaired, setIncludeUnpaired] = useState(true);
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
    void exportAs(format, { confirmedOnly, includeUnpaired });
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
        Export <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label="Export format"
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
              title={item.hint}
              onClick={() => choose(item.format)}
            >
              {item.label}
            </button>
          ))}
          <div role="separator" className="menu-separator" />
          <button
            type="button"
            role="menuitemcheckbox"
            aria-checked={confirmedOnly}
            tabIndex={-1}
            className="menu-item menu-check"
            onClick={() => setConfirmedOnly((v) => !v)}
          >
            <span aria-hidden="true" className="check-box">
              {confirmedOnly ? '☑' : '☐'}
            </span>
            Confirmed links only
          </button>
          <button
            type="button"
            role="menuitemcheckbox"
            aria-checked={includeUnpaired}
            tabIndex={-1}
            className="menu-item menu-check"
            onClick={() => setIncludeUnpaired((v) => !v)}
          >
            <span aria-hidden="true" className="check-box">
              {includeUnpaired ? '☑' : '☐'}
            </span>
            Include unpaired segments
          </button>
        </div>
      ) : null}
    </div>
  );
}
