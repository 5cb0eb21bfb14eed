/**
 * The keys of the segment editor (the text box a cell turns into), in the same shortcut
 * syntax as the registry's keymap. While the editor has focus these are its only keys: the
 * single-key commands of the grid never fire in a text field (useCommandKeys).
 */
import { matchesShortcut, type KeyEventLike } from './keys';

export type CellEditorAction = 'save' | 'split' | 'cancel';

/** Shift+Enter is not here: it types a new line, as in any text box. */
export const CELL_EDITOR_KEYS: Readonly<Record<CellEditorAction, readonly string[]>> = {
  save: ['Enter'],
  split: ['Mod+Enter'],
  cancel: ['Escape'],
};

/** What a key pressed in the segment editor does; null: the text box handles it (typing). */
export function cellEditorAction(
  event: KeyEventLike & { readonly isComposing?: boolean; readonly keyCode?: number },
): CellEditorAction | null {
  // Keys that finish a Chinese IME composition belong to the IME (Safari reports 229).
  if (event.isComposing || event.keyCode === 229) return null;
  for (const action of Object.keys(CELL_EDITOR_KEYS) as CellEditorAction[]) {
    if (CELL_EDITOR_KEYS[action].some((shortcut) => matchesShortcut(event, shortcut))) {
      return action;
    }
  }
  return null;
}
