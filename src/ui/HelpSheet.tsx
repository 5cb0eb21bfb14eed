import { useEffect, useRef } from 'react';
import { allShortcuts, commands, formatShortcut, type CommandGroup } from '../commands';
import { closeHelp, useViewState } from '../store/viewStore';
import { commandDescription, commandLabel, useLanguage, useT, type MessageKey } from './i18n';
import { viewCommands } from './viewCommands';
import './editor.css';

type SheetGroup = CommandGroup | 'view' | 'files';

const GROUP_TITLES: Record<SheetGroup, MessageKey> = {
  files: 'help.group.files',
  navigation: 'help.group.navigation',
  links: 'help.group.links',
  segments: 'help.group.segments',
  review: 'help.group.review',
  history: 'help.group.history',
  view: 'help.group.view',
};

const ORDER: readonly SheetGroup[] = [
  'navigation',
  'links',
  'segments',
  'review',
  'history',
  'view',
  'files',
];

/** Every command with its keys, from the registry: opened with "?". */
export function HelpSheet() {
  const open = useViewState((s) => s.helpOpen);
  const t = useT();
  const language = useLanguage();
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
          <h2 id="help-title">{t('help.title')}</h2>
          <button ref={closeRef} type="button" onClick={closeHelp} aria-label={t('help.close')}>
            ×
          </button>
        </header>
        <p className="sheet-note">{t('help.note')}</p>
        {ORDER.map((group) => {
          const inGroup = all.filter((c) => c.group === group);
          return (
            <section key={group}>
              <h3>{t(GROUP_TITLES[group])}</h3>
              <table className="shortcut-table">
                <tbody>
                  {inGroup.map((c) => (
                    <tr key={c.id}>
                      <th scope="row">{commandLabel(c, language)}</th>
                      <td className="keys">
                        {allShortcuts(c).length === 0
                          ? '—'
                          : allShortcuts(c).map((s, i) => (
                              <span key={s}>
                                {i > 0 ? t('help.or') : null}
                                <kbd>{formatShortcut(s)}</kbd>
                              </span>
                            ))}
                      </td>
                      <td>{commandDescription(c, language)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          );
        })}
      </div>
    </div>
  );
}
