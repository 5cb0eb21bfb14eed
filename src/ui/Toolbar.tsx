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
import './editor.css';

/** What the toolbar shows, in order; every button is a registry command. */
const TOOLBAR_GROUPS: readonly { readonly label: string; readonly ids: readonly string[] }[] = [
  { label: 'History', ids: ['undo', 'redo'] },
  {
    label: 'Links',
    ids: [
      'merge-next',
      'split-link',
      'move-first-up',
      'move-last-down',
      'detach-first',
      'detach-last',
      'join-segment-next',
      'realign-stretch',
    ],
  },
  { label: 'Review', ids: ['confirm', 'confirm-next', 'unconfirm', 'confirm-all-above'] },
  { label: 'Go to', ids: ['prev-low-confidence', 'next-low-confidence', 'next-unconfirmed'] },
];

/** "Merge with next (M)": the label, then the keys, for tooltips. */
export function tooltipOf(command: { label: string; shortcut?: string }): string {
  return command.shortcut
    ? `${command.label} (${formatShortcut(command.shortcut)})`
    : command.label;
}

function CommandButton({ command }: { command: Command }) {
  const enabled = useCommandEnabled(command.isEnabled);
  return (
    <button
      type="button"
      className="tool-button"
      title={tooltipOf(command)}
      aria-keyshortcuts={ariaKeyShortcuts(allShortcuts(command)) || undefined}
      disabled={!enabled}
      onClick={() => dispatchCommand(command.id)}
    >
      {command.label}
    </button>
  );
}

function SideSwitch() {
  const side = useAppState((s) => s.selectedSide ?? 'src');
  const source = getCommand('select-source')!;
  const target = getCommand('select-target')!;
  return (
    <div className="tool-group side-switch" role="group" aria-label="Side that commands act on">
      {[
        { command: source, pressed: side === 'src', text: '中 Source' },
        { command: target, pressed: side === 'tgt', text: 'EN Target' },
      ].map(({ command, pressed, text }) => (
        <button
          key={command.id}
          type="button"
          className="tool-button"
          aria-pressed={pressed}
          aria-label={command.label}
          title={tooltipOf(command)}
          onClick={() => dispatchCommand(command.id, undefined, { quiet: true })}
        >
          {text}
        </button>
      ))}
    </div>
  );
}

/** Confirmed links out of all: how far the review has come. */
export function ReviewProgress() {
  const total = useAppState((s) => s.doc?.alignment.links.length ?? 0);
  const confirmed = useAppState(
    (s) => s.doc?.alignment.links.filter((l) => l.status === 'confirmed').length ?? 0,
  );
  const percent = total === 0 ? 0 : Math.round((confirmed / total) * 100);
  return (
    <div className="review-progress">
      <progress value={confirmed} max={Math.max(1, total)} aria-label="Review progress" />
      <span>
        {confirmed} / {total} confirmed ({percent}%)
      </span>
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

/** The editing commands as buttons: accessible name = label, tooltip = label and keys. */
export function Toolbar() {
  return (
    <div className="toolbar" role="toolbar" aria-label="Editing">
      {TOOLBAR_GROUPS.map((group) => (
        <div key={group.label} className="tool-group" role="group" aria-label={group.label}>
          {group.ids.map((id) => {
            const command = getCommand(id);
            return command ? <CommandButton key={id} command={command} /> : null;
          })}
        </div>
      ))}
      <SideSwitch />
      <ReviewProgress />
      <BusyNote />
      <button
        type="button"
        className="tool-button help-button"
        title={tooltipOf({ label: 'Keyboard shortcuts', shortcut: '?' })}
        onClick={openHelp}
      >
        Keyboard shortcuts
      </button>
    </div>
  );
}
