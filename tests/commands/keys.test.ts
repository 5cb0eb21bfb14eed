import { describe, expect, it } from 'vitest';
import {
  ariaKeyShortcuts,
  findCommandForKey,
  formatShortcut,
  matchesShortcut,
  parseShortcut,
  type Command,
} from '../../src/commands';

const key = (
  k: string,
  mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {},
) => ({
  key: k,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('shortcuts', () => {
  it('parses modifiers and keys', () => {
    expect(parseShortcut('Mod+Shift+z')).toEqual({ key: 'z', mod: true, shift: true, alt: false });
    expect(parseShortcut('j')).toEqual({ key: 'j', mod: false, shift: false, alt: false });
    expect(parseShortcut('Mod++').key).toBe('+');
    expect(parseShortcut('Space').key).toBe(' ');
  });

  it('matches Ctrl or Cmd for Mod, and Shift exactly for letters', () => {
    expect(matchesShortcut(key('z', { ctrl: true }), 'Mod+z')).toBe(true);
    expect(matchesShortcut(key('z', { meta: true }), 'Mod+z')).toBe(true);
    expect(matchesShortcut(key('Z', { meta: true, shift: true }), 'Mod+z')).toBe(false);
    expect(matchesShortcut(key('Z', { meta: true, shift: true }), 'Mod+Shift+z')).toBe(true);
    expect(matchesShortcut(key('z'), 'Mod+z')).toBe(false);
    expect(matchesShortcut(key('m', { alt: true }), 'm')).toBe(false);
    expect(matchesShortcut(key('D', { shift: true }), 'Shift+d')).toBe(true);
    expect(matchesShortcut(key('d'), 'Shift+d')).toBe(false);
  });

  it('ignores Shift for punctuation, which already depends on the layout', () => {
    expect(matchesShortcut(key('?', { shift: true }), '?')).toBe(true);
    expect(matchesShortcut(key('['), '[')).toBe(true);
  });

  it('matches named keys with their modifiers', () => {
    expect(matchesShortcut(key('ArrowDown'), 'ArrowDown')).toBe(true);
    expect(matchesShortcut(key('ArrowDown', { shift: true }), 'ArrowDown')).toBe(false);
  });

  it('writes shortcuts in the aria-keyshortcuts syntax', () => {
    expect(ariaKeyShortcuts(['Mod+Shift+z', 'Mod+y'], false)).toBe('Control+Shift+Z Control+Y');
    expect(ariaKeyShortcuts(['Mod+z'], true)).toBe('Meta+Z');
    expect(ariaKeyShortcuts(['Space', '[', 'ArrowDown'], false)).toBe('Space [ ArrowDown');
  });

  it('formats shortcuts for tooltips on each platform', () => {
    expect(formatShortcut('Mod+Shift+z', false)).toBe('Ctrl+Shift+Z');
    expect(formatShortcut('Mod+Shift+z', true)).toBe('⌘⇧Z');
    expect(formatShortcut('ArrowDown', false)).toBe('↓');
    expect(formatShortcut('[', false)).toBe('[');
  });
});

describe('findCommandForKey', () => {
  it('finds the registry command for a key press', () => {
    expect(findCommandForKey(key('m'))?.id).toBe('merge-next');
    expect(findCommandForKey(key('z', { ctrl: true }))?.id).toBe('undo');
    expect(findCommandForKey(key('Z', { ctrl: true, shift: true }))?.id).toBe('redo');
    expect(findCommandForKey(key('y', { meta: true }))?.id).toBe('redo');
    expect(findCommandForKey(key('ArrowDown'))?.id).toBe('next-row');
    expect(findCommandForKey(key('j'))?.id).toBe('next-row');
    expect(findCommandForKey(key('J', { shift: true }))?.id).toBe('extend-next');
    expect(findCommandForKey(key('+', { shift: true }))?.id).toBe('join-segment-next');
    expect(findCommandForKey(key('N', { shift: true }))?.id).toBe('prev-flagged');
  });

  it('returns null for unbound keys', () => {
    expect(findCommandForKey(key('F12'))).toBeNull();
    expect(findCommandForKey(key('q'))).toBeNull();
  });

  it('refuses to guess when two commands match', () => {
    const stub = (id: string, shortcut: string): Command => ({
      id,
      label: id,
      description: id,
      shortcut,
      group: 'navigation',
      isEnabled: () => true,
      run: () => null,
    });
    const list = [stub('a', 'Mod+k'), stub('b', 'Ctrl+k'), stub('c', 'k')];
    expect(findCommandForKey(key('k', { ctrl: true }), list)).toBeNull();
    expect(findCommandForKey(key('k'), list)?.id).toBe('c');
  });
});
