/**
 * Commands of the view (help, find, edit, row menu): bound to keys and listed in the help
 * sheet like the registry's, but they open panels instead of changing the document.
 */
import type { KeyBound } from '../commands';
import { appStore } from '../store/appStore';
import { openHelp, openRowMenu, requestSearchFocus, startEditing } from '../store/viewStore';

export interface ViewCommand extends KeyBound {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly group: 'view';
  run(): void;
}

/** Opens the text editor on the first segment of the selected side (or the other side). */
export function editSelectedSegment(): void {
  const { doc, selectedLink, selectedSide } = appStore.getState();
  const link = doc?.alignment.links[selectedLink];
  if (!link) return;
  const first = selectedSide ?? 'src';
  const side = link[first].length > 0 ? first : first === 'src' ? 'tgt' : 'src';
  startEditing({ link: selectedLink, side, segment: link[side][0] });
}

function openSelectedRowMenu(): void {
  const { doc, selectedLink, selectedSide } = appStore.getState();
  if (!doc) return;
  const row = document.querySelector(`[role="row"][aria-rowindex="${selectedLink + 1}"]`);
  const rect = row?.getBoundingClientRect();
  openRowMenu({
    link: selectedLink,
    side: selectedSide,
    x: rect ? rect.left + 48 : 48,
    y: rect ? rect.top + Math.min(rect.height, 40) : 48,
  });
}

export const viewCommands: readonly ViewCommand[] = [
  {
    id: 'show-help',
    label: 'Keyboard shortcuts',
    description: 'Show this list of commands and their keys.',
    shortcut: '?',
    group: 'view',
    run: openHelp,
  },
  {
    id: 'find',
    label: 'Find',
    description: 'Search the Chinese or English text (plain or regular expression).',
    shortcut: '/',
    altShortcuts: ['Mod+f'],
    group: 'view',
    run: requestSearchFocus,
  },
  {
    id: 'edit-segment',
    label: 'Edit text',
    description:
      'Edit the selected side’s text (or double-click it). Enter saves, Shift+Enter adds a line, Esc cancels, Ctrl+Enter splits the segment at the caret.',
    shortcut: 'Enter',
    altShortcuts: ['F2'],
    group: 'view',
    run: editSelectedSegment,
  },
  {
    id: 'row-menu',
    label: 'Row menu',
    description: 'Open the menu of the selected row (or right-click the row).',
    shortcut: 'Shift+F10',
    altShortcuts: ['ContextMenu'],
    group: 'view',
    run: openSelectedRowMenu,
  },
];
