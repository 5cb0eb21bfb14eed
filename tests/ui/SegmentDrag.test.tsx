import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEditorState, segmentDropCommand, segmentDropTargets } from '../../src/commands';
import { setDocument } from '../../src/store/actions';
import { appStore } from '../../src/store/appStore';
import { App } from '../../src/ui/App';
import { alignmentOf, docOf, shapes } from '../core/operations/fixtures';
import { resetStores } from './FileTestKit';

vi.mock('idb-keyval', () => import('./FileIdbMock'));

beforeEach(resetStores);

const original = document.elementFromPoint;
afterEach(() => {
  document.elementFromPoint = original;
});

/** Row 2 has no English; row 3 holds one English segment; row 4 holds three. */
const shapesOfDoc: [number, number][] = [
  [1, 1],
  [1, 0],
  [1, 1],
  [1, 3],
  [1, 1],
];

async function renderEditor() {
  render(<App />);
  const grid = await screen.findByRole('grid');
  await waitFor(() => expect(appStore.getState().status).toBe('ready'));
  const doc = docOf(alignmentOf(shapesOfDoc));
  act(() => setDocument(doc));
  await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '5'));
  // jsdom has no layout: the pointer at y = 100 * n is over row n.
  document.elementFromPoint = (_x: number, y: number) =>
    grid.querySelector(`[role="row"][aria-rowindex="${Math.round(y / 100)}"]`);
  return { grid, doc };
}

const row = (grid: HTMLElement, n: number) =>
  grid.querySelector<HTMLElement>(`[role="row"][aria-rowindex="${n}"]`)!;
const englishGrips = (grid: HTMLElement, n: number) =>
  within(row(grid, n).querySelector<HTMLElement>('[data-side="tgt"]')!).queryAllByRole('button', {
    name: /^Move this segment/,
  });

/** Presses the grip, moves over row `over` (and then `to`), lets go. */
function drag(grip: HTMLElement, over: number[]) {
  fireEvent.pointerDown(grip, { button: 0, clientX: 500, clientY: 300 });
  for (const n of over) fireEvent.pointerMove(window, { clientX: 520, clientY: n * 100 });
  fireEvent.pointerUp(window, { clientX: 520, clientY: over[over.length - 1] * 100 });
}

describe('dragging a segment onto the neighbouring row', () => {
  it('offers a grip only where a segment can move, named with its keys', async () => {
    const { grid } = await renderEditor();
    // Row 3's single English segment can go up or down.
    expect(englishGrips(grid, 3).map((g) => g.getAttribute('aria-label'))).toEqual([
      'Move this segment: drag it onto the row above or below (keys: [ and ])',
    ]);
    // Row 4's first segment goes up, its last goes down, the middle one nowhere.
    expect(englishGrips(grid, 4).map((g) => g.title)).toEqual([
      'Move this segment: drag it onto the row above (key: [)',
      'Move this segment: drag it onto the row below (key: ])',
    ]);
    // The first row's only segment can only go down.
    expect(englishGrips(grid, 1)[0].title).toMatch(/row below \(key: \]\)/);
  });

  it('moves the segment up as one undo step, like [', async () => {
    const { grid, doc } = await renderEditor();
    drag(englishGrips(grid, 3)[0], [3, 2]);
    const after = appStore.getState().doc!.alignment;
    expect(shapes(after)).toBe('1-1 1-1 1-0 1-3 1-1');
    expect(within(row(grid, 2)).getByText('English paragraph 1.')).toBeInTheDocument();
    expect(appStore.getState().history.undoStack).toHaveLength(1);
    fireEvent.keyDown(grid, { key: 'z', ctrlKey: true });
    expect(appStore.getState().doc!.alignment).toBe(doc.alignment);
  });

  it('moves the last segment of a row down', async () => {
    const { grid } = await renderEditor();
    drag(englishGrips(grid, 4)[1], [5]);
    expect(shapes(appStore.getState().doc!.alignment)).toBe('1-1 1-0 1-1 1-2 1-2');
  });

  it('marks the neighbour as a drop target and refuses any other row, visibly', async () => {
    const { grid, doc } = await renderEditor();
    fireEvent.pointerDown(englishGrips(grid, 3)[0], { button: 0, clientX: 500, clientY: 300 });
    fireEvent.pointerMove(window, { clientX: 520, clientY: 200 });
    expect(row(grid, 2)).toHaveClass('drop-ok');
    expect(screen.getByText('Move to row 2')).toBeInTheDocument();
    fireEvent.pointerMove(window, { clientX: 520, clientY: 100 });
    expect(row(grid, 1)).toHaveClass('drop-refused');
    expect(row(grid, 2)).not.toHaveClass('drop-ok');
    expect(screen.getByText('Not here: only on row 2 or 4')).toBeInTheDocument();
    fireEvent.pointerUp(window, { clientX: 520, clientY: 100 });
    expect(appStore.getState().doc!.alignment).toBe(doc.alignment);
    expect(screen.queryByText(/Not here/)).not.toBeInTheDocument();
    expect(row(grid, 1)).not.toHaveClass('drop-refused');
  });

  it('drops nothing after Esc', async () => {
    const { grid, doc } = await renderEditor();
    fireEvent.pointerDown(englishGrips(grid, 3)[0], { button: 0, clientX: 500, clientY: 300 });
    fireEvent.pointerMove(window, { clientX: 520, clientY: 200 });
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(row(grid, 2)).not.toHaveClass('drop-ok');
    fireEvent.pointerUp(window, { clientX: 520, clientY: 200 });
    expect(appStore.getState().doc!.alignment).toBe(doc.alignment);
  });
});

describe('segmentDropCommand', () => {
  it('maps a drop to the keyboard command, only for the neighbouring rows', () => {
    const state = createEditorState(docOf(alignmentOf(shapesOfDoc)));
    // Row 4 (index 3) holds English segments 2, 3 and 4.
    expect(segmentDropCommand(state, { link: 3, side: 'tgt', segment: 2 }, 2)).toEqual({
      id: 'move-first-up',
      args: { link: 3, side: 'tgt' },
    });
    expect(segmentDropCommand(state, { link: 3, side: 'tgt', segment: 4 }, 4)).toEqual({
      id: 'move-last-down',
      args: { link: 3, side: 'tgt' },
    });
    expect(segmentDropCommand(state, { link: 3, side: 'tgt', segment: 2 }, 4)).toBeNull();
    expect(segmentDropCommand(state, { link: 3, side: 'tgt', segment: 3 }, 2)).toBeNull();
    expect(segmentDropCommand(state, { link: 3, side: 'tgt', segment: 2 }, 1)).toBeNull();
    expect(segmentDropTargets(state, { link: 2, side: 'tgt', segment: 1 })).toEqual([1, 3]);
    expect(segmentDropTargets(state, { link: 3, side: 'tgt', segment: 3 })).toEqual([]);
  });
});
