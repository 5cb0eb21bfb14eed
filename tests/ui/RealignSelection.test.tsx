import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setDocument } from '../../src/store/actions';
import { appStore } from '../../src/store/appStore';
import { App } from '../../src/ui/App';
import { alignmentOf, docOf, shapes } from '../core/operations/fixtures';
import { resetStores } from './FileTestKit';

vi.mock('idb-keyval', () => import('./FileIdbMock'));

beforeEach(resetStores);

/** Rows 2-3 split one pair wrongly (2-0 beside 0-2), and so do the confirmed rows 5-6. */
async function renderEditor() {
  render(<App />);
  const grid = await screen.findByRole('grid');
  await waitFor(() => expect(appStore.getState().status).toBe('ready'));
  const doc = docOf(
    alignmentOf(
      [
        [1, 1],
        [2, 0],
        [0, 2],
        [1, 1],
        [2, 0],
        [0, 2],
      ],
      [{}, {}, {}, {}, { status: 'confirmed' }, { status: 'confirmed' }],
    ),
  );
  act(() => setDocument(doc));
  await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '6'));
  return { grid, doc };
}

describe('re-align the selected rows', () => {
  it('is a button under More commands with its key, enabled once several rows are selected', async () => {
    await renderEditor();
    const toolbar = screen.getByRole('toolbar', { name: 'Editing' });
    await userEvent.click(within(toolbar).getByRole('button', { name: 'More commands' }));
    const button = within(toolbar).getByRole('button', { name: 'Re-align selected rows' });
    expect(button).toHaveAttribute('title', 'Re-align selected rows (Shift+R)');
    expect(button).toHaveAttribute('aria-keyshortcuts', 'Shift+R');
    expect(button).toBeDisabled();
    act(() => appStore.setState({ selectedLink: 2, selectionAnchor: 1 }));
    expect(button).toBeEnabled();
  });

  it('Shift+R re-aligns only the selection, keeps the confirmed rows, says so, and undoes in one step', async () => {
    const { grid, doc } = await renderEditor();
    grid.focus();
    // Rows 2 to 6: the confirmed pair at the end is selected too, and stays as it is.
    await userEvent.keyboard('j{Shift>}jjjj{/Shift}');
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Rows 2–6 selected (5)');
    await userEvent.keyboard('{Shift>}R{/Shift}');
    const after = appStore.getState().doc!.alignment;
    expect(shapes(after).endsWith('2-0 0-2')).toBe(true);
    expect(after.links.slice(-2)).toEqual(doc.alignment.links.slice(-2));
    expect(after.links[after.links.length - 1]).toBe(doc.alignment.links[5]);
    expect(after.links[0]).toBe(doc.alignment.links[0]);
    expect(
      await screen.findByText(
        /^Re-aligned the selected rows 2–6: 3 of the 5 became \d+; kept as they were: 2 confirmed or hand-edited\.$/,
      ),
    ).toBeInTheDocument();
    expect(appStore.getState().history.undoStack).toHaveLength(1);
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(appStore.getState().doc!.alignment).toBe(doc.alignment);
  });
});
