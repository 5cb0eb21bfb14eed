import { Fragment, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import {
  formatShortcut,
  getCommand,
  ROW_MENU,
  rowMenuArgs,
  type CommandArgs,
  type RowMenuSection,
} from '../commands';
import type { SideKey } from '../core/operations';
import { appStore, useAppState } from '../store/appStore';
import { dispatchCommand, editorStateOf, useCommandEnabled } from '../store/commandActions';
import { closeRowMenu, startEditing, useViewState, type RowMenuState } from '../store/viewStore';
import { commandLabel, useLanguage, useT } from './i18n';
import './editor.css';

function MenuCommand({ id, args }: { id: string; args: CommandArgs }) {
  const command = getCommand(id)!;
  const enabled = useCommandEnabled((state) => command.isEnabled(state, args), id);
  const language = useLanguage();
  return (
    <button
      type="button"
      role="menuitem"
      disabled={!enabled}
      onClick={() => {
        dispatchCommand(id, args);
        closeRowMenu();
      }}
    >
      <span>{commandLabel(command, language)}</span>
      {command.shortcut ? <kbd>{formatShortcut(command.shortcut)}</kbd> : null}
    </button>
  );
}

function NoteForm({ link, initial }: { link: number; initial: string }) {
  const t = useT();
  const [note, setNote] = useState(initial);
  return (
    <form
      className="note-form"
      onSubmit={(e) => {
        e.preventDefault();
        dispatchCommand('set-note', { link, note });
        closeRowMenu();
      }}
    >
      <label>
        {t('menu.noteFor', { row: link + 1 })}
        <textarea autoFocus value={note} rows={3} onChange={(e) => setNote(e.target.value)} />
      </label>
      <div className="editor-actions">
        <button type="submit">{t('menu.saveNote')}</button>
        <button type="button" onClick={closeRowMenu}>
          {t('menu.cancel')}
        </button>
      </div>
    </form>
  );
}

function Menu({ menu }: { menu: RowMenuState }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const [noteOpen, setNoteOpen] = useState(false);
  const link = useAppState((s) => s.doc?.alignment.links[menu.link] ?? null);
  const side: SideKey = menu.side ?? 'src';
  // The selected rows, for the commands that act on several (read when the menu opens).
  const argsFor = (section: RowMenuSection): CommandArgs => {
    const editor = editorStateOf(appStore.getState());
    return editor ? rowMenuArgs(editor, section, menu.link, side) : { link: menu.link, side };
  };

  // Opened near the bottom, the menu moves up so all of it is in the window.
  const [height, setHeight] = useState(420);
  useLayoutEffect(() => {
    if (ref.current) setHeight(ref.current.offsetHeight);
  }, [noteOpen]);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]:not(:disabled)')?.focus();
    const onPointerDown = (e: PointerEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) closeRowMenu();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      previous?.focus();
    };
  }, []);

  if (!link) return null;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      closeRowMenu();
      return;
    }
    if (noteOpen || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
    e.preventDefault();
    e.stopPropagation();
    const items = [
      ...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not(:disabled)') ?? []),
    ];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const next =
      e.key === 'ArrowDown' ? (at + 1) % items.length : (at - 1 + items.length) % items.length;
    items[next]?.focus();
  };
  const sideName = t(side === 'src' ? 'menu.sideZh' : 'menu.sideEn');
  const firstSegment = link[side][0];

  return (
    <div
      ref={ref}
      className="row-menu"
      style={{
        left: Math.max(4, Math.min(menu.x, window.innerWidth - 280)),
        top: Math.max(4, Math.min(menu.y, window.innerHeight - height - 4)),
      }}
      onKeyDown={onKeyDown}
    >
      {noteOpen ? (
        <NoteForm link={menu.link} initial={link.note ?? ''} />
      ) : (
        <div role="menu" aria-label={t('menu.row', { row: menu.link + 1, side: sideName })}>
          {ROW_MENU.map(({ section, ids }) => (
            <Fragment key={section}>
              {ids.map((id) => (
                <MenuCommand key={id} id={id} args={argsFor(section)} />
              ))}
              <div role="separator" />
            </Fragment>
          ))}
          <button
            type="button"
            role="menuitem"
            disabled={firstSegment === undefined}
            onClick={() => startEditing({ link: menu.link, side, segment: firstSegment })}
          >
            <span>{t(side === 'src' ? 'menu.editText.zh' : 'menu.editText.en')}</span>
            <kbd>Enter</kbd>
          </button>
          <button type="button" role="menuitem" onClick={() => setNoteOpen(true)}>
            <span>{link.note ? t('menu.editNote') : t('menu.addNote')}</span>
          </button>
        </div>
      )}
    </div>
  );
}

/** The row's commands where the pointer is: opened by right-click or Shift+F10. */
export function RowContextMenu() {
  const menu = useViewState((s) => s.rowMenu);
  return menu ? <Menu key={`${menu.link}:${menu.side}:${menu.x}:${menu.y}`} menu={menu} /> : null;
}
