import { useEffect, useRef } from 'react';
import { allShortcuts, commands, formatShortcut, type CommandGroup } from '../commands';
import { closeHelp, useViewState } from '../store/viewStore';
import { FILE_SHORTCUTS } from './FileMenu';
import { viewCommands } from './viewCommands';
import './editor.css';

const GROUP_TITLES: Record<CommandGroup | 'view', string> = {
  navigation: 'Moving around',
  links: 'Fixing the alignment',
  segments: 'Segments and text',
  review: 'Reviewing',
  history: 'Undo',
  view: 'View',
};

const ORDER: readonly (CommandGroup | 'view')[] = [
  'navigation',
  'links',
  'segments',
  'review',
  'history',
  'view',
];

/** Every command with its keys, from the registry: opened with "?". */
export function HelpSheet() {
  const open = useViewState((s) => s.helpOpen);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    return () => previous?.focus();
  }, [open]);

  if (!open) return null;
  const all = [...commands, ...viewCommands];
  return (
    <div className="sheet-backdrop" onClick={closeHelp}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="help-title"
        className="help-sheet"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape' || e.key === '?') {
            e.preventDefault();
            closeHelp();
          } else if (e.key === 'Tab') {
            // The only control is the close button: keep focus inside the modal sheet.
            e.preventDefault();
            closeRef.current?.focus();
          }
        }}
      >
        <header className="sheet-header">
          <h2 id="help-title">Keyboard shortcuts</h2>
          <button ref={closeRef} type="button" onClick={closeHelp} aria-label="Close">
            ×
          </button>
        </header>
        <p className="sheet-note">
          Shortcuts work when no text field has focus. Commands act on the selected row and on the
          selected side (← source, → target).
        </p>
        {ORDER.map((group) => {
          const inGroup = all.filter((c) => c.group === group);
          return (
            <section key={group}>
              <h3>{GROUP_TITLES[group]}</h3>
              <table className="shortcut-table">
                <tbody>
                  {inGroup.map((c) => (
                    <tr key={c.id}>
                      <th scope="row">{c.label}</th>
                      <td className="keys">
                        {allShortcuts(c).length === 0
                          ? '—'
                          : allShortcuts(c).map((s, i) => (
                              <span key={s}>
                                {i > 0 ? ' or ' : null}
                                <kbd>{formatShortcut(s)}</kbd>
                              </span>
                            ))}
                      </td>
                      <td>{c.description}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          );
        })}
        <section>
          <h3>Files</h3>
          <table className="shortcut-table">
            <tbody>
              {FILE_SHORTCUTS.map((f) => (
                <tr key={f.label}>
                  <th scope="row">{f.label}</th>
                  <td className="keys">
                    <kbd>{formatShortcut(f.shortcut)}</kbd>
                  </td>
                  <td>{f.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </div>
  );
}
