import { useEffect } from 'react';
import { commands, findCommandForKey, type Command } from '../commands';
import { appStore } from '../store/appStore';
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

/**
 * Controls that own plain keys: Space toggles a checkbox, letters pick a select option, Enter
 * presses a button, and a menu or dialog handles its own keys. A single-key shortcut must not
 * reach the grid from there (Space on the Regex box once confirmed a row, unseen).
 */
const KEY_OWNERS =
  'button, input, select, textarea, summary, a[href], [role="menu"], [role="dialog"], dialog, [role="listbox"], [role="combobox"]';

export const keyBound: readonly (Command | ViewCommand)[] = [...commands, ...viewCommands];

function isViewCommand(command: Command | ViewCommand): command is ViewCommand {
  return command.group === 'view' || command.group === 'files';
}

function usesModifier(event: KeyboardEvent): boolean {
  return event.ctrlKey || event.metaKey || event.altKey;
}

/** Runs a key-bound command through the one dispatch path (registry or view). */
export function runKeyBound(command: Command | ViewCommand): void {
  if (isViewCommand(command)) {
    const app = appStore.getState();
    if (command.needsDocument && (app.doc === null || app.status === 'aligning')) return;
    command.run();
  } else {
    dispatchCommand(command.id, undefined, { quiet: command.group === 'navigation' });
  }
}

/** Handles one key press with the keymap; true when a command took it. */
export function handleCommandKey(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.isComposing) return false;
  const command = findCommandForKey(event, keyBound);
  if (!command) return false;
  const global = isViewCommand(command) && command.global === true;
  if (!global) {
    if (isEditingText(event.target)) return false;
    const target = event.target instanceof HTMLElement ? event.target : null;
    // A modal (help, about, palette) owns the keyboard while it is open.
    if (document.querySelector('[aria-modal="true"], dialog[open]')) return false;
    if (target?.closest(KEY_OWNERS) && !usesModifier(event)) return false;
  }
  event.preventDefault();
  runKeyBound(command);
  return true;
}

/** The one keydown handler of the app: every shortcut comes from the keymap above. */
export function useCommandKeys(): void {
  useEffect(() => {
    window.addEventListener('keydown', handleCommandKey);
    return () => window.removeEventListener('keydown', handleCommandKey);
  }, []);
}
