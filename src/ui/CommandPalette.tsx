import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { formatShortcut, type Command } from '../commands';
import { appStore } from '../store/appStore';
import { editorStateOf } from '../store/commandActions';
import { closePalette, useViewState } from '../store/viewStore';
import { focusGrid } from './AlignmentGrid';
import { commandDescription, commandLabel, translate, useLanguage, useT } from './i18n';
import { keyBound, runKeyBound } from './useCommandKeys';
import type { ViewCommand } from './viewCommands';
import { isPhoneWidth } from './phoneWidth';

/** Commands that need a target only a click or the editor gives (a row, a caret, a text). */
const NEEDS_ARGUMENTS = new Set([
  'select-link',
  'extend-to',
  'edit-text',
  'split-segment',
  'set-note',
]);

type Entry = Command | ViewCommand;

function isEnabledNow(entry: Entry): boolean {
  const app = appStore.getState();
  if (entry.group === 'view' || entry.group === 'files') {
    return !(entry as ViewCommand).needsDocument || app.doc !== null;
  }
  const editor = editorStateOf(app);
  return editor !== null && (entry as Command).isEnabled(editor);
}

/** Lower is better: a label that starts with the query, then one containing it, then the rest. */
export function matchRank(entry: Entry, query: string): number | null {
  const q = query.trim().toLowerCase();
  if (q === '') return 0;
  const names = [commandLabel(entry, 'en'), commandLabel(entry, 'zh'), entry.id].map((n) =>
    n.toLowerCase(),
  );
  if (names.some((n) => n.startsWith(q))) return 0;
  if (names.some((n) => n.includes(q))) return 1;
  const words = q.split(/\s+/);
  const haystack =
    `${names.join(' ')} ${commandDescription(entry, 'en')} ${commandDescription(entry, 'zh')}`.toLowerCase();
  return words.every((w) => haystack.includes(w)) ? 2 : null;
}

/**
 * The entries a query finds, best first: ones that can run now before the rest, then by match.
 * `filesFirst` (a phone, where the palette is the only way to the file commands): with no query
 * yet, Open, Paste, Save and the exports come before the editing commands.
 */
export function findEntries(
  query: string,
  canRun: (entry: Entry) => boolean = isEnabledNow,
  filesFirst = false,
): readonly Entry[] {
  const files = (c: Entry) => (filesFirst && query.trim() === '' && c.group === 'files' ? 0 : 1);
  return keyBound
    .filter((c) => !NEEDS_ARGUMENTS.has(c.id))
    .map((c, i) => ({ c, i, rank: matchRank(c, query) }))
    .filter((x): x is { c: Entry; i: number; rank: number } => x.rank !== null)
    .map((x) => ({ ...x, off: canRun(x.c) ? 0 : 1 }))
    .sort((a, b) => a.off - b.off || files(a.c) - files(b.c) || a.rank - b.rank || a.i - b.i)
    .map((x) => x.c);
}

function Palette() {
  const t = useT();
  const language = useLanguage();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const entries = useMemo(() => findEntries(query, isEnabledNow, isPhoneWidth()), [query]);
  const current = Math.min(active, Math.max(0, entries.length - 1));

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    inputRef.current?.focus();
    return () => {
      if (previous && previous !== document.body && previous.isConnected) previous.focus();
      else focusGrid();
    };
  }, []);

  const run = (entry: Entry | undefined) => {
    if (!entry || !isEnabledNow(entry)) return;
    closePalette();
    // After the palette has closed, so a dialog the command opens gets the focus.
    queueMicrotask(() => runKeyBound(entry));
  };

  return (
    <div className="sheet-backdrop palette-backdrop" onClick={closePalette}>
      <div
        role="dialog"
        aria-modal="true"
        aria-label={t('palette.title')}
        className="palette"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            closePalette();
          } else if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((current + 1) % Math.max(1, entries.length));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((current - 1 + entries.length) % Math.max(1, entries.length));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            run(entries[current]);
          } else if (e.key === 'Tab') {
            e.preventDefault(); // one control: focus stays in the palette
          }
        }}
      >
        <input
          ref={inputRef}
          type="text"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={entries.length > 0 ? `${listId}-${current}` : undefined}
          aria-label={t('palette.input')}
          placeholder={t('palette.placeholder')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
        />
        <ul id={listId} role="listbox" aria-label={t('palette.results')} className="palette-list">
          {entries.map((entry, i) => {
            const enabled = isEnabledNow(entry);
            const other = language === 'zh' ? 'en' : 'zh';
            return (
              <li
                key={entry.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === current}
                aria-disabled={!enabled || undefined}
                className={`palette-item${i === current ? ' active' : ''}`}
                onMouseMove={() => setActive(i)}
                onClick={() => run(entry)}
              >
                <span className="palette-label">{commandLabel(entry, language)}</span>
                <span className="palette-other" lang={other === 'zh' ? 'zh-CN' : 'en'}>
                  {commandLabel(entry, other)}
                </span>
                {entry.shortcut ? <kbd>{formatShortcut(entry.shortcut)}</kbd> : null}
              </li>
            );
          })}
        </ul>
        {entries.length === 0 ? (
          <p className="palette-empty" role="status">
            {translate(language, 'palette.none')}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** Ctrl+K: any command by name, in English or Chinese, run through the one dispatch path. */
export function CommandPalette() {
  const open = useViewState((s) => s.paletteOpen);
  return open ? <Palette /> : null;
}
