import { describe, expect, it } from 'vitest';
import { cellEditorAction } from '../../src/commands';

describe('segment editor keys', () => {
  it('Enter saves, Ctrl/⌘+Enter splits at the caret, Esc cancels', () => {
    expect(cellEditorAction({ key: 'Enter' })).toBe('save');
    expect(cellEditorAction({ key: 'Enter', ctrlKey: true })).toBe('split');
    expect(cellEditorAction({ key: 'Enter', metaKey: true })).toBe('split');
    expect(cellEditorAction({ key: 'Escape' })).toBe('cancel');
  });

  it('leaves typing to the text box: Shift+Enter (a new line), letters, and keys that end an IME composition', () => {
    expect(cellEditorAction({ key: 'Enter', shiftKey: true })).toBeNull();
    expect(cellEditorAction({ key: 'j' })).toBeNull();
    expect(cellEditorAction({ key: 'Enter', isComposing: true })).toBeNull();
    expect(cellEditorAction({ key: 'Enter', keyCode: 229 })).toBeNull();
  });
});
