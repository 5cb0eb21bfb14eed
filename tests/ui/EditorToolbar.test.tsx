import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { commands } from '../../src/commands';
import { setDocument } from '../../src/store/actions';
import { appStore } from '../../src/store/appStore';
import { App } from '../../src/ui/App';
import { alignmentOf, docOf } from '../core/operations/fixtures';
import { resetStores } from './FileTestKit';

vi.mock('idb-keyval', () => import('./FileIdbMock'));

beforeEach(resetStores);

/** The app with a small document of our own: five 1-1 rows, the second low confidence. */
async function renderEditor() {
  render(<App />);
  const grid = await screen.findByRole('grid');
  await waitFor(() => expect(appStore.getState().status).toBe('ready'));
  const doc = docOf(
    alignmentOf(
      [
        [1, 1],
        [1, 1],
        [1, 1],
        [1, 1],
        [1, 1],
      ],
      [{}, { confidence: 0.2 }],
    ),
  );
  act(() => setDocument(doc));
  await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '5'));
  return { grid: screen.getByRole('grid'), doc };
}

const rows = (grid: HTMLElement) => within(grid).getAllByRole('row');
const selectedRow = (grid: HTMLElement) =>
  rows(grid).find((r) => r.getAttribute('aria-selected') === 'true');

describe('toolbar', () => {
  it('has a button per command, named by its label, with the shortcut in the tooltip', async () => {
    await renderEditor();
    const toolbar = screen.getByRole('toolbar', { name: 'Editing' });
    for (const name of ['Merge with next', 'Split', 'Undo', 'Redo', 'Confirm']) {
      expect(within(toolbar).getByRole('button', { name })).toBeInTheDocument();
    }
    expect(within(toolbar).getByRole('button', { name: 'Merge with next' })).toHaveAttribute(
      'title',
      'Merge with next (M)',
    );
    expect(within(toolbar).getByRole('button', { name: 'Undo' })).toBeDisabled();
    // A 1-1 row cannot be split.
    expect(within(toolbar).getByRole('button', { name: 'Split' })).toBeDisabled();
  });

  it('merges, then undoes and redoes, through the buttons', async () => {
    const { grid, doc } = await renderEditor();
    await userEvent.click(screen.getByRole('button', { name: 'Merge with next' }));
    expect(grid).toHaveAttribute('aria-rowcount', '4');
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toBeEnabled();
    await userEvent.click(undo);
    expect(grid).toHaveAttribute('aria-rowcount', '5');
    expect(appStore.getState().doc!.alignment).toBe(doc.alignment);
    await userEvent.click(screen.getByRole('button', { name: 'Redo' }));
    expect(grid).toHaveAttribute('aria-rowcount', '4');
  });

  it('confirms the selected row and shows the progress', async () => {
    const { grid } = await renderEditor();
    expect(screen.getByText(/0 \/ 5 confirmed/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(within(rows(grid)[0]).getByLabelText('confirmed')).toBeInTheDocument();
    expect(screen.getByText(/1 \/ 5 confirmed/)).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Review progress' })).toHaveAttribute(
      'value',
      '1',
    );
  });
});

describe('keyboard', () => {
  it('moves, merges and undoes with the registry shortcuts', async () => {
    const { grid } = await renderEditor();
    await userEvent.keyboard('j');
    expect(selectedRow(grid)).toHaveAttribute('aria-rowindex', '2');
    await userEvent.keyboard('{ArrowDown}');
    expect(selectedRow(grid)).toHaveAttribute('aria-rowindex', '3');
    await userEvent.keyboard('k');
    await userEvent.keyboard('m');
    expect(grid).toHaveAttribute('aria-rowcount', '4');
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(grid).toHaveAttribute('aria-rowcount', '5');
  });

  it('jumps to the next flagged row (here: low confidence)', async () => {
    const { grid } = await renderEditor();
    await userEvent.keyboard('n');
    expect(selectedRow(grid)).toHaveAttribute('aria-rowindex', '2');
  });

  it('leaves keys alone while a text field has focus', async () => {
    const { grid } = await renderEditor();
    await userEvent.click(screen.getByRole('searchbox', { name: 'Search text' }));
    await userEvent.keyboard('m');
    expect(grid).toHaveAttribute('aria-rowcount', '5');
    expect(screen.getByRole('searchbox', { name: 'Search text' })).toHaveValue('m');
  });

  it('opens the help sheet with ?, listing every command, and closes it with Escape', async () => {
    await renderEditor();
    await userEvent.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const c of commands)
      expect(within(dialog).getByRole('rowheader', { name: c.label })).toBeInTheDocument();
    expect(dialog).toHaveTextContent('Ctrl+Z');
    // The file keys are listed too, though the File menu handles them.
    expect(within(dialog).getByRole('rowheader', { name: 'Save' }).closest('tr')).toHaveTextContent(
      'Ctrl+S',
    );
    expect(within(dialog).getByRole('rowheader', { name: 'Open…' })).toBeInTheDocument();
    // Shortcuts are off while the sheet is open.
    await userEvent.keyboard('m');
    expect(screen.getByRole('grid')).toHaveAttribute('aria-rowcount', '5');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).not.toBeInTheDocument();
  });
});

describe('row menu', () => {
  it('opens on right-click with the row commands, and runs one on the clicked side', async () => {
    const { grid } = await renderEditor();
    const english = within(rows(grid)[1]).getAllByRole('gridcell')[1];
    fireEvent.contextMenu(english, { clientX: 40, clientY: 60 });
    const menu = screen.getByRole('menu', { name: /Row 2 \(English side\)/ });
    expect(selectedRow(grid)).toHaveAttribute('aria-rowindex', '2');
    await userEvent.click(within(menu).getByRole('menuitem', { name: /Detach first segment/ }));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    const links = appStore.getState().doc!.alignment.links;
    expect(links.map((l) => `${l.src.length}-${l.tgt.length}`).join(' ')).toBe(
      '1-1 0-1 1-0 1-1 1-1 1-1',
    );
  });

  it('adds a note to the row', async () => {
    const { grid } = await renderEditor();
    fireEvent.contextMenu(within(rows(grid)[0]).getAllByRole('gridcell')[0]);
    await userEvent.click(screen.getByRole('menuitem', { name: 'Add note…' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Note for row 1' }), 'date differs');
    await userEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect(appStore.getState().doc!.alignment.links[0].note).toBe('date differs');
    expect(within(rows(grid)[0]).getByLabelText('Note: date differs')).toBeInTheDocument();
  });

  it('offers the selection commands, which act on the selected rows', async () => {
    const { grid } = await renderEditor();
    // One row: the selection commands are there, greyed out.
    fireEvent.contextMenu(within(rows(grid)[1]).getAllByRole('gridcell')[0]);
    expect(screen.getByRole('menuitem', { name: /^Merge selected rows/ })).toBeDisabled();
    expect(screen.getByRole('menuitem', { name: /^Re-align selected rows/ })).toBeDisabled();
    await userEvent.keyboard('{Escape}');
    // Rows 2-4 selected (Shift+click), then the menu on row 3: confirm acts on all three.
    fireEvent.click(within(rows(grid)[1]).getAllByRole('gridcell')[0]);
    fireEvent.click(within(rows(grid)[3]).getAllByRole('gridcell')[0], { shiftKey: true });
    fireEvent.contextMenu(within(rows(grid)[2]).getAllByRole('gridcell')[0]);
    const merge = screen.getByRole('menuitem', { name: /^Merge selected rows/ });
    expect(merge).toBeEnabled();
    expect(merge).toHaveTextContent('Shift+M');
    expect(screen.getByRole('menuitem', { name: /^Re-align selected rows/ })).toBeEnabled();
    await userEvent.click(screen.getAllByRole('menuitem', { name: /^Confirm/ })[0]);
    expect(appStore.getState().doc!.alignment.links.map((l) => l.status)).toEqual([
      'auto',
      'confirmed',
      'confirmed',
      'confirmed',
      'auto',
    ]);
    // The selection is kept; merging it from the menu makes one row of the three.
    fireEvent.contextMenu(within(rows(grid)[2]).getAllByRole('gridcell')[0]);
    await userEvent.click(screen.getByRole('menuitem', { name: /^Merge selected rows/ }));
    expect(grid).toHaveAttribute('aria-rowcount', '3');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('closes on Escape', async () => {
    const { grid } = await renderEditor();
    fireEvent.contextMenu(rows(grid)[0]);
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });
});
