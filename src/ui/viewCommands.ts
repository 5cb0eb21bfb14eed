/**
 * Commands of the view (help, find, edit, row menu): bound to keys and listed in the help
 * sheet like the registry's, but they open panels instead of changing the document.
 */
import type { KeyBound } from '../commands';
import { appStore } from '../store/appStore';
import { EXPORT_FORMATS } from '../io/export';
import { findFormat } from '../io/formats';
import { exportAs, saveDocument } from '../store/saveActions';
import {
  openGoTo,
  openHelp,
  openPalette,
  openRowMenu,
  requestSearchFocus,
  startEditing,
} from '../store/viewStore';
import { openFilesDialog, openPasteDialog } from './FileMenu';
import { currentLanguage, setLanguage } from './i18n';
import { en } from './i18n/en';

export interface ViewCommand extends KeyBound {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly group: 'view' | 'files';
  /** Works wherever focus is, text fields included (file keys, the palette). */
  readonly global?: boolean;
  /** Needs an open document. */
  readonly needsDocument?: boolean;
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

/** One palette entry per export format, as the Export menu lists them (default options). */
const exportCommands: readonly ViewCommand[] = EXPORT_FORMATS.map((format) => ({
  id: `export-${format}`,
  label: `Export as ${findFormat(format)?.label ?? format}`,
  // The Export menu's own tooltip (which columns TSV and CSV have), so the two say the same.
  description: `Download the aligned pairs: ${en[`export.format.${format}.hint`]}.`,
  group: 'files',
  needsDocument: true,
  run: () => void exportAs(format),
}));

export const viewCommands: readonly ViewCommand[] = [
  {
    id: 'command-palette',
    label: 'Command palette',
    description: 'Find any command by name (in English or Chinese) and run it.',
    shortcut: 'Mod+k',
    altShortcuts: ['Mod+Shift+p'],
    group: 'view',
    global: true,
    run: openPalette,
  },
  {
    id: 'go-to-row',
    label: 'Go to row…',
    description: 'Type a row number and jump to it.',
    shortcut: 'Mod+g',
    group: 'view',
    global: true,
    needsDocument: true,
    run: openGoTo,
  },
  {
    id: 'toggle-language',
    label: 'Switch interface language (中文)',
    description: 'Show the interface in Chinese (or back in English).',
    group: 'view',
    run: () => setLanguage(currentLanguage() === 'zh' ? 'en' : 'zh'),
  },
  {
    id: 'open-files',
    label: 'Open…',
    description: 'Open an alignment file, or two text files to align.',
    shortcut: 'Mod+o',
    group: 'files',
    global: true,
    run: openFilesDialog,
  },
  {
    id: 'save-document',
    label: 'Save',
    description: 'Save the alignment file (the same file again, once chosen).',
    shortcut: 'Mod+s',
    group: 'files',
    global: true,
    needsDocument: true,
    run: () => void saveDocument(),
  },
  {
    id: 'save-document-as',
    label: 'Save as…',
    description: 'Save the alignment under a new name.',
    shortcut: 'Mod+Shift+s',
    group: 'files',
    global: true,
    needsDocument: true,
    run: () => void saveDocument({ saveAs: true }),
  },
  {
    id: 'paste-texts',
    label: 'Paste texts…',
    description: 'Paste a Chinese text and its English translation, and align them.',
    group: 'files',
    run: openPasteDialog,
  },
  ...exportCommands,
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
