import { useEffect } from 'react';
import { commands, findCommandForKey, type Command } from '../commands';
import { dispatchCommand } from '../store/commandActions';
import { viewCommands, type ViewCommand } from './viewCommands';

const NON_TEXT_INPUTS = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'range',
  'color',
  'file',
]);

/** Shortcuts are off while a text field has focus: the keys belong to the text then. */
export function isEditingText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(target.type);
}

const keyBound: readonly (Command | ViewCommand)[] = [...commands, ...viewCommands];

function isViewCommand(command: Command | ViewCommand): command is ViewCommand {
  return command.group === 'view';
}

/** Handles one key press with the registry; true when a command took it. */
export function handleCommandKey(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.isComposing || isEditingText(event.target)) return false;
  // Enter and Space on a focused button press the button, not a shortcut.
  const target = event.target instanceof HTMLElement ? event.target : null;
  if (target?.closest('button, a[href], summary') && (event.key === 'Enter' || event.key === ' '))
    return false;
  // An open menu takes its own keys; a letter there should not edit the row behind it.
  if (target?.closest('[role="menu"]')) return false;
  // A modal dialog (help, about) owns the keyboard while it is open.
  if (document.querySelector('[aria-modal="true"]')) return false;
  const command = findCommandForKey(event, keyBound);
  if (!command) return false;
  event.preventDefault();
  if (isViewCommand(command)) command.run();
  else dispatchCommand(command.id, undefined, { quiet: command.group === 'navigation' });
  return true;
}

/** The one keydown handler of the app: every shortcut comes from the command registry. */
export function useCommandKeys(): void {
  useEffect(() => {
    window.addEventListener('keydown', handleCommandKey);
    return () => window.removeEventListener('keydown', handleCommandKey);
  }, []);
}
