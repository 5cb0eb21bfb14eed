/** Issue 13: opening another document never silently drops unsaved changes. */
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { appStore, initialAppState } from '../../src/store/appStore';
import { dispatchCommand } from '../../src/store/commandActions';
import { fileStore, initialFileState } from '../../src/store/fileStore';
import { RECENT_LIMIT, trimRecent, type RecentEntry } from '../../src/store/persistence';
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

const SHORT_ZH = ZH_TEXT.split('\n\n').slice(0, 2).join('\n\n');
const SHORT_EN = EN_TEXT.split('\n\n').slice(0, 2).join('\n\n');

async function upload(zhName: string, zh: string, enName: string, en: string) {
  await userEvent.upload(screen.getByLabelText('Open files'), [
    textFile(zhName, zh),
    textFile(enName, en),
  ]);
}

/** Opens the four-row story and merges its first two rows: one unsaved change. */
async function editedStory() {
  const grid = await renderApp();
  await upload('story.zh.txt', ZH_TEXT, 'story.en.txt', EN_TEXT);
  await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '4'));
  act(() => void dispatchCommand('merge-next'));
  await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '3'));
  await screen.findByText('Autosaved');
  return grid;
}

function storedNames(): string[] {
  return ((idb.data.get('duilian:recent') as RecentEntry[]) ?? []).map((e) => e.name);
}

describe('opening another document with unsaved changes', () => {
  it('asks first; Cancel leaves the edited document open and untouched', async () => {
    const grid = await editedStory();
    await upload('second.zh.txt', SHORT_ZH, 'second.en.txt', SHORT_EN);
    const dialog = await screen.findByRole('dialog', { name: 'Unsaved changes to “story”' });
    // Keyboard: the safe choice, Save, has the focus; Escape cancels.
    expect(within(dialog).getByRole('button', { name: 'Save…' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(grid).toHaveAttribute('aria-rowcount', '3');
    expect(rowTexts(grid)[0][0]).toContain('村里的孩子们');
    expect(
      screen.getByText('Nothing else was opened; your document stays as it was'),
    ).toBeVisible();
  });

  it('Keep in browser opens the other document and lists the edited one as unsaved', async () => {
    const grid = await editedStory();
    await upload('second.zh.txt', SHORT_ZH, 'second.en.txt', SHORT_EN);
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep in browser' }));
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '2'));
    expect(screen.getByText('Your unsaved changes to "story" are kept under Recent')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Recent' }));
    const menu = screen.getByRole('menu', { name: 'Recent documents' });
    expect(await within(menu).findByRole('menuitem', { name: /story/ })).toHaveTextContent(
      'unsaved changes',
    );
  });

  it('Discard opens the other document and deletes the edited one from the browser', async () => {
    const grid = await editedStory();
    expect(storedNames()).toContain('story');
    await upload('second.zh.txt', SHORT_ZH, 'second.en.txt', SHORT_EN);
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '2'));
    await waitFor(() => expect(storedNames()).not.toContain('story'));
    expect(screen.queryByText(/kept under Recent/)).not.toBeInTheDocument();
  });

  it('Save writes the file, then opens the other document', async () => {
    const downloads = recordDownloads();
    const grid = await editedStory();
    await upload('second.zh.txt', SHORT_ZH, 'second.en.txt', SHORT_EN);
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save…' }));
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '2'));
    expect(downloads.map((d) => d.name)).toEqual(['story.duilian.json']);
    expect(JSON.parse(await downloads[0].blob.text()).links).toHaveLength(3);
  });

  it('does not ask when nothing is unsaved', async () => {
    const grid = await renderApp();
    await upload('story.zh.txt', ZH_TEXT, 'story.en.txt', EN_TEXT);
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '4'));
    await upload('second.zh.txt', SHORT_ZH, 'second.en.txt', SHORT_EN);
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '2'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('Recent', () => {
  it(`keeps the ${RECENT_LIMIT} newest documents and every one with unsaved changes`, () => {
    const entry = (i: number, dirty: boolean): RecentEntry => ({
      id: `d${i}`,
      name: `doc ${i}`,
      savedAt: 1000 - i,
      links: 1,
      ...(dirty ? { dirty: true } : {}),
    });
    const list = Array.from({ length: 14 }, (_, i) => entry(i, i === 3 || i === 10 || i === 12));
    const { kept, dropped } = trimRecent(list);
    expect(kept.map((e) => e.id)).toEqual([
      'd0',
      'd1',
      'd2',
      'd3',
      'd4',
      'd5',
      'd6',
      'd7',
      'd10',
      'd12',
    ]);
    expect(dropped.map((e) => e.id)).toEqual(['d8', 'd9', 'd11', 'd13']);
  });

  it('never drops an unsaved document however many are opened after it', async () => {
    const grid = await editedStory();
    for (let i = 0; i < RECENT_LIMIT + 1; i++) {
      // Different texts each time (the same texts again would reopen the earlier work).
      await upload(
        `n${i}.zh.txt`,
        `${SHORT_ZH}（第${i + 1}稿）`,
        `n${i}.en.txt`,
        `${SHORT_EN} (draft ${i + 1})`,
      );
      if (i === 0) {
        const dialog = await screen.findByRole('dialog');
        await userEvent.click(within(dialog).getByRole('button', { name: 'Keep in browser' }));
      }
      await waitFor(() => expect(fileStore.getState().name).toBe(`n${i}`));
      // Opened texts are stored once edited or opened; a confirm makes it a stored document.
      act(() => void dispatchCommand('confirm'));
      await waitFor(() => expect(storedNames()[0]).toBe(`n${i}`));
      // Saved: not at risk, so it may fall off the list.
      fileStore.setState({ savedDoc: appStore.getState().doc });
      await waitFor(() => expect(idb.data.get('duilian:session')).toMatchObject({ dirty: false }));
    }
    expect(grid).toHaveAttribute('aria-rowcount', '2');
    const names = storedNames();
    expect(names).toContain('story');
    expect(names).toHaveLength(RECENT_LIMIT + 1);
    await userEvent.click(screen.getByRole('button', { name: 'Recent' }));
    expect(await screen.findByText(/beyond that every one with unsaved changes/)).toBeVisible();
  });
});

describe('a browser that stores nothing', () => {
  function blockStorage() {
    idb.failure.error = new DOMException('The operation is insecure.', 'SecurityError');
  }

  it('says so once at start, offers Save, and warns before replacing or leaving', async () => {
    blockStorage();
    const downloads = recordDownloads();
    const grid = await renderApp();
    const warning = await screen.findByText(/not letting duilian store anything/);
    expect(warning.closest('[role="alert"]')).not.toBeNull();
    await upload('story.zh.txt', ZH_TEXT, 'story.en.txt', EN_TEXT);
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '4'));
    act(() => void dispatchCommand('merge-next'));
    await screen.findByText(/Autosave failed/);
    expect(screen.getByText(/Autosave failed/)).toHaveAttribute(
      'title',
      expect.stringContaining('private browsing or blocked storage'),
    );

    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(true);

    // No "Keep in browser" where nothing can be kept.
    await upload('second.zh.txt', SHORT_ZH, 'second.en.txt', SHORT_EN);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/this browser cannot store them/)).toBeVisible();
    expect(within(dialog).queryByRole('button', { name: 'Keep in browser' })).toBeNull();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(grid).toHaveAttribute('aria-rowcount', '3');

    // The warning's own Save.
    await userEvent.click(screen.getByRole('button', { name: 'Save…' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss storage warning' }));
    expect(screen.queryByText(/not letting duilian store anything/)).not.toBeInTheDocument();
  });

  it('a full store: the tooltip says why, and the restore says later edits were not kept', async () => {
    const grid = await editedStory();
    // A QuotaExceededError may come with no message at all.
    idb.failure.error = new DOMException('', 'QuotaExceededError');
    act(() => void dispatchCommand('confirm'));
    const failed = await screen.findByText(/Autosave failed/);
    expect(failed.getAttribute('title')).toMatch(/storage for this site is full/);
    expect(grid).toHaveAttribute('aria-rowcount', '3');

    idb.failure.error = null;
    cleanup();
    appStore.setState(initialAppState, true);
    fileStore.setState(initialFileState, true);
    render(<App />);
    expect(
      await screen.findByText(
        /could not be stored \(the browser's storage was full\) and were not kept/,
      ),
    ).toBeVisible();
  });
});
