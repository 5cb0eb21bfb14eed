import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { appStore, initialAppState } from '../../src/store/appStore';
import { dispatchCommand } from '../../src/store/commandActions';
import { fileStore, initialFileState } from '../../src/store/fileStore';
import { rootStore } from '../../src/store/rootStore';
import { App } from '../../src/ui/App';
import * as idb from './FileIdbMock';
import {
  EN_TEXT,
  installInProcessWorker,
  recordDownloads,
  renderApp,
  rowTexts,
  textFile,
  ZH_TEXT,
  resetStores,
} from './FileTestKit';

vi.mock('idb-keyval', () => import('./FileIdbMock'));

beforeAll(() => {
  installInProcessWorker();
});

beforeEach(resetStores);

afterEach(() => {
  vi.restoreAllMocks();
});

/** Closes the tab and opens the app again: only what IndexedDB holds survives. */
async function reload() {
  cleanup();
  appStore.setState(initialAppState, true);
  fileStore.setState(initialFileState, true);
  render(<App />);
  return screen.findByRole('grid');
}

async function openStory(rendered?: HTMLElement) {
  const grid = rendered ?? (await renderApp());
  await userEvent.upload(screen.getByLabelText('Open files'), [
    textFile('story.zh.txt', ZH_TEXT),
    textFile('story.en.txt', EN_TEXT),
  ]);
  await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '4'));
  return grid;
}

function beforeUnloadIsBlocked(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('autosave', () => {
  it('restores an edited document after a reload instead of the sample, and says so', async () => {
    await openStory();
    act(() => expect(dispatchCommand('merge-next')).toBe(true));
    expect(await screen.findByText('Autosaved')).toBeVisible();

    const grid = await reload();
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '3'));
    expect(rowTexts(grid)[0][0]).toContain('春天来了');
    expect(rowTexts(grid)[0][0]).toContain('村里的孩子们');
    expect(screen.getByText(/Restored your unsaved work from .+: “story”/)).toBeVisible();
    expect(beforeUnloadIsBlocked()).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/Restored your unsaved work/)).not.toBeInTheDocument();

    // Restoring is not a change: the stored time stays that of the edit.
    const session = () => idb.data.get('duilian:session') as { savedAt: number };
    const editedAt = session().savedAt;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(session().savedAt).toBe(editedAt);
    expect(screen.getByText('Autosaved')).toBeVisible();
  });

  it('reopens opened (unchanged) work too, and the sample on a first visit', async () => {
    let grid = await reload();
    await waitFor(() =>
      expect(within(grid).getAllByRole('row')[0]).toHaveTextContent('中美人权对话'),
    );
    expect(screen.queryByText(/Restored|Reopened/)).not.toBeInTheDocument();

    await openStory(grid);
    await screen.findByText('Autosaved');
    grid = await reload();
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '4'));
    expect(screen.getByText(/Reopened “story”/)).toBeVisible();
    expect(beforeUnloadIsBlocked()).toBe(false);
  });

  it('warns before leaving with unsaved changes, and not once they are saved', async () => {
    recordDownloads();
    await openStory();
    expect(beforeUnloadIsBlocked()).toBe(false);
    act(() => void dispatchCommand('merge-next'));
    expect(beforeUnloadIsBlocked()).toBe(true);
    expect(screen.getByRole('button', { name: 'Save' })).toHaveTextContent('•');
    expect(document.title).toBe('• story — duilian 对联');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(beforeUnloadIsBlocked()).toBe(false);
    expect(screen.getByRole('button', { name: 'Save' })).not.toHaveTextContent('•');
    expect(document.title).toBe('story — duilian 对联');
  });

  it('keeps the restored work under Recent when the sample is opened instead', async () => {
    await openStory();
    act(() => void dispatchCommand('merge-next'));
    await screen.findByText('Autosaved');
    const grid = await reload();
    await screen.findByText(/Restored your unsaved work/);
    await userEvent.click(screen.getByRole('button', { name: 'Open the sample instead' }));
    const dialog = await screen.findByRole('dialog', { name: 'Unsaved changes to “story”' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep in browser' }));
    await waitFor(() =>
      expect(within(grid).getAllByRole('row')[0]).toHaveTextContent('中美人权对话'),
    );
    expect(screen.getByText('Your unsaved changes to "story" are kept under Recent')).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Recent' }));
    const menu = screen.getByRole('menu', { name: 'Recent documents' });
    const item = await within(menu).findByRole('menuitem', { name: /story/ });
    expect(item).toHaveTextContent('3 rows');
    await userEvent.click(item);
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '3'));
    expect(rowTexts(grid)[0][1]).toContain('Spring has come');
  });

  it('forgets the other stored documents on request, keeping the open one', async () => {
    const grid = await openStory();
    await screen.findByText('Autosaved');
    await userEvent.upload(screen.getByLabelText('Open files'), [
      textFile('second.zh.txt', ZH_TEXT.split('\n\n').slice(0, 2).join('\n\n')),
      textFile('second.en.txt', EN_TEXT.split('\n\n').slice(0, 2).join('\n\n')),
    ]);
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '2'));
    await waitFor(() => expect(fileStore.getState().recent).toHaveLength(2));

    await userEvent.click(screen.getByRole('button', { name: 'Recent' }));
    let menu = screen.getByRole('menu', { name: 'Recent documents' });
    expect(within(menu).getByRole('menuitem', { name: /story/ })).toBeVisible();
    await userEvent.click(
      within(menu).getByRole('menuitem', { name: 'Forget the other documents' }),
    );
    await waitFor(() =>
      expect(within(menu).queryByRole('menuitem', { name: /story/ })).not.toBeInTheDocument(),
    );
    expect(within(menu).getByRole('menuitem', { name: /second/ })).toBeVisible();
    expect([...idb.data.keys()].filter((k) => String(k).startsWith('duilian:doc:'))).toHaveLength(
      1,
    );
    menu = screen.getByRole('menu', { name: 'Recent documents' });
    expect(within(menu).queryByRole('menuitem', { name: 'Forget the other documents' })).toBeNull();
  });

  it('opens the sample with an alert when the stored work no longer reads', async () => {
    await openStory();
    await screen.findByText('Autosaved');
    for (const [key, value] of idb.data) {
      if (String(key).startsWith('duilian:doc:'))
        idb.data.set(key, { ...(value as object), json: '{"format": "duil' });
    }
    const grid = await reload();
    await waitFor(() =>
      expect(within(grid).getAllByRole('row')[0]).toHaveTextContent('中美人权对话'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /autosaved work could not be restored/,
    );
  });

  it('saves to the same file after a reload, once the browser allows it again', async () => {
    const written: string[] = [];
    const requestPermission = vi.fn(async () => 'granted');
    const handle = {
      name: 'story.duilian.json',
      createWritable: async () => ({
        write: async (text: string) => void written.push(text),
        close: async () => undefined,
      }),
      queryPermission: async () => 'prompt',
      requestPermission,
    };
    const picker = vi.fn(async () => handle);
    const w = window as unknown as Record<string, unknown>;
    w.showSaveFilePicker = picker;
    try {
      await openStory();
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));
      await waitFor(() => expect(written).toHaveLength(1));
      act(() => void dispatchCommand('merge-next'));
      await waitFor(() =>
        expect(
          [...idb.data.keys()].some((k) => String(k).startsWith('duilian:handle:')) &&
            (idb.data.get('duilian:session') as { dirty: boolean } | undefined)?.dirty,
        ).toBe(true),
      );

      const grid = await reload();
      await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '3'));
      await userEvent.keyboard('{Control>}s{/Control}');
      await waitFor(() => expect(written).toHaveLength(2));
      expect(picker).toHaveBeenCalledTimes(1);
      expect(requestPermission).toHaveBeenCalledTimes(1);
      expect(screen.getByText('Saved story.duilian.json')).toBeVisible();
    } finally {
      delete w.showSaveFilePicker;
    }
  });

  it('says so when autosave cannot write', async () => {
    await renderApp();
    idb.failure.error = new Error('QuotaExceededError');
    await userEvent.upload(screen.getByLabelText('Open files'), [
      textFile('story.zh.txt', ZH_TEXT),
      textFile('story.en.txt', EN_TEXT),
    ]);
    expect(
      await screen.findByText(/Autosave failed: save to a file to keep your work/),
    ).toBeVisible();
  });
});

describe('opening the same texts again', () => {
  it('reopens the earlier work on them instead of a fresh copy; Recent lists them once', async () => {
    const grid = await openStory();
    act(() => void dispatchCommand('merge-next'));
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '3'));
    await screen.findByText('Autosaved');

    await userEvent.upload(screen.getByLabelText('Open files'), [
      textFile('other.zh.txt', ZH_TEXT.split('\n\n').slice(0, 2).join('\n\n')),
      textFile('other.en.txt', EN_TEXT.split('\n\n').slice(0, 2).join('\n\n')),
    ]);
    const dialog = await screen.findByRole('dialog', { name: 'Unsaved changes to “story”' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep in browser' }));
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '2'));
    await waitFor(() => expect(fileStore.getState().recent).toHaveLength(2));

    // The same two texts, in the other order and under other names.
    await userEvent.upload(screen.getByLabelText('Open files'), [
      textFile('copy.en.txt', EN_TEXT),
      textFile('copy.zh.txt', ZH_TEXT),
    ]);
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '3'));
    expect(rowTexts(grid)[0][0]).toContain('村里的孩子们');
    expect(
      await screen.findByText(
        /You opened these files before: your earlier work on them \("story"\)/,
      ),
    ).toBeVisible();
    expect(fileStore.getState().name).toBe('story');
    await waitFor(() => expect(fileStore.getState().recent).toHaveLength(2));
    expect(
      fileStore
        .getState()
        .recent.map((e) => e.name)
        .sort(),
    ).toEqual(['other', 'story']);

    // Undo still reaches back past the reopening: the merge made before is undone.
    act(() => void dispatchCommand('undo'));
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '4'));
  });

  it('says they are already open, and changes nothing', async () => {
    const grid = await openStory();
    act(() => void dispatchCommand('merge-next'));
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '3'));
    await userEvent.upload(screen.getByLabelText('Open files'), [
      textFile('story.zh.txt', ZH_TEXT),
      textFile('story.en.txt', EN_TEXT),
    ]);
    expect(await screen.findByText('These files are already open')).toBeVisible();
    expect(grid).toHaveAttribute('aria-rowcount', '3');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('adopting a document', () => {
  it('changes the document, where it lives and its review flags in one step', async () => {
    const grid = await renderApp();
    const seen: { name: string; docId: string | null; checked: boolean }[] = [];
    const stop = rootStore.subscribe((state, previous) => {
      if (state.app.doc === previous.app.doc || !state.app.doc) return;
      seen.push({
        name: state.file.name,
        docId: state.file.docId,
        checked: state.checks.checks?.alignment === state.app.doc.alignment,
      });
    });
    try {
      await openStory(grid);
    } finally {
      stop();
    }
    // Every state a component could render had the new document with its name and its flags.
    expect(seen).toEqual([{ name: 'story', docId: expect.any(String), checked: true }]);
  });
});
