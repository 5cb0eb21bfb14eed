import { useRef, useState } from 'react';
import {
  allShortcuts,
  ariaKeyShortcuts,
  formatShortcut,
  getCommand,
  type Command,
} from '../commands';
import { useAppState } from '../store/appStore';
import { dispatchCommand, useCommandEnabled } from '../store/commandActions';
import { openHelp, useViewState } from '../store/viewStore';
import { focusGrid } from './AlignmentGrid';
import { commandLabel, useLanguage, useT, type MessageKey } from './i18n';
import { COMMAND_ICONS } from './toolbarIcons';
import { useOutsidePointer } from './useOutsidePointer';
import './editor.css';

/** The commands always in view, grouped; the rest live in the overflow ("More commands"). */
const TOOLBAR_GROUPS: readonly { readonly label: MessageKey; readonly ids: readonly string[] }[] = [
  { label: 'toolbar.history', ids: ['undo', 'redo'] },
  { label: 'toolbar.links', ids: ['merge-next', 'split-link', 'realign-stretch'] },
  { label: 'toolbar.review', ids: ['confirm', 'confirm-next', 'unconfirm'] },
  { label: 'toolbar.goTo', ids: ['prev-flagged', 'next-flagged'] },
];

/** Less frequent commands: still buttons, one click further. */
export const OVERFLOW_IDS: readonly string[] = [
  'merge-selection',
  'realign-selection',
  'move-first-up',
  'move-last-down',
  'detach-first',
  'detach-last',
  'join-segment-next',
  'confirm-all-above',
  'prev-unconfirmed',
  'next-unconfirmed',
  'look-up-word',
];

/** "Merge with next (M)": the label, then the keys, for tooltips. */
export function tooltipOf(command: { label: string; shortcut?: string }): string {
  return command.shortcut
    ? `${command.label} (${formatShortcut(command.shortcut)})`
    : command.label;
}

function CommandButton({ command, onDone }: { command: Command; onDone?: () => void }) {
  const enabled = useCommandEnabled(command.isEnabled, command.id);
  const language = useLanguage();
  const label = commandLabel(command, language);
  return (
    <button
      type="button"
      className="tool-button"
      title={tooltipOf({ label, shortcut: command.shortcut })}
      aria-keyshortcuts={ariaKeyShortcuts(allShortcuts(command)) || undefined}
      disabled={!enabled}
      onClick={(event) => {
        dispatchCommand(command.id);
        onDone?.();
        // After a mouse click the keys should work on the rows again, not on this button.
        if (event.detail > 0) focusGrid();
      }}
    >
      {COMMAND_ICONS[command.id] ? (
        <span className="tool-icon" aria-hidden="true">
          {COMMAND_ICONS[command.id]}
        </span>
      ) : null}
      <span className="tool-label">{label}</span>
    </button>
  );
}

function SideSwitch() {
  const t = useT();
  const language = useLanguage();
  const side = useAppState((s) => s.selectedSide ?? 'src');
  const source = getCommand('select-source')!;
  const target = getCommand('select-target')!;
  return (
    <div className="tool-group side-switch" role="group" aria-label={t('toolbar.side')}>
      {[
        { command: source, pressed: side === 'src', mark: t('toolbar.sideZh') },
        { command: target, pressed: side === 'tgt', mark: t('toolbar.sideEn') },
      ].map(({ command, pressed, mark }) => {
        const label = commandLabel(command, language);
        return (
          <button
            key={command.id}
            type="button"
            className="tool-button side-button"
            aria-pressed={pressed}
            title={tooltipOf({ label, shortcut: command.shortcut })}
            onClick={() => dispatchCommand(command.id, undefined, { quiet: true })}
          >
            <span aria-hidden="true">{mark}</span>
            <span className="visually-hidden">{label}</span>
          </button>
        );
      })}
    </div>
  );
}

/** Confirmed links out of all: how far the review has come. */
export function ReviewProgress() {
  const t = useT();
  const total = useAppState((s) => s.doc?.alignment.links.length ?? 0);
  const confirmed = useAppState(
    (s) => s.doc?.alignment.links.filter((l) => l.status === 'confirmed').length ?? 0,
  );
  const percent = total === 0 ? 0 : Math.round((confirmed / total) * 100);
  return (
    <div className="review-progress">
      <progress
        value={confirmed}
        max={Math.max(1, total)}
        aria-label={t('toolbar.reviewProgress')}
      />
      <span>{t('toolbar.confirmedOf', { confirmed, total, percent })}</span>
    </div>
  );
}

/** Long work in progress, announced politely. */
function BusyNote() {
  const busy = useViewState((s) => s.busy);
  return (
    <span className="busy-note" role="status">
      {busy}
    </span>
  );
}

/** The overflow: a disclosure of plain buttons, so every command stays a named button. */
function MoreCommands() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  useOutsidePointer(open, [buttonRef, panelRef], () => setOpen(false));
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  return (
    <div className="more-commands">
      <button
        ref={buttonRef}
        type="button"
        className="tool-button"
        aria-expanded={open}
        title={t('app.more')}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="tool-icon" aria-hidden="true">
          ⋯
        </span>
        <span className="visually-hidden">{t('app.more')}</span>
      </button>
      {open ? (
        <div
          ref={panelRef}
          className="more-panel"
          role="group"
          aria-label={t('app.more')}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              close();
            }
          }}
        >
          {OVERFLOW_IDS.map((id) => {
            const command = getCommand(id);
            return command ? <CommandButton key={id} command={command} onDone={close} /> : null;
          })}
        </div>
      ) : null}
    </div>
  );
}

/** The editing commands in one compact row: icon + label where there is room, icon alone where not. */
export function Toolbar() {
  const t = useT();
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      {TOOLBAR_GROUPS.map((group) => (
        <div key={group.label} className="tool-group" role="group" aria-label={t(group.label)}>
          {group.ids.map((id) => {
            const command = getCommand(id);
            return command ? <CommandButton key={id} command={command} /> : null;
          })}
        </div>
      ))}
      <SideSwitch />
      <MoreCommands />
      <span className="toolbar-spacer" />
      <BusyNote />
      <ReviewProgress />
      <button
        type="button"
        className="tool-button help-button"
        title={tooltipOf({ label: t('toolbar.help'), shortcut: '?' })}
        onClick={openHelp}
      >
        <span className="tool-icon" aria-hidden="true">
          ?
        </span>
        <span className="visually-hidden">{t('toolbar.help')}</span>
      </button>
    </div>
  );
}
