import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { appStore, initialAppState } from '../../src/store/appStore';
import { dispatchCommand } from '../../src/store/commandActions';
import { fileStore, initialFileState } from '../../src/store/fileStore';
import { App } from '../../src/ui/App';
import * as idb from './FileIdbMock';
import {
  EN_TEXT,
  installInProcessWorker,
  renderApp,
  resetStores,
  textFile,
  ZH_TEXT,
} from './FileTestKit';

vi.mock('idb-keyval', () => import('./FileIdbMock'));

beforeAll(() => {
  installInProcessWorker();
});

beforeEach(resetStores);

describe('undo after a reload', () => {
  it('goes back through the edits made before the reload', async () => {
    let grid = await renderApp();
    await userEvent.upload(screen.getByLabelText('Open files'), [
      textFile('story.zh.txt', ZH_TEXT),
      textFile('story.en.txt', EN_TEXT),
    ]);
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '4'));
    act(() => void dispatchCommand('merge-next'));
    act(() => void dispatchCommand('merge-next'));
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '2'));
    await screen.findByText('Autosaved');
    await waitFor(() => expect(fileStore.getState().autosave).toBe('saved'));

    cleanup();
    appStore.setState(initialAppState, true);
    fileStore.setState(initialFileState, true);
    render(<App />);
    grid = await screen.findByRole('grid');
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '2'));
    act(() => void dispatchCommand('undo'));
    expect(grid).toHaveAttribute('aria-rowcount', '3');
    act(() => void dispatchCommand('undo'));
    expect(grid).toHaveAttribute('aria-rowcount', '4');
  });

  it('can still redo what was undone before the reload', async () => {
    let grid = await renderApp();
    await userEvent.upload(screen.getByLabelText('Open files'), [
      textFile('story.zh.txt', ZH_TEXT),
      textFile('story.en.txt', EN_TEXT),
    ]);
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '4'));
    act(() => void dispatchCommand('merge-next'));
    act(() => void dispatchCommand('merge-next'));
    act(() => void dispatchCommand('undo'));
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '3'));
    // Stored with the document: one step to undo, one to redo.
    const docId = fileStore.getState().docId;
    await waitFor(() =>
      expect(idb.data.get(`duilian:doc:${docId}`)).toMatchObject({
        history: { undo: [expect.anything()], redo: [expect.anything()] },
      }),
    );

    cleanup();
    appStore.setState(initialAppState, true);
    fileStore.setState(initialFileState, true);
    render(<App />);
    grid = await screen.findByRole('grid');
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '3'));
    act(() => void dispatchCommand('redo'));
    expect(grid).toHaveAttribute('aria-rowcount', '2');
    act(() => void dispatchCommand('undo'));
    act(() => void dispatchCommand('undo'));
    expect(grid).toHaveAttribute('aria-rowcount', '4');
  });
});
