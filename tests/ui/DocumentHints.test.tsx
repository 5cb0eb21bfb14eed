import { readFileSync } from 'node:fs';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appStore } from '../../src/store/appStore';
import { setLanguage } from '../../src/ui/i18n';
import { STORY, WINTER } from '../checks/paragraphs';
import { renderApp, resetStores, textFile } from './FileTestKit';

vi.mock('idb-keyval', () => import('./FileIdbMock'));

beforeEach(resetStores);
afterEach(() => act(() => setLanguage('en')));

const sampleEn = readFileSync('data/huanqiu-2011-04-28/en.txt', 'utf8');
const storyZh = STORY.map(([zh]) => zh).join('\n\n');

async function open(grid: HTMLElement, zh: string, en: string, rows?: number) {
  const before = appStore.getState().doc;
  await userEvent.upload(screen.getByLabelText('Open files'), [
    textFile('a.zh.txt', zh),
    textFile('a.en.txt', en),
  ]);
  await waitFor(() => expect(appStore.getState().doc).not.toBe(before), { timeout: 10_000 });
  await waitFor(() => expect(appStore.getState().status).toBe('ready'));
  if (rows !== undefined) expect(grid).toHaveAttribute('aria-rowcount', String(rows));
}

const mismatchNotice = () =>
  screen
    .queryAllByRole('status')
    .find((s) => s.textContent?.includes('may not be translations of each other'));

describe('texts that may not be translations of each other', () => {
  it('open with a notice that does not block the document, and can be dismissed', async () => {
    const grid = await renderApp();
    // The bundled sample is a real pair: no notice.
    expect(mismatchNotice()).toBeFalsy();
    // The story's Chinese with the sample's English.
    await open(grid, storyZh, sampleEn);
    const notice = await waitFor(() => {
      const found = mismatchNotice();
      expect(found).toBeTruthy();
      return found!;
    });
    const rows = Number(grid.getAttribute('aria-rowcount'));
    expect(notice).toHaveTextContent(
      new RegExp(
        `^These texts may not be translations of each other: (\\d+) of ${rows} rows look wrong \\(the aligner is unsure of them, or they are unpaired\\)\\. Check that you opened the right files\\.`,
      ),
    );
    const flagged = Number(/: (\d+) of/.exec(notice.textContent!)![1]);
    expect(flagged).toBeGreaterThanOrEqual(0.75 * rows);
    // The document is open and usable: rows on screen, keys work.
    expect(within(grid).getAllByRole('row').length).toBeGreaterThan(1);
    // Its button filters the grid to the flagged rows.
    await userEvent.click(within(notice).getByRole('button', { name: 'Show flagged rows' }));
    expect(screen.getByRole('radio', { name: /^Flagged/ })).toHaveAttribute('aria-checked', 'true');
    // On to those rows: the keys (n, e, m) work from the grid, not from the notice's button.
    expect(grid).toHaveFocus();

    act(() => setLanguage('zh'));
    expect(
      screen
        .getAllByRole('status')
        .find((s) => s.textContent?.startsWith('这两篇文本可能并非互为译文')),
    ).toHaveTextContent(
      `这两篇文本可能并非互为译文：${rows} 行中有 ${flagged} 行看起来不对（对齐器没有把握，或未配对）。请检查是否打开了正确的文件。`,
    );
    act(() => setLanguage('en'));

    await userEvent.click(
      within(mismatchNotice()!).getByRole('button', { name: 'Dismiss: these are the right files' }),
    );
    expect(mismatchNotice()).toBeFalsy();
    // Focus does not fall to <body> with the button that took the notice away.
    await waitFor(() => expect(grid).toHaveFocus());
    // An edit keeps it dismissed (the same document).
    await userEvent.keyboard('m');
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', String(rows - 1)));
    expect(mismatchNotice()).toBeFalsy();
  });

  it('are not said of a real pair', async () => {
    const grid = await renderApp();
    await open(grid, storyZh, STORY.map(([, en]) => en).join('\n\n'), STORY.length);
    expect(mismatchNotice()).toBeFalsy();
  });
});

/** A book of one paragraph a line, two chapters parted by a blank line. */
function book(paragraphs: readonly string[], heading: (n: number) => string): string {
  return [1, 2].map((n) => [heading(n), ...paragraphs].join('\n')).join('\n\n');
}

describe('texts of one paragraph a line cut at a few blank lines', () => {
  it('are offered to be aligned by lines, which gives a row a paragraph', async () => {
    const grid = await renderApp();
    const zh = book([...STORY.map(([z]) => z), WINTER[0]], (n) => `第${n === 1 ? '一' : '二'}章`);
    const en = book([...STORY.map(([, e]) => e), WINTER[1]], (n) => `Chapter ${n}`);
    // Cut at the blank lines: two paragraphs a side, a chapter each.
    await open(grid, zh, en);
    expect(appStore.getState().doc!.alignment.source.segments).toHaveLength(2);
    const notice = await screen.findByText(
      'These texts look like one paragraph a line, but were cut only at their blank lines: 24 lines became 2 paragraphs.',
    );
    const box = notice.closest('[role="status"]') as HTMLElement;
    act(() => setLanguage('zh'));
    expect(box).toHaveTextContent(
      '这两篇文本看起来每行是一个段落，却只在空行处切分：24 行成了 2 段。',
    );
    expect(within(box).getByRole('button', { name: '按行对齐' })).toBeEnabled();
    act(() => setLanguage('en'));
    await userEvent.click(within(box).getByRole('button', { name: 'Align by lines' }));
    await waitFor(() => expect(appStore.getState().doc?.level).toBe('lines'));
    await waitFor(() => expect(appStore.getState().status).toBe('ready'));
    expect(appStore.getState().doc!.alignment.source.segments).toHaveLength(24);
    expect(appStore.getState().doc!.alignment.target.segments).toHaveLength(24);
    expect(screen.queryByText(/were cut only at their blank lines/)).not.toBeInTheDocument();
  });

  it('are not offered for paragraphs parted by blank lines, and can be dismissed', async () => {
    const grid = await renderApp();
    await open(grid, storyZh, STORY.map(([, en]) => en).join('\n\n'), STORY.length);
    expect(screen.queryByText(/were cut only at their blank lines/)).not.toBeInTheDocument();
    const zh = book(STORY.map(([z]) => z).concat(WINTER[0]), (n) => `第${n}章`);
    const en = book(STORY.map(([, e]) => e).concat(WINTER[1]), (n) => `Chapter ${n}`);
    await open(grid, zh, en);
    const box = (await screen.findByText(/were cut only at their blank lines/)).closest(
      '[role="status"]',
    ) as HTMLElement;
    await userEvent.click(
      within(box).getByRole('button', { name: 'Dismiss: keep the paragraphs as they are' }),
    );
    expect(screen.queryByText(/were cut only at their blank lines/)).not.toBeInTheDocument();
    await waitFor(() => expect(grid).toHaveFocus());
    expect(appStore.getState().doc!.level).toBe('paragraphs');
  });
});
