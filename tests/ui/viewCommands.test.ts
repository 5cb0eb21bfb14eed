import { describe, expect, it } from 'vitest';
import { allShortcuts, commands, findCommandForKey, parseShortcut } from '../../src/commands';
import { isEditingText } from '../../src/ui/useCommandKeys';
import { viewCommands } from '../../src/ui/viewCommands';

describe('view commands', () => {
  it('share no shortcut or id with the registry, so no key press is ambiguous', () => {
    const all = [...commands, ...viewCommands];
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    const seen = new Set<string>();
    for (const c of all) {
      for (const s of allShortcuts(c)) {
        const chord = parseShortcut(s);
        const key = JSON.stringify({ ...chord, key: chord.key.toLowerCase() });
        expect(seen.has(key), s).toBe(false);
        seen.add(key);
      }
    }
    expect(findCommandForKey({ key: '?', shiftKey: true }, all)?.id).toBe('show-help');
    expect(findCommandForKey({ key: 'F2' }, all)?.id).toBe('edit-segment');
  });

  it('put every export format and Paste texts… in the palette, found in English or Chinese', async () => {
    const { findEntries } = await import('../../src/ui/CommandPalette');
    const { EXPORT_FORMATS } = await import('../../src/io/export');
    const always = () => true;
    expect(findEntries('tmx', always)[0].id).toBe('export-tmx');
    expect(findEntries('export as xlsx', always)[0].id).toBe('export-xlsx');
    const chinese = findEntries('导出为', always).map((c) => c.id);
    expect(chinese).toEqual(EXPORT_FORMATS.map((f) => `export-${f}`));
    expect(findEntries('paste', always)[0].id).toBe('paste-texts');
    expect(findEntries('粘贴', always)[0].id).toBe('paste-texts');
  });

  it('lists the file commands first on a phone until a query is typed', async () => {
    const { findEntries } = await import('../../src/ui/CommandPalette');
    const always = () => true;
    const desk = findEntries('', always).map((c) => c.group);
    expect(desk[0]).not.toBe('files');
    const phone = findEntries('', always, true);
    const firstOther = phone.findIndex((c) => c.group !== 'files');
    expect(phone.slice(0, firstOther).map((c) => c.id)).toEqual(
      expect.arrayContaining(['open-files', 'paste-texts', 'save-document']),
    );
    expect(phone.slice(firstOther).some((c) => c.group === 'files')).toBe(false);
    // A query ranks by match as everywhere: "merge" still finds Merge with next first.
    expect(findEntries('merge', always, true)[0].id).toBe('merge-next');
  });

  it('treats text inputs, not checkboxes or buttons, as text fields', () => {
    const input = document.createElement('input');
    expect(isEditingText(input)).toBe(true);
    input.type = 'checkbox';
    expect(isEditingText(input)).toBe(false);
    expect(isEditingText(document.createElement('textarea'))).toBe(true);
    expect(isEditingText(document.createElement('button'))).toBe(false);
  });
});

describe('handleCommandKey', () => {
  it('ignores keys typed in a text field or inside an open menu', async () => {
    const { handleCommandKey } = await import('../../src/ui/useCommandKeys');
    const input = document.createElement('input');
    const menu = document.createElement('div');
    menu.setAttribute('role', 'menu');
    const item = document.createElement('button');
    menu.append(item);
    document.body.append(input, menu);
    const press = (target: HTMLElement, key: string) => {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
      Object.defineProperty(event, 'target', { value: target });
      return handleCommandKey(event);
    };
    expect(press(document.body, 'm')).toBe(true);
    expect(press(input, 'm')).toBe(false);
    expect(press(item, 'm')).toBe(false);
    expect(press(item, 'Enter')).toBe(false);
    input.remove();
    menu.remove();
  });
});
