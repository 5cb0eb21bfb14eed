import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setDocument } from '../../src/store/actions';
import { appStore } from '../../src/store/appStore';
import { App } from '../../src/ui/App';
import { alignmentOf, docOf } from '../core/operations/fixtures';
import { resetStores } from './FileTestKit';

vi.mock('idb-keyval', () => import('./FileIdbMock'));

beforeEach(resetStores);

async function renderDoc() {
  render(<App />);
  const grid = await screen.findByRole('grid');
  await waitFor(() => expect(appStore.getState().status).toBe('ready'));
  act(() =>
    setDocument(
      docOf(
        alignmentOf([
          [1, 1],
          [1, 0],
          [0, 1],
          [1, 1],
        ]),
      ),
    ),
  );
  await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '4'));
  return grid;
}

const rowAt = (grid: HTMLElement, index: number) =>
  within(grid)
    .getAllByRole('row')
    .find((r) => r.getAttribute('aria-rowindex') === String(index + 1))!;

describe('rows changed by hand', () => {
  it('say "edited" until confirmed, and re-align from another row leaves them alone', async () => {
    const grid = await renderDoc();
    await userEvent.keyboard('j'); // row 2, the lone Chinese paragraph
    await userEvent.keyboard('m'); // merged with the lone English one below
    const fixed = rowAt(grid, 1);
    expect(within(fixed).getByLabelText('edited by hand')).toHaveTextContent('edited');
    expect(within(fixed).getByRole('rowheader')).toHaveAttribute(
      'title',
      expect.stringContaining('edited by hand'),
    );
    // Re-align from the row above: the fix is an anchor, so only row 1 is re-aligned.
    await userEvent.keyboard('k');
    await userEvent.keyboard('r');
    expect(screen.getByText(/^Re-aligned row 1: /)).toBeInTheDocument();
    expect(appStore.getState().doc!.alignment.links[1].edited).toBe(true);
    await userEvent.keyboard('j');
    await userEvent.keyboard('c');
    expect(within(rowAt(grid, 1)).queryByLabelText('edited by hand')).not.toBeInTheDocument();
    expect(within(rowAt(grid, 1)).getByLabelText('confirmed')).toBeInTheDocument();
  });
});
