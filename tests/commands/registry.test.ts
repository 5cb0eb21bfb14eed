import { describe, expect, it } from 'vitest';
import { allShortcuts, commands, getCommand, parseShortcut } from '../../src/commands';

describe('command registry', () => {
  it('gives every command a unique kebab-case id, a label and a description', () => {
    const ids = commands.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of commands) {
      expect(c.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(c.label.trim()).not.toBe('');
      expect(c.description.trim()).not.toBe('');
      expect(getCommand(c.id)).toBe(c);
    }
  });

  it('binds each shortcut to one command only', () => {
    const seen = new Map<string, string>();
    for (const c of commands) {
      for (const s of allShortcuts(c)) {
        const chord = parseShortcut(s);
        const key = JSON.stringify({ ...chord, key: chord.key.toLowerCase() });
        expect(seen.get(key), `${s} of ${c.id}`).toBeUndefined();
        seen.set(key, c.id);
      }
    }
  });

  it('has the toolbar commands the design names, with their accessible names', () => {
    const label = (id: string) => getCommand(id)?.label;
    expect(label('merge-next')).toBe('Merge with next');
    expect(label('split-link')).toBe('Split');
    expect(label('undo')).toBe('Undo');
    expect(label('redo')).toBe('Redo');
    expect(label('confirm')).toBe('Confirm');
    expect(new Set(commands.map((c) => c.label)).size).toBe(commands.length);
  });
});

describe('docs/editing.md', () => {
  it('lists every command by id', async () => {
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const text = readFileSync(resolve(__dirname, '../../docs/editing.md'), 'utf8');
    for (const c of commands) expect(text, c.id).toContain(`\`${c.id}\``);
  });
});
