import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { editSegmentText } from '../../src/core/operations';
import { setDocument } from '../../src/store/actions';
import { appStore } from '../../src/store/appStore';
import { App } from '../../src/ui/App';
import { overviewBlocks } from '../../src/ui/OverviewStrip';
import { findMatches } from '../../src/ui/search';
import { alignmentOf, docOf, ok } from '../core/operations/fixtures';
import { resetStores } from './FileTestKit';

vi.mock('idb-keyval', () => import('./FileIdbMock'));

beforeEach(resetStores);

async function renderEditor(
  alignment = alignmentOf(
    [
      [1, 1],
      [1, 1],
      [1, 1],
    ],
    [{}, { confidence: 0.2 }],
  ),
) {
  render(<App />);
  const grid = await screen.findByRole('grid');
  await waitFor(() => expect(appStore.getState().status).toBe('ready'));
  act(() => setDocument(docOf(alignment)));
  await waitFor(() =>
    expect(grid).toHaveAttribute('aria-rowcount', String(alignment.links.length)),
  );
  return screen.getByRole('grid');
}

const rows = (grid: HTMLElement) => within(grid).getAllByRole('row');
const searchStatus = () =>
  within(screen.getByRole('search', { name: 'Search the text' })).getByRole('status');
const target = () => appStore.getState().doc!.alignment.target;

describe('inline text editing', () => {
  it('opens on double-click, saves with Enter as one undo step, and marks the segment edited', async () => {
    const grid = await renderEditor();
    await userEvent.dblClick(within(rows(grid)[0]).getByText('English paragraph 0.'));
    const box = screen.getByRole('textbox', { name: 'Edit English segment 1' });
    await userEvent.clear(box);
    await userEvent.type(box, 'The first paragraph.{Enter}');
    expect(screen.queryByRole('textbox', { name: /Edit English/ })).not.toBeInTheDocument();
    expect(target().segments[0]).toMatchObject({
      text: 'The first paragraph.',
      importedText: 'English paragraph 0.',
    });
    expect(appStore.getState().history.undoStack).toHaveLength(1);
    expect(within(rows(grid)[0]).getByRole('button', { name: 'edited' })).toBeInTheDocument();
  });

  it('gives the keys back to the rows when the editor closes with Enter, Escape or its buttons', async () => {
    const grid = await renderEditor();
    await userEvent.click(within(rows(grid)[0]).getByText('English paragraph 0.'));
    await userEvent.keyboard('{Enter}');
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Edit English segment 1' }),
      '!{Enter}',
    );
    expect(grid).toHaveFocus();
    // So the next key is a command at once: c confirms the row just edited.
    await userEvent.keyboard('c');
    expect(appStore.getState().doc!.alignment.links[0].status).toBe('confirmed');
    await userEvent.keyboard('{Enter}');
    screen.getByRole('textbox', { name: 'Edit English segment 1' });
    await userEvent.keyboard('{Escape}');
    expect(grid).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const box = screen.getByRole('textbox', { name: 'Edit English segment 1' });
    await userEvent.type(box, '?');
    await userEvent.click(within(box.parentElement!).getByRole('button', { name: 'Save' }));
    expect(target().segments[0].text).toBe('English paragraph 0.!?');
    expect(grid).toHaveFocus();
  });

  it("says why an edit cannot apply in the grid's words: rows, Chinese and English", async () => {
    const grid = await renderEditor(
      alignmentOf([
        [1, 1],
        [1, 0],
      ]),
    );
    await userEvent.click(within(rows(grid)[1]).getByText('中文段落1。'));
    // Detach the English of a row that has none, then merge at the last row.
    await userEvent.keyboard('{ArrowRight}d');
    expect(screen.getByRole('alert')).toHaveTextContent('Row 2 has no English segment.');
    await userEvent.keyboard('m');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The last row has no row below it to merge with.',
    );
    expect(screen.getByRole('alert')).not.toHaveTextContent(/link|target|source/i);
  });

  it('opens with Enter on the selected side and cancels with Escape', async () => {
    await renderEditor();
    await userEvent.keyboard('{ArrowRight}{Enter}');
    const box = screen.getByRole('textbox', { name: 'Edit English segment 1' });
    expect(box).toHaveFocus();
    await userEvent.type(box, ' more{Escape}');
    expect(target().segments[0].text).toBe('English paragraph 0.');
    expect(appStore.getState().history.undoStack).toHaveLength(0);
  });

  it('leaves Enter and Escape to the IME while a Chinese composition is open', async () => {
    await renderEditor();
    await userEvent.keyboard('{Enter}');
    const box = screen.getByRole('textbox', { name: 'Edit Chinese segment 1' });
    fireEvent.keyDown(box, { key: 'Enter', isComposing: true });
    fireEvent.keyDown(box, { key: 'Escape', isComposing: true });
    expect(box).toBeInTheDocument();
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(screen.queryByRole('textbox', { name: /Edit Chinese/ })).not.toBeInTheDocument();
  });

  it('splits the segment at the caret with Ctrl+Enter, both halves in the same row', async () => {
    const grid = await renderEditor();
    await userEvent.keyboard('{F2}');
    const box = screen.getByRole('textbox', {
      name: 'Edit Chinese segment 1',
    }) as HTMLTextAreaElement;
    box.setSelectionRange(4, 4);
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    const source = appStore.getState().doc!.alignment.source;
    expect(source.segments.slice(0, 2).map((s) => s.text)).toEqual(['中文段落', '0。']);
    expect(appStore.getState().doc!.alignment.links[0].src).toEqual([0, 1]);
    expect(
      within(rows(grid)[0]).getAllByRole('gridcell')[0].querySelectorAll('.segment'),
    ).toHaveLength(2);
  });

  it('names the keys of the search arrows and of the All filter in their tooltips', async () => {
    await renderEditor();
    expect(screen.getByRole('button', { name: 'Previous match' })).toHaveAttribute(
      'title',
      'Previous match (Shift+Enter in the search box)',
    );
    expect(screen.getByRole('button', { name: 'Next match' })).toHaveAttribute(
      'title',
      'Next match (Enter in the search box)',
    );
    expect(screen.getByRole('radio', { name: /^All/ })).toHaveAttribute(
      'title',
      'Show all rows (Shift+F)',
    );
  });

  it('shows the changes against the imported text with the diff toggle', async () => {
    const edited = ok(editSegmentText(alignmentOf([[1, 1]]), 'tgt', 0, 'English paragraph one.'));
    const grid = await renderEditor(edited);
    const toggle = within(rows(grid)[0]).getByRole('button', { name: 'edited' });
    await userEvent.click(toggle);
    const cell = within(rows(grid)[0]).getAllByRole('gridcell')[1];
    expect(cell.querySelector('del')).toHaveTextContent('0');
    expect(cell.querySelector('ins')).toHaveTextContent('one');
    expect(within(rows(grid)[0]).getByRole('button', { name: 'hide changes' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});

describe('search', () => {
  it('counts and highlights matches, and Enter goes to them', async () => {
    const grid = await renderEditor();
    const box = screen.getByRole('searchbox', { name: 'Search text' });
    await userEvent.type(box, 'paragraph 2');
    expect(searchStatus()).toHaveTextContent('1 of 1 matches');
    expect(grid.querySelectorAll('mark')).toHaveLength(1);
    await userEvent.keyboard('{Enter}');
    expect(appStore.getState().selectedLink).toBe(2);
  });

  it('searches one language, by regular expression, and reports a bad pattern', async () => {
    await renderEditor();
    const box = screen.getByRole('searchbox', { name: 'Search text' });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Regex' }));
    await userEvent.type(box, '[[01]'); // '[[' types a literal '['
    expect(searchStatus()).toHaveTextContent('of 4 matches');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Search in' }), 'en');
    expect(searchStatus()).toHaveTextContent('of 2 matches');
    await userEvent.clear(box);
    await userEvent.type(box, '(');
    expect(searchStatus()).toHaveTextContent(/Invalid regular expression/);
  });

  it('finds plain text case-insensitively and skips empty matches', () => {
    const a = alignmentOf([
      [1, 1],
      [1, 1],
    ]);
    expect(findMatches(a, { query: 'ENGLISH', regex: false, scope: 'both' }).matches).toHaveLength(
      2,
    );
    expect(findMatches(a, { query: 'x*', regex: true, scope: 'both' }).matches).toHaveLength(0);
    expect(findMatches(a, { query: '.', regex: false, scope: 'en' }).matches).toHaveLength(2);
  });
});

describe('overview strip', () => {
  it('colours the document by confidence and jumps on click', async () => {
    await renderEditor();
    const strip = screen.getByRole('navigation', { name: 'Document overview' });
    const low = within(strip).getByRole('button', { name: /Row 2: low confidence/ });
    await userEvent.click(low);
    expect(appStore.getState().selectedLink).toBe(1);
    expect(low).toHaveAttribute('aria-current', 'location');
  });

  it('groups long documents into blocks that show their worst link', () => {
    const shapes = Array.from({ length: 1000 }, () => [1, 1] as [number, number]);
    const props = shapes.map((_, i) => (i === 500 ? { confidence: 0.1 } : { confidence: 0.9 }));
    const blocks = overviewBlocks(alignmentOf(shapes, props), 100);
    expect(blocks).toHaveLength(100);
    expect(blocks[0]).toMatchObject({ first: 0, last: 9 });
    expect(blocks[50].band).toBe('low');
    expect(blocks.filter((b) => b.band === 'low')).toHaveLength(1);
    expect(blocks[99].last).toBe(999);
  });
});
